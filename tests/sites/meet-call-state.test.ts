// @vitest-environment happy-dom
// Issue 8: a chat message, a caption or a notification quoting "You left the meeting" never ends
// the call, and the watch never walks the page's text (or queries the whole page) while in a call.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CallFacts } from '../../lib/sites/adapter';
import { readJitsi } from '../../lib/sites/jitsi/adapter';
import { meetAdapter, readMeet } from '../../lib/sites/meet/adapter';
import { RESTED_POLL_EVERY } from '../../lib/sites/watch-facts';
import { JITSI_URL, loadIntoDocument, MEET_URL, parseFixture } from './fixtures';

const frames = () => new Promise((resolve) => setTimeout(resolve, 60));
let controller = new AbortController();
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

function watch(): CallFacts[] {
  controller = new AbortController();
  const seen: CallFacts[] = [];
  meetAdapter.watch(document, (facts) => seen.push(facts), controller.signal, {
    getUrl: () => MEET_URL,
    speaking: false,
    leftGraceMs: 300,
    // The watch gathers changes for 250 ms in a call (watch-facts.ts); 10 ms keeps waits short.
    batchMs: 10,
  });
  return seen;
}

/** A caption line as Meet adds them while someone talks. */
function say(text: string): void {
  const captions = document.querySelector('[aria-label="Captions"]');
  const line = document.createElement('div');
  line.append(text);
  captions?.append(line);
}

describe('state texts quoted on an in-call page', () => {
  test('chat and captions saying "You left the meeting" / "The call has ended" read as in the call', () => {
    const facts = readMeet(parseFixture('meet', 'in-call-5-quotes.html'), MEET_URL);
    expect(facts.callState).toBe('in-call');
    expect(facts.roster).toHaveLength(5);
    expect(facts.missing).toEqual([]);
  });

  test('the same phrases typed or spoken during a watched call never end it', async () => {
    loadIntoDocument('meet', 'in-call-5.html');
    document.body.append(Object.assign(document.createElement('div'), { ariaLabel: 'Captions' }));
    document.body.lastElementChild?.setAttribute('aria-label', 'Captions');
    const seen = watch();
    for (const phrase of ['You left the meeting', 'The call has ended', 'Call ended']) {
      say(phrase);
      await frames();
    }
    // A notification toast, alone in its node, as the real screens show it.
    document.body.append(
      Object.assign(document.createElement('div'), { textContent: 'Call ended' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen.map((facts) => facts.callState)).toEqual(['in-call']);
  });

  test('left is trusted only once the controls stayed gone for the grace time', async () => {
    loadIntoDocument('meet', 'in-call-5-quotes.html');
    const seen = watch();
    // A redraw drops the controls for a moment while the chat still says "You left the meeting".
    const controls = [
      document.querySelector('[aria-label="Call controls"]'),
      document.querySelector('[jsname="ocqpFe"]'),
    ] as Element[];
    const places = controls.map((element) => [element.parentNode, element.nextSibling] as const);
    for (const element of controls) element.remove();
    await frames();
    controls.forEach((element, i) => {
      const [parent, next] = places[i] ?? [];
      parent?.insertBefore(element, next ?? null);
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen.map((facts) => facts.callState)).toEqual(['in-call']);
    // The real end: the controls go and stay gone.
    loadIntoDocument('meet', 'left.html');
    await frames();
    expect(seen.map((facts) => facts.callState)).toEqual(['in-call']);
    await vi.waitFor(() => expect(seen.at(-1)?.callState).toBe('left'), { timeout: 4_000 });
  });

  test('Jitsi reads its call from the conference page, whatever the chat and subtitles say', () => {
    const facts = readJitsi(parseFixture('jitsi', 'in-call-4-quotes.html'), JITSI_URL);
    expect(facts.callState).toBe('in-call');
    expect(facts.roster).toHaveLength(4);
  });
});

describe('cost of watching a call', () => {
  // In a call the page is not observed at all (speaking hints off, as shipped): it is read once
  // per poll (lib/sites/watch-facts.ts IN_CALL_POLL_MS), whatever the captions and the chat do.
  function polled(pollMs: number): CallFacts[] {
    controller = new AbortController();
    const seen: CallFacts[] = [];
    meetAdapter.watch(document, (facts) => seen.push(facts), controller.signal, {
      getUrl: () => MEET_URL,
      speaking: false,
      leftGraceMs: 300,
      batchMs: 10,
      pollMs,
    });
    return seen;
  }

  test('caption words and chat lines cost no reading: the call is read by the clock alone', async () => {
    loadIntoDocument('meet', 'in-call-5-quotes.html');
    const seen = polled(200);
    const walks = vi.spyOn(Document.prototype, 'createTreeWalker');
    const pageQueries = vi.spyOn(document, 'querySelectorAll');
    // Twenty page changes in about a second: four or five polls, not twenty readings, and of those
    // polls only every RESTED_POLL_EVERY-th reads the page (nothing it read has changed).
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      say(`word ${i}`);
      document.querySelector('[aria-live="polite"]')?.append(`line ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const polls = pageQueries.mock.calls.filter(
      ([selector]) => selector === '[data-participant-id]',
    );
    const elapsed = Date.now() - started;
    expect(polls.length).toBeLessThanOrEqual(Math.ceil(elapsed / 200 / RESTED_POLL_EVERY) + 1);
    // Each poll queries a single attribute; the captions icon (if needed at all) and the People
    // control are kept from the first reading: each is queried once at most.
    const iconQueries = pageQueries.mock.calls.filter(([selector]) => selector.startsWith('i.'));
    expect(iconQueries.length).toBeLessThanOrEqual(1);
    // The People control, too, is kept once found (its selector is a list: a slow query).
    const controlQueries = pageQueries.mock.calls.filter(([selector]) =>
      selector.includes('ocqpFe'),
    );
    expect(controlQueries.length).toBeLessThanOrEqual(1);
    expect(walks).not.toHaveBeenCalled();
    expect(seen.map((facts) => facts.callState)).toEqual(['in-call']);
  });

  test('a late arrival and a renamed tile show at the next poll', async () => {
    loadIntoDocument('meet', 'in-call-5-quotes.html');
    const seen = polled(100);
    await frames();
    const tile = document.querySelector('[data-participant-id]:not([role="listitem"])');
    const copy = tile?.cloneNode(true) as Element;
    copy.setAttribute('data-participant-id', 'spaces/AAAAq2c9Xy0/devices/99');
    copy.querySelector('span.notranslate')?.replaceChildren('Late Lee');
    tile?.parentElement?.append(copy);
    await vi.waitFor(
      () => expect(seen.at(-1)?.roster.map((entry) => entry.name)).toContain('Late Lee'),
      { timeout: 1_000, interval: 20 },
    );
    document.querySelector('span.notranslate')?.replaceChildren('Ada L.');
    await vi.waitFor(() => expect(seen.at(-1)?.roster[0]?.name).toBe('Ada L.'), {
      timeout: 1_000,
      interval: 20,
    });
    expect(seen.map((facts) => facts.callState)).toEqual(['in-call', 'in-call', 'in-call']);
  });
});
