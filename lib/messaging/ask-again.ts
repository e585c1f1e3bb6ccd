// A content script's question to the background, asked again when it fails. Chrome stops an idle
// MV3 service worker (reference/toolchain.md); a message sent while it is stopping or starting
// can fail ("Receiving end does not exist"), and a call page that changes nothing afterwards
// would never ask again: its panel stayed closed (call-meeting.e2e, a reload right after the
// worker was stopped, seen failing under a loaded machine on 2026-12-04).

/** How long to wait before each new try: four tries over about 4 s. */
export const ASK_AGAIN_AFTER_MS = [250, 1000, 3000] as const;

/** `ask()`'s answer; a failure is tried again after each of `delays`, then thrown. */
export async function askAgainOnFailure<T>(
  ask: () => Promise<T>,
  signal: AbortSignal,
  delays: readonly number[] = ASK_AGAIN_AFTER_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || signal.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (signal.aborted) throw error;
    }
  }
}
