// @vitest-environment happy-dom
// Issue 8: a chat message, a caption or a notification quoting "You left the meeting" never ends
// the call, and the watch never walks the page's text (or queries the whole page) while in a call.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CallFacts } from '../../lib/sites/adapter';
import { readJitsi } from '../../lib/sites/jitsi/adapter';
import { meetAdapter, readMeet } from '../../lib/sites/meet/adapter';
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
  test('a caption word or a chat line does not re-read the tiles at all', async () => {
    loadIntoDocument('meet', 'in-call-5-quotes.html');
    const seen = watch();
    await frames();
    const reads = vi.spyOn(Element.prototype, 'getAttribute');
    for (let i = 0; i < 10; i++) {
      say(`word ${i}`);
      document.querySelector('[aria-live="polite"]')?.append(`line ${i}`);
      await frames();
    }
    const tileReads = reads.mock.calls.filter(([name]) => name === 'data-participant-id');
    expect(tileReads).toEqual([]);
    // A name change inside a tile is read at once.
    document.querySelector('span.notranslate')?.replaceChildren('Ada L.');
    await frames();
    expect(seen.at(-1)?.roster[0]?.name).toBe('Ada L.');
  });

  test('caption words and chat lines walk no text and query no page-wide selector', async () => {
    loadIntoDocument('meet', 'in-call-5-quotes.html');
    const seen = watch();
    await frames();
    const walks = vi.spyOn(Document.prototype, 'createTreeWalker');
    const pageQueries = vi.spyOn(document, 'querySelectorAll');
    const pageQuery = vi.spyOn(document, 'querySelector');
    for (let i = 0; i < 10; i++) {
      say(`word ${i}`);
      await frames();
    }
    // A new participant arrives: the tracked tiles follow, still without page-wide work.
    const tile = document.querySelector('[data-participant-id]:not([role="listitem"])');
    pageQuery.mockClear();
    const copy = tile?.cloneNode(true) as Element;
    copy.setAttribute('data-participant-id', 'spaces/AAAAq2c9Xy0/devices/99');
    copy.querySelector('span.notranslate')?.replaceChildren('Late Lee');
    pageQuery.mockClear();
    tile?.parentElement?.append(copy);
    await frames();
    expect(walks).not.toHaveBeenCalled();
    expect(pageQueries).not.toHaveBeenCalled();
    expect(pageQuery).not.toHaveBeenCalled();
    expect(seen.at(-1)?.roster.map((entry) => entry.name)).toContain('Late Lee');
    expect(seen.map((facts) => facts.callState)).toEqual(['in-call', 'in-call']);
  });
});
