// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageFrameAligner } from './page-frame-aligner';

const controller = () => new AbortController();
let running = controller();
afterEach(() => {
  running.abort();
  document.body.replaceChildren();
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createPageFrameAligner', () => {
  it("runs the waiting changes with the page's next change of nodes or text, in its task", async () => {
    running = controller();
    const align = createPageFrameAligner(document, running.signal, 5_000);
    const ran: string[] = [];
    align(() => ran.push('countdown'));
    align(() => ran.push('pill'));
    expect(ran).toEqual([]);
    document.body.append(document.createElement('div'));
    // Delivered as a microtask of the page's change: before any timer of the page runs.
    await Promise.resolve();
    expect(ran).toEqual(['countdown', 'pill']);
    // Nothing waits any more: later changes run nothing again.
    document.body.append('caption word');
    await wait(0);
    expect(ran).toEqual(['countdown', 'pill']);
  });

  it('on a quiet page, runs them after the longest wait', async () => {
    running = controller();
    const align = createPageFrameAligner(document, running.signal, 30);
    let ran = 0;
    align(() => {
      ran += 1;
    });
    await wait(10);
    expect(ran).toBe(0);
    await wait(60);
    expect(ran).toBe(1);
  });

  it('a cancelled change never runs; a hidden page or a closed panel runs one at once', async () => {
    running = controller();
    const align = createPageFrameAligner(document, running.signal, 20);
    let ran = 0;
    const cancel = align(() => {
      ran += 1;
    });
    cancel();
    document.body.append(document.createElement('p'));
    await wait(40);
    expect(ran).toBe(0);

    running.abort();
    align(() => {
      ran += 1;
    });
    expect(ran).toBe(1);
  });
});
