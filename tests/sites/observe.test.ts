// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type MutationBatch, observe, watchUrl } from '../../lib/sites/dom/observe';

const frames = () => new Promise((resolve) => setTimeout(resolve, 60));
let controller = new AbortController();
afterEach(() => controller.abort());

function fixture(): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  return root;
}

describe('observe', () => {
  test('200 class changes in a frame reach the callback once, as one batch', async () => {
    const root = fixture();
    const tiles = Array.from({ length: 5 }, () => root.appendChild(document.createElement('div')));
    controller = new AbortController();
    const batches: MutationBatch[] = [];
    observe(root, (batch) => batches.push(batch), {
      signal: controller.signal,
      classChanges: true,
    });
    for (let i = 0; i < 200; i++) tiles[i % 5]?.setAttribute('class', `c${i}`);
    await frames();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.structural).toBe(false);
    expect(batches[0]?.classTargets.size).toBe(5);
  });

  test('class changes do not wake a subscriber that did not ask for them', async () => {
    const root = fixture();
    controller = new AbortController();
    const calls: MutationBatch[] = [];
    observe(root, (batch) => calls.push(batch), { signal: controller.signal });
    observe(root, () => {}, { signal: controller.signal, classChanges: true });
    root.setAttribute('class', 'speaking');
    await frames();
    expect(calls).toHaveLength(0);
    root.append(document.createElement('span'));
    await frames();
    expect(calls.map((batch) => batch.structural)).toEqual([true]);
  });

  test('all subscribers of one root share one MutationObserver, disconnected on the last abort', async () => {
    const root = fixture();
    const observeCalls = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnects = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const first = new AbortController();
    const second = new AbortController();
    const calls: string[] = [];
    observe(root, () => calls.push('first'), { signal: first.signal });
    observe(root, () => calls.push('second'), { signal: second.signal });
    // Re-observing with the union of options: same instance each time.
    expect(new Set(observeCalls.mock.contexts).size).toBe(1);
    first.abort();
    root.append('text');
    await frames();
    expect(calls).toEqual(['second']);
    second.abort();
    root.append('more');
    await frames();
    expect(calls).toEqual(['second']);
    // Re-observing disconnects first (happy-dom keeps a target's first options otherwise); the
    // last word after the last abort is a disconnect.
    const lastObserve = Math.max(...observeCalls.mock.invocationCallOrder);
    expect(Math.max(...disconnects.mock.invocationCallOrder)).toBeGreaterThan(lastObserve);
    observeCalls.mockRestore();
    disconnects.mockRestore();
  });

  test('a subscriber with options already observed does not re-observe; a new attribute does', async () => {
    const root = fixture();
    const observeCalls = vi.spyOn(MutationObserver.prototype, 'observe');
    controller = new AbortController();
    const calls: string[] = [];
    observe(root, () => calls.push('first'), { signal: controller.signal });
    // A navigation: one subscriber ends, its successor starts with the same options.
    const before = new AbortController();
    observe(root, () => {}, { signal: before.signal });
    before.abort();
    observe(root, () => calls.push('next'), { signal: controller.signal });
    expect(observeCalls).toHaveBeenCalledTimes(1);
    observe(root, () => calls.push('id'), { signal: controller.signal, attributes: ['data-id'] });
    expect(observeCalls).toHaveBeenCalledTimes(2);
    root.setAttribute('data-id', 'x');
    await frames();
    expect(calls).toEqual(['id']);
    observeCalls.mockRestore();
  });

  test("adding or removing only Crewkit's own elements wakes no one, nor asks for a frame", async () => {
    const root = fixture();
    controller = new AbortController();
    const calls: MutationBatch[] = [];
    observe(root, (batch) => calls.push(batch), { signal: controller.signal, addedNodes: true });
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    const badge = root.appendChild(document.createElement('crewkit-badge'));
    await frames();
    badge.remove();
    await frames();
    expect(calls).toHaveLength(0);
    expect(frame).not.toHaveBeenCalled();
    // a page node in the same change still counts, listed with ours
    const chip = document.createElement('div');
    root.append(chip, document.createElement('crewkit-badge'));
    await frames();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.addedNodes?.[0]).toBe(chip);
    frame.mockRestore();
  });

  test('a throwing subscriber does not stop the others', async () => {
    const root = fixture();
    controller = new AbortController();
    const calls: string[] = [];
    observe(
      root,
      () => {
        throw new Error('bug');
      },
      { signal: controller.signal },
    );
    observe(root, () => calls.push('ok'), { signal: controller.signal });
    root.append('x');
    await frames();
    expect(calls).toEqual(['ok']);
  });

  test('with batchMs, a burst of changes is one batch on a timer, and asks for no frame', async () => {
    const root = fixture();
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    controller = new AbortController();
    const batches: MutationBatch[] = [];
    observe(root, (batch) => batches.push(batch), { signal: controller.signal, batchMs: 120 });
    for (let i = 0; i < 4; i++) {
      root.append(`word ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(batches).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(batches.map((batch) => batch.structural)).toEqual([true]);
    expect(frame).not.toHaveBeenCalled();
    frame.mockRestore();
  });

  test('a passive subscriber never sets the timing: it is woken with the others', async () => {
    const root = fixture();
    controller = new AbortController();
    const calls: string[] = [];
    observe(root, () => calls.push('passive'), { signal: controller.signal, passive: true });
    observe(root, () => calls.push('watch'), { signal: controller.signal, batchMs: 120 });
    root.append(document.createElement('span'));
    await frames();
    expect(calls).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls).toEqual(['passive', 'watch']);
  });

  test('with passive subscribers alone the page is not observed, until one that is not comes', async () => {
    const root = fixture();
    controller = new AbortController();
    const calls: string[] = [];
    observe(root, () => calls.push('passive'), { signal: controller.signal, passive: true });
    const watch = new AbortController();
    observe(root, () => calls.push('watch'), { signal: watch.signal, batchMs: 20 });
    // The watch stops (Meet polls a call in progress): the passive one alone is never woken.
    watch.abort();
    for (let i = 0; i < 5; i++) {
      root.append(document.createElement('span'));
      await frames();
    }
    expect(calls).toEqual([]);
    observe(root, () => calls.push('watch'), { signal: controller.signal, batchMs: 20 });
    root.append(document.createElement('span'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(calls).toEqual(['passive', 'watch']);
  });

  test('lists removed elements to a subscriber that asked, not text nodes', async () => {
    const root = fixture();
    const line = root.appendChild(document.createElement('div'));
    line.append(document.createElement('span'));
    const word = root.appendChild(document.createTextNode('word'));
    controller = new AbortController();
    const removed: (readonly Element[] | null)[] = [];
    observe(root, (batch) => removed.push(batch.removedNodes), {
      signal: controller.signal,
      structural: false,
      removedNodes: true,
    });
    word.remove();
    line.remove();
    await frames();
    expect(removed).toEqual([[line]]);
  });

  test('falls back to a 16 ms timer where there is no requestAnimationFrame', async () => {
    const root = fixture();
    const raf = window.requestAnimationFrame;
    // @ts-expect-error: simulating a context without rAF
    window.requestAnimationFrame = undefined;
    try {
      controller = new AbortController();
      const calls: boolean[] = [];
      observe(root, (batch) => calls.push(batch.structural), { signal: controller.signal });
      root.append('x');
      await frames();
      expect(calls).toEqual([true]);
    } finally {
      window.requestAnimationFrame = raf;
    }
  });
});

describe('watchUrl', () => {
  test('reports each URL change once and stops on abort', async () => {
    let url = 'https://meet.google.com/landing';
    controller = new AbortController();
    const seen: string[] = [];
    watchUrl(
      () => url,
      (next) => seen.push(next),
      controller.signal,
      { intervalMs: 10 },
    );
    await frames();
    url = 'https://meet.google.com/abc-defg-hij';
    await frames();
    await frames();
    controller.abort();
    url = 'https://meet.google.com/';
    await frames();
    expect(seen).toEqual(['https://meet.google.com/abc-defg-hij']);
  });
});
