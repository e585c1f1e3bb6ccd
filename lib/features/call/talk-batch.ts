// The talk sampler's looks travel to the panel's frame in batches, about one message a second,
// not one per look. Each message wakes the frame's process (a task, a structured clone, the
// channel's IPC) for a look that changes nothing shown: the balance writes its rows at most once
// a second anyway (TalkBalance.tsx). With the estimate on, the frame's main thread measured
// 3.65 ms a second against 2.13 without it (meet-overhead, 2026-12-03, about 2.5 looks a second).
// Every look still reaches the tally, in order and with its own time, so the estimate is the same.

/** One look of the sampler: who seems to be speaking, at the page's `performance.now()`. */
export interface TalkLook {
  speaking: string[];
  at: number;
}

/** A batch goes once its first look is this old; looks come every 250-400 ms. */
export const SEND_LOOKS_EVERY_MS = 1_000;

/** Collects looks and hands them to `send` in order, a batch once it spans `everyMs`. */
export function lookBatcher(
  send: (looks: TalkLook[]) => void,
  everyMs = SEND_LOOKS_EVERY_MS,
): (speaking: string[], at: number) => void {
  let looks: TalkLook[] = [];
  return (speaking, at) => {
    looks.push({ speaking, at });
    if (at - (looks[0] as TalkLook).at < everyMs) return;
    const batch = looks;
    looks = [];
    send(batch);
  };
}
