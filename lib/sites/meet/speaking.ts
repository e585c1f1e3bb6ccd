// Who seems to be speaking: an ESTIMATE. Meet has no semantic signal for it; its voice ring and
// audio bars change `class` while someone talks (reference/google-meet-dom.md, "Who is speaking",
// approach 1). The panel must label this as an estimate and never depend on it.

import { meetSelectors } from './selectors';

/** How long after the last voice-level change someone still counts as speaking. */
export const SPEAKING_HOLD_MS = 1500;

/** The participant whose voice-level element changed, or null for any other class change. */
export function speakerOfClassChange(target: Element): string | null {
  const voice = target.closest(meetSelectors.voiceLevel);
  if (voice === null) return null;
  return voice.closest('[data-participant-id]')?.getAttribute('data-participant-id') ?? null;
}

export interface SpeakingTracker {
  /** Records class changes seen in one frame. Returns true when the set of speakers changed. */
  note(targets: Iterable<Element>, now: number): boolean;
  /** Speakers heard within the hold time, in the order given by `orderIds`. */
  speakingIds(now: number, orderIds: readonly string[]): string[];
  /** When the next speaker falls silent (ms), or null when nobody is speaking. */
  nextExpiry(now: number): number | null;
}

export function createSpeakingTracker(holdMs = SPEAKING_HOLD_MS): SpeakingTracker {
  const lastHeard = new Map<string, number>();
  const active = (now: number) =>
    new Set([...lastHeard].filter(([, at]) => now - at < holdMs).map(([id]) => id));
  return {
    note(targets, now) {
      const before = active(now);
      for (const target of targets) {
        const id = speakerOfClassChange(target);
        if (id !== null) lastHeard.set(id, now);
      }
      const after = active(now);
      return before.size !== after.size || [...after].some((id) => !before.has(id));
    },
    speakingIds(now, orderIds) {
      const current = active(now);
      for (const [id, at] of lastHeard) if (now - at >= holdMs) lastHeard.delete(id);
      return orderIds.filter((id) => current.has(id));
    },
    nextExpiry(now) {
      let next: number | null = null;
      for (const at of lastHeard.values()) {
        const expiry = at + holdMs;
        if (expiry > now && (next === null || expiry < next)) next = expiry;
      }
      return next;
    },
  };
}
