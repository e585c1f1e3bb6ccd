// "Keep this estimate with the session" (issue 8, "Talk-time balance, privately"): the call panel
// sends the estimate only when the user chose to keep it; here it is written with the call's
// session, or taken off it again when the user changes their mind (estimate null). A panel
// reopened mid-call is a new run: what it keeps adds to what the earlier run kept.
import { callBelongsToSession } from '../core/held';
import type { Session } from '../core/model';
import { keepRun } from '../core/talk-time';
import type { KeepTalkEstimate } from '../messaging/protocol';
import type { CrewkitStore } from '../store/store';

/**
 * Writes (or takes back) this panel run's part of the session's kept estimate (lib/core/talk-time.ts
 * keepRun: parts of other runs stay, the shown numbers are their sum). Refused (false) unless
 * the session is this call's: held or planned, within the hours a call belongs to it, so a panel
 * cannot write on any other session; refused too past the number of runs a record holds. Only
 * the crew's members are kept by id; anyone else stays among the guests.
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
  const isMember = new Set(crew.members.map((m) => m.id));
  const after = keepRun(before, request.runId, request.estimate, (id) => isMember.has(id));
  if (after === 'full') return false;
  if (after === undefined) {
    if (before !== undefined) await store.putSession(rest);
    return true;
  }
  const kept: Session = { ...rest, talkEstimate: after };
  await store.putSession(kept);
  return true;
}
