// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type CallFacts, emptyFacts } from '../../lib/sites/adapter';
import { meetAdapter } from '../../lib/sites/meet/adapter';
import { RESTED_POLL_EVERY, watchFacts } from '../../lib/sites/watch-facts';
import { loadIntoDocument, MEET_URL } from './fixtures';

const frames = () => new Promise((resolve) => setTimeout(resolve, 60));
const BASHIR = 'spaces/AAAAq2c9Xy0/devices/2';

let controller = new AbortController();
afterEach(() => controller.abort());

function start(getUrl: () => string = () => MEET_URL, now?: () => number): CallFacts[] {
  controller = new AbortController();
  const seen: CallFacts[] = [];
  meetAdapter.watch(document, (facts) => seen.push(facts), controller.signal, {
    getUrl,
    urlPollMs: 20,
    // The watch gathers changes for 250 ms in a call (watch-facts.ts); 10 ms keeps waits short.
    batchMs: 10,
    // Wide enough that a busy machine's slow frames stay inside it.
    leftGraceMs: 400,
    ...(now ? { now } : {}),
  });
  return seen;
}

describe('meetAdapter.watch', () => {
  test('a lobby that turns into a call emits lobby, then in-call once', async () => {
    loadIntoDocument('meet', 'lobby.html');
    const seen = start();
    await frames();
    expect(seen.map((facts) => facts.callState)).toEqual(['lobby']);

    loadIntoDocument('meet', 'in-call-5.html');
    await frames();
    document.body.append(document.createElement('div')); // an unrelated change
    await frames();
    expect(seen.map((facts) => facts.callState)).toEqual(['lobby', 'in-call']);
    expect(seen[1]?.roster.map((entry) => entry.name)).toEqual([
      'Ada Lovelace',
      'Bashir Rahimi',
      'chiara bianchi',
      'Dmitri',
      'Eun-ji Park',
    ]);
  });

  test('the meeting code appearing in the URL without a reload is picked up', async () => {
    let url = 'https://meet.google.com/landing';
    loadIntoDocument('meet', 'lobby.html');
    const seen = start(() => url);
    await frames();
    expect(seen.at(-1)?.meetingCode).toBeNull();

    url = MEET_URL;
    await frames();
    expect(seen.at(-1)).toMatchObject({ meetingCode: 'abc-defg-hij', callState: 'lobby' });
  });

  test('a call whose UI vanishes is "left", even in a language we do not read', async () => {
    loadIntoDocument('meet', 'in-call-thai.html');
    const seen = start();
    await frames();
    document.body.replaceChildren(document.createElement('div'));
    document.body.firstElementChild?.append('ออกจากการประชุมแล้ว');
    await frames();
    expect(seen.map((facts) => facts.callState)).toEqual(['in-call']); // still within the grace
    await vi.waitFor(
      () => expect(seen.map((facts) => facts.callState)).toEqual(['in-call', 'left']),
      { timeout: 4_000, interval: 25 },
    );
    expect(seen[1]?.missing).toEqual([]);
  });

  test('a class change on a voice-level element marks its tile as speaking (estimate)', async () => {
    loadIntoDocument('meet', 'in-call-5.html');
    let clock = 10_000;
    const seen = start(undefined, () => clock);
    await frames();
    const bars = document.querySelector(`[data-participant-id="${BASHIR}"] [data-use-tooltip] div`);
    bars?.setAttribute('class', 'talking');
    await frames();
    expect(seen.at(-1)?.speakingIds).toEqual([BASHIR]);

    // A class change elsewhere in the tile (hover) is not speech.
    clock += 2_000;
    document.querySelector(`[data-participant-id="${BASHIR}"] video`)?.setAttribute('class', 'x');
    await frames();
    expect(seen.at(-1)?.speakingIds).toEqual([]);
  });

  test('a call UI that vanishes for a moment (a redraw) is not "left"', async () => {
    loadIntoDocument('meet', 'in-call-5.html');
    const seen = start();
    await frames();
    const saved = [...document.body.childNodes];
    document.body.replaceChildren();
    await frames();
    document.body.replaceChildren(...saved);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(seen.map((facts) => facts.callState)).toEqual(['in-call']);
  });

  test('speakers fall silent after the hold time with no further mutation', async () => {
    loadIntoDocument('meet', 'in-call-5.html');
    const seen = start();
    await frames();
    document
      .querySelector(`[data-participant-id="${BASHIR}"] [jsname="QgSmzd"]`)
      ?.setAttribute('class', 'ring');
    await frames();
    expect(seen.at(-1)?.speakingIds).toEqual([BASHIR]);
    // Silent after the 1.5 s hold, with no mutation to prompt it (a generous upper bound: on a
    // busy machine the silence timer fires late, never early).
    await vi.waitFor(() => expect(seen.at(-1)?.speakingIds).toEqual([]), {
      timeout: 4_000,
      interval: 50,
    });
  });

  test('with speaking hints off, class changes emit nothing', async () => {
    loadIntoDocument('meet', 'in-call-5.html');
    controller = new AbortController();
    const seen: CallFacts[] = [];
    meetAdapter.watch(document, (facts) => seen.push(facts), controller.signal, {
      getUrl: () => MEET_URL,
      speaking: false,
      batchMs: 10,
    });
    await frames();
    document.querySelector('[jsname="QgSmzd"]')?.setAttribute('class', 'ring');
    await frames();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.speakingIds).toEqual([]);
  });

  test('a listener that throws never breaks later updates, and abort stops them', async () => {
    loadIntoDocument('meet', 'lobby.html');
    controller = new AbortController();
    const states: string[] = [];
    meetAdapter.watch(
      document,
      (facts) => {
        states.push(facts.callState);
        throw new Error('panel bug');
      },
      controller.signal,
      { getUrl: () => MEET_URL, batchMs: 10 },
    );
    await frames();
    loadIntoDocument('meet', 'in-call-2.html');
    await frames();
    controller.abort();
    loadIntoDocument('meet', 'left.html');
    await frames();
    expect(states).toEqual(['lobby', 'in-call']);
  });
});

describe('how often the watch reads a busy call page (issue 8, meet-overhead-ms-per-s)', () => {
  /** Twenty page changes over a second, as captions, tooltips and the clock make them. */
  async function busySecond(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      document.body.append(`word ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  function countReads(callState: CallFacts['callState']): () => number {
    let reads = 0;
    const facts: CallFacts = { ...emptyFacts('meet', 'abc-defg-hij'), callState };
    controller = new AbortController();
    watchFacts(
      document,
      () => {},
      controller.signal,
      {
        site: 'meet',
        read: () => {
          reads += 1;
          return facts;
        },
        attributes: [],
        speaking: null,
      },
      { getUrl: () => MEET_URL },
    );
    return () => reads;
  }

  test('in the call, a second of page changes costs one or two readings', async () => {
    const reads = countReads('in-call');
    await busySecond();
    const duringTheSecond = reads() - 1;
    expect(duringTheSecond).toBeGreaterThanOrEqual(1);
    expect(duringTheSecond).toBeLessThanOrEqual(2);
  });

  test('on the way in (the lobby), changes are read within a quarter second', async () => {
    const reads = countReads('lobby');
    await busySecond();
    expect(reads() - 1).toBeGreaterThanOrEqual(3);
  });

  test('a site that can poll is not observed at all in the call, and is again once it ends', async () => {
    let state: CallFacts['callState'] = 'in-call';
    const counts = { observed: 0, polled: 0 };
    const facts = () => ({ ...emptyFacts('meet', 'abc-defg-hij'), callState: state });
    controller = new AbortController();
    const seen: string[] = [];
    watchFacts(
      document,
      (next) => seen.push(next.callState),
      controller.signal,
      {
        site: 'meet',
        read: facts,
        observedReader: () => () => {
          counts.observed += 1;
          return facts();
        },
        polledReader: () => ({
          read: () => {
            counts.polled += 1;
            return facts();
          },
          resting: () => false,
          stop: () => {},
        }),
        attributes: [],
        speaking: null,
      },
      { getUrl: () => MEET_URL, pollMs: 200, batchMs: 10, leftGraceMs: 50 },
    );
    await busySecond();
    // One observed reading found the call; then only the clock reads it, whatever the page does.
    expect(counts.observed).toBe(1);
    expect(counts.polled).toBeGreaterThanOrEqual(3);
    expect(counts.polled).toBeLessThanOrEqual(7);
    // The call ends: after the grace time the page is observed again (the lobby, the next call).
    state = 'left';
    await vi.waitFor(() => expect(seen).toEqual(['in-call', 'left']), { timeout: 2_000 });
    const polledAtEnd = counts.polled;
    await busySecond();
    expect(counts.polled).toBe(polledAtEnd);
    expect(counts.observed).toBeGreaterThanOrEqual(3);
  });

  test('a reader resting on what it read is looked at every RESTED_POLL_EVERY polls, and at the next poll once it says something changed', async () => {
    const reads: number[] = [];
    let wake = () => {};
    let resting = true;
    controller = new AbortController();
    const started = performance.now();
    const facts = () => ({ ...emptyFacts('meet', 'abc-defg-hij'), callState: 'in-call' as const });
    watchFacts(
      document,
      () => {},
      controller.signal,
      {
        site: 'meet',
        read: facts,
        polledReader: (changed) => {
          wake = changed;
          return {
            read: () => {
              reads.push(performance.now() - started);
              resting = true;
              return facts();
            },
            resting: () => resting,
            stop: () => {},
          };
        },
        attributes: [],
        speaking: null,
      },
      { getUrl: () => MEET_URL, pollMs: 40, batchMs: 10 },
    );
    // The first poll finds nothing to rest on yet; after it, the reader rests.
    await new Promise((resolve) => setTimeout(resolve, 40 + 40 * RESTED_POLL_EVERY * 2 + 20));
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.length).toBeLessThanOrEqual(3);
    const before = reads.length;
    resting = false;
    wake();
    // Well before the rested poll (200 ms away) would have come.
    await vi.waitFor(() => expect(reads.length).toBe(before + 1), { timeout: 150, interval: 5 });
  });
});
