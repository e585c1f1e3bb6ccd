// Who seems to be speaking: an ESTIMATE. Meet has no semantic signal for it; its voice ring and
// audio bars change `class` while someone talks (docs/meet-page.md, "Who is speaking",
// approach 1). The panel must label this as an estimate and never depend on it.

import { meetSelectors } from './selectors';

/** How long after the last voice-level change someone still counts as speaking. */
export const SPEAKING_HOLD_MS = 1500;

/** The participant whose voice-level element changed, or null for any other class change. */
export function speakerOfClassChange(target: Element): string | null {
  const voice = target.closest(meetSelectors.voiceLevel);
  if (voice === null) return null;
  return (
    voice.closest(meetSelectors.participantElement)?.getAttribute('data-participant-id') ?? null
  );
}

export interface SpeakingTracker {
  /** Records the class changes seen in one frame. */
  note(targets: Iterable<Element>, now: number): void;
  /** Records participants already known to have been heard (the sampler knows its tiles). */
  heard(participantIds: Iterable<string>, now: number): void;
  /** Speakers heard within the hold time, in the order given by `orderIds`. */
  speakingIds(now: number, orderIds: readonly string[]): string[];
  /** When the next speaker falls silent (ms), or null when nobody is speaking. */
  nextExpiry(now: number): number | null;
}

export function createSpeakingTracker(holdMs = SPEAKING_HOLD_MS): SpeakingTracker {
  const lastHeard = new Map<string, number>();
  return {
    note(targets, now) {
      for (const target of targets) {
        const id = speakerOfClassChange(target);
        if (id !== null) lastHeard.set(id, now);
      }
    },
    heard(participantIds, now) {
      for (const id of participantIds) lastHeard.set(id, now);
    },
    speakingIds(now, orderIds) {
      for (const [id, at] of lastHeard) if (now - at >= holdMs) lastHeard.delete(id);
      return orderIds.filter((id) => lastHeard.has(id));
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
