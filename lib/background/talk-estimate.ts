// "Keep this estimate with the session" (issue 8, "Talk-time balance, privately"): the call panel
// sends the estimate only when the user chose to keep it; here it is written with the call's
// session, or taken off it again when the user changes their mind (estimate null).
import { callBelongsToSession } from '../core/held';
import type { Session } from '../core/model';
import type { KeepTalkEstimate } from '../messaging/protocol';
import type { CrewkitStore } from '../store/store';

/** The caps of lib/core/backup-schema.ts TalkEstimateSchema: a day, at four samples a second. */
const DAY_MS = 86_400_000;
const DAY_SAMPLES = 86_400 * 4;

/**
 * Writes (or removes) the session's kept estimate. Refused (false) unless the session is this
 * call's: held or planned, within the hours a call belongs to it, so a panel cannot write on any
 * other session. Only the crew's members are kept by id; anyone else stays among the guests.
 */
export async function keepTalkEstimate(
  store: Pick<CrewkitStore, 'getCrew' | 'getSession' | 'putSession'>,
  request: KeepTalkEstimate,
  now: number,
): Promise<boolean> {
  const [crew, session] = await Promise.all([
    store.getCrew(request.crewId),
    store.getSession(request.crewId, request.sessionId),
  ]);
  if (!crew || !session) return false;
  if (session.status !== 'held' && session.status !== 'planned') return false;
  if (!callBelongsToSession(session, now)) return false;
  const { talkEstimate: before, ...rest } = session;
  const estimate = request.estimate;
  if (estimate === null) {
    if (before !== undefined) await store.putSession(rest);
    return true;
  }
  const isMember = new Set(crew.members.map((m) => m.id));
  const members = estimate.members.filter((m) => isMember.has(m.memberId));
  const strangers = estimate.members.filter((m) => !isMember.has(m.memberId));
  // Each part is within the schema's caps; their sum is capped the same, so the write holds.
  const guests = [...strangers, ...(estimate.guests ? [estimate.guests] : [])].reduce(
    (sum, talk) => ({
      ms: Math.min(DAY_MS, sum.ms + talk.ms),
      samples: Math.min(DAY_SAMPLES, sum.samples + talk.samples),
    }),
    { ms: 0, samples: 0 },
  );
  const kept: Session = {
    ...rest,
    talkEstimate: {
      kind: 'estimate',
      members,
      ...(guests.samples > 0 || guests.ms > 0 ? { guests } : {}),
    },
  };
  await store.putSession(kept);
  return true;
}
