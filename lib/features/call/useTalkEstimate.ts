// The call panel's talk-time estimate for the life of the panel (issue 8, "Talk-time balance,
// privately"): the tally, who each call participant was, and the user's choice to keep it with
// the session. Held by CallPanelApp, so it outlives the roster at the call's end (the choice is
// offered then too) and is forgotten when the panel closes. Nothing leaves the panel unless the
// user ticks "Keep this estimate with the session".
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newId } from '../../core/ids';
import { matchRosterToMembers } from '../../core/match-names';
import type { Id } from '../../core/model';
import { createTalkTally, keptEstimate, type TalkTally } from '../../core/talk-time';
import type { KeepTalkEstimate } from '../../messaging/protocol';
import type { RosterEntry } from '../../sites/adapter';

export type KeepStatus = 'not-kept' | 'kept' | 'refused';

export interface TalkEstimateState {
  tally: TalkTally;
  /** The session it would be kept with is known (a crew call). */
  canKeep: boolean;
  keep: boolean;
  status: KeepStatus;
  setKeep(keep: boolean): void;
  /** The name a participant had in the call, also after they left. */
  nameOf(participantId: string): string | undefined;
}

interface TalkEstimateOptions {
  keepTalkEstimate: (request: KeepTalkEstimate) => Promise<boolean>;
  crewId: Id | undefined;
  /** The call's session (the one the call ends as held). */
  sessionId: Id | undefined;
  roster: readonly RosterEntry[];
  members: readonly { id: Id; name: string }[] | undefined;
  /** The call has ended and its session is held: the final numbers are kept then. */
  ended: boolean;
}

export function useTalkEstimate(options: TalkEstimateOptions): TalkEstimateState {
  const tally = useMemo(() => createTalkTally(), []);
  // This panel run: a panel reopened mid-call starts a new tally, and what it keeps is added to
  // what the earlier run kept; its own resends (the growing tally) replace its part.
  const runId = useMemo(() => newId(), []);
  const [keep, setKeepState] = useState(false);
  const [status, setStatus] = useState<KeepStatus>('not-kept');
  const names = useRef(new Map<string, string>()).current;
  const memberOf = useRef(new Map<string, Id>()).current;
  // The session is fixed by the call: after it ends the panel may already look at the next one.
  const target = useRef<{ crewId: Id; sessionId: Id } | null>(null);
  if (!options.ended && options.crewId && options.sessionId) {
    target.current = { crewId: options.crewId, sessionId: options.sessionId };
  }
  const live = useRef({ keep, send: options.keepTalkEstimate });
  live.current = { keep, send: options.keepTalkEstimate };

  const { roster, members } = options;
  useEffect(() => {
    for (const entry of roster) names.set(entry.id, entry.name);
    if (!members) return;
    for (const match of matchRosterToMembers(roster, members).matched) {
      memberOf.set(match.rosterId, match.memberId);
    }
  }, [roster, members, names, memberOf]);

  /** Sends the numbers as they are now; resolves to whether the background kept them. */
  const save = (kept: boolean): Promise<boolean> | null => {
    const where = target.current;
    if (!where) return null;
    const estimate = kept ? keptEstimate(tally.shares(), (id) => memberOf.get(id)) : null;
    if (kept && estimate === null) return null;
    return live.current.send({ ...where, runId, estimate }).catch(() => false);
  };
  const report = (sent: Promise<boolean> | null, kept: boolean) => {
    sent?.then((ok) => setStatus(!kept ? 'not-kept' : ok ? 'kept' : 'refused'));
  };

  // The final numbers once the session is held; on closing the panel or leaving the page, the
  // numbers so far (a kept estimate is never lost to a closed tab after it was chosen).
  useEffect(() => {
    if (options.ended && live.current.keep) report(save(true), true);
  }, [options.ended]);
  useEffect(() => {
    const onLeave = () => {
      if (live.current.keep) save(true);
    };
    addEventListener('pagehide', onLeave);
    return () => {
      removeEventListener('pagehide', onLeave);
      onLeave();
    };
  }, []);

  return {
    tally,
    canKeep: target.current !== null,
    keep,
    status,
    setKeep(next) {
      setKeepState(next);
      live.current.keep = next;
      report(save(next), next);
    },
    nameOf: (id) => names.get(id),
  };
}
