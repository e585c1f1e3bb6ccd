// @vitest-environment happy-dom
// The polled reading of a Meet call in progress (lib/sites/meet/adapter.ts pollReader,
// lib/sites/meet/page.ts watchReading): while nothing it read has changed it does not read the
// page again, and arrivals, departures and renamed tiles are still seen at the next poll.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CallFacts } from '../../lib/sites/adapter';
import { meetAdapter } from '../../lib/sites/meet/adapter';
import { FULL_READING_EVERY } from '../../lib/sites/meet/page';
import { loadIntoDocument, MEET_URL } from './fixtures';

const POLL_MS = 30;
const polls = (n: number) => new Promise((resolve) => setTimeout(resolve, n * POLL_MS + 15));
const BASHIR = 'spaces/AAAAq2c9Xy0/devices/2';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
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
  test('the page is queried once in every FULL_READING_EVERY polls while nothing changes', async () => {
    await inCall();
    const queries = vi.spyOn(document, 'querySelectorAll');
    await polls(2 * FULL_READING_EVERY);
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
    for (let i = 0; i < FULL_READING_EVERY - 2; i++) {
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

  test('a tile that appears elsewhere on the page is seen within FULL_READING_EVERY polls', async () => {
    const { names } = await inCall();
    const copy = tile(BASHIR).cloneNode(true) as Element;
    copy.setAttribute('data-participant-id', 'spaces/AAAAq2c9Xy0/devices/8');
    for (const name of copy.querySelectorAll('span.notranslate')) name.textContent = 'Far Away';
    document.body.append(copy);
    await polls(FULL_READING_EVERY + 1);
    expect(names()).toContain('Far Away');
  });
});
