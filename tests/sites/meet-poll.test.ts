// @vitest-environment happy-dom
// The polled reading of a Meet call in progress (lib/sites/meet/adapter.ts pollReader,
// lib/sites/meet/page.ts watchReading, lib/sites/watch-facts.ts RESTED_POLL_EVERY): while nothing
// it read has changed the watch does not look at the page again for RESTED_POLL_EVERY polls, and
// arrivals, departures, renamed tiles and the call leaving the page wake it for the next poll.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CallFacts } from '../../lib/sites/adapter';
import { meetAdapter } from '../../lib/sites/meet/adapter';
import { RESTED_POLL_EVERY } from '../../lib/sites/watch-facts';
import { loadIntoDocument, MEET_URL } from './fixtures';

const POLL_MS = 30;
const polls = (n: number) => new Promise((resolve) => setTimeout(resolve, n * POLL_MS + 15));
const BASHIR = 'spaces/AAAAq2c9Xy0/devices/2';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function inCall(): Promise<{ seen: CallFacts[]; names: () => string[] }> {
  loadIntoDocument('meet', 'in-call-5.html');
  controller = new AbortController();
  const seen: CallFacts[] = [];
  meetAdapter.watch(document, (facts) => seen.push(facts), controller.signal, {
    getUrl: () => MEET_URL,
    speaking: false,
    batchMs: 5,
    pollMs: POLL_MS,
  });
  await vi.waitFor(() => expect(seen.at(-1)?.callState).toBe('in-call'));
  // The first polls start from a fresh reading.
  await polls(2);
  return { seen, names: () => seen.at(-1)?.roster.map((entry) => entry.name) ?? [] };
}

const tile = (id: string) =>
  document.querySelector(`[data-participant-id="${id}"]:not([role="listitem"])`) as Element;

describe('a quiet call is not read again until something it read changes', () => {
  test('the page is queried once in every RESTED_POLL_EVERY polls while nothing changes', async () => {
    await inCall();
    const queries = vi.spyOn(document, 'querySelectorAll');
    await polls(2 * RESTED_POLL_EVERY);
    // The polls in between only ask whether what was read is still there, and read nothing.
    // Each reading queries the tiles once; a reading on every poll would be ten.
    const readings = queries.mock.calls.filter(
      ([selector]) => selector === '[data-participant-id]',
    );
    expect(readings.length).toBeGreaterThanOrEqual(1);
    expect(readings.length).toBeLessThanOrEqual(3);
  });

  test('the voice levels flipping (class changes) start no reading', async () => {
    await inCall();
    const queries = vi.spyOn(document, 'querySelectorAll');
    const bars = tile(BASHIR).querySelector('[data-use-tooltip] div') as Element;
    for (let i = 0; i < RESTED_POLL_EVERY - 2; i++) {
      bars.setAttribute('class', i % 2 ? 'quiet' : 'talking');
      await polls(1);
    }
    const readings = queries.mock.calls.filter(
      ([selector]) => selector === '[data-participant-id]',
    );
    expect(readings.length).toBeLessThanOrEqual(1);
  });

  test('someone arriving beside the others is seen at the next poll', async () => {
    const { names } = await inCall();
    const copy = tile(BASHIR).cloneNode(true) as Element;
    copy.setAttribute('data-participant-id', 'spaces/AAAAq2c9Xy0/devices/9');
    for (const name of copy.querySelectorAll('span.notranslate')) name.textContent = 'Zoë Guest';
    tile(BASHIR).parentElement?.append(copy);
    await polls(1);
    expect(names()).toContain('Zoë Guest');
  });

  test('someone leaving is seen at the next poll', async () => {
    const { names } = await inCall();
    tile(BASHIR).remove();
    await polls(1);
    expect(names()).not.toContain('Bashir Rahimi');
    expect(names()).toHaveLength(4);
  });

  test('a tile renamed in place (its text) is seen at the next poll', async () => {
    const { names } = await inCall();
    for (const name of tile(BASHIR).querySelectorAll('span.notranslate')) {
      name.textContent = 'Bashir R.';
    }
    await polls(1);
    expect(names()).toContain('Bashir R.');
  });

  test('a tile that appears elsewhere on the page is seen within RESTED_POLL_EVERY polls', async () => {
    const { names } = await inCall();
    const copy = tile(BASHIR).cloneNode(true) as Element;
    copy.setAttribute('data-participant-id', 'spaces/AAAAq2c9Xy0/devices/8');
    for (const name of copy.querySelectorAll('span.notranslate')) name.textContent = 'Far Away';
    document.body.append(copy);
    await polls(RESTED_POLL_EVERY + 1);
    expect(names()).toContain('Far Away');
  });

  test('a hover tooltip added to <body> and removed again wakes nothing', async () => {
    // Counted from the observers made from here on: the reading's, once it rests again.
    const callbacks = { count: 0 };
    const Native = MutationObserver;
    vi.stubGlobal(
      'MutationObserver',
      class extends Native {
        constructor(callback: MutationCallback) {
          super((records, observer) => {
            callbacks.count += 1;
            callback(records, observer);
          });
        }
      },
    );
    await inCall();
    callbacks.count = 0;
    const queries = vi.spyOn(document, 'querySelectorAll');
    for (let i = 0; i < RESTED_POLL_EVERY - 2; i++) {
      const tip = document.createElement('div');
      tip.setAttribute('role', 'tooltip');
      tip.textContent = 'Turn on captions';
      document.body.append(tip);
      await polls(0.5);
      tip.remove();
      await polls(0.5);
    }
    const readings = queries.mock.calls.filter(
      ([selector]) => selector === '[data-participant-id]',
    );
    expect(readings.length).toBeLessThanOrEqual(1);
    // <body>'s children are not observed at all: no observer callback ran for the tooltips.
    expect(callbacks.count).toBe(0);
  });

  test('the call leaving the page with a container far above the tiles is seen at the next poll', async () => {
    const { seen } = await inCall();
    const grid = tile(BASHIR).parentElement?.parentElement as Element;
    expect(grid).not.toBe(document.body);
    // Everything under <body> that holds the tiles goes at once, as when Meet swaps its views.
    let top: Element = grid;
    while (top.parentElement && top.parentElement !== document.body) top = top.parentElement;
    const kept = top.cloneNode(true) as Element;
    for (const element of kept.querySelectorAll('[data-participant-id]')) element.remove();
    top.replaceWith(kept);
    await polls(1);
    expect(seen.at(-1)?.roster.map((entry) => entry.name) ?? []).not.toContain('Bashir Rahimi');
  });
});
