// A page's main-thread time, read from CDP's Performance metrics (TaskDuration and the script,
// style and layout inside it), for the overhead benchmarks. Durations are in the thread's CPU
// time, not wall time: on a shared 2-core machine a task preempted by another process, the
// extension's own included, would otherwise count that process's time.
import type { CDPSession } from 'playwright-core';

/** Milliseconds of main-thread work: all tasks, and the script, style and layout in them. */
export interface MainThreadTime {
  busy: number;
  script: number;
  /** Style recalculation and layout: what a page redrawn on screen costs beyond its script. */
  style: number;
  layout: number;
}

/** Starts the metrics on `session`'s target; the returned clock reads its time so far. */
export async function mainThreadClock(session: CDPSession): Promise<() => Promise<MainThreadTime>> {
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      busy: ms('TaskDuration'),
      script: ms('ScriptDuration'),
      style: ms('RecalcStyleDuration'),
      layout: ms('LayoutDuration'),
    };
  };
}

/** The work done between two readings of one clock. */
export function elapsed(from: MainThreadTime, to: MainThreadTime): MainThreadTime {
  return {
    busy: to.busy - from.busy,
    script: to.script - from.script,
    style: to.style - from.style,
    layout: to.layout - from.layout,
  };
}
