// What the in-call panel (Meet, Jitsi) shows when it opens: settings, the call's crew and its
// context, and a round still running. Read by the background, since content scripts hold no store.
import { currentMembers } from '../core/crew';
import { crewForCall } from '../core/crew-for-call';
import { latestUnfinishedRound } from '../core/round-records';
import type { CallPanelState } from '../messaging/protocol';
import { loadCrewContext } from '../store/crew-context';
import type { CrewkitStore } from '../store/store';
import { crewOfMeetCode } from './calendar-page';

type PanelStore = Pick<
  CrewkitStore,
  'getSettings' | 'listCrews' | 'listRounds' | 'listSeries' | 'listSessions'
>;

export async function callPanelState(
  store: PanelStore,
  call: { meetCode?: string | undefined; url?: string | undefined },
  now: number,
): Promise<CallPanelState> {
  const [settings, crews] = await Promise.all([store.getSettings(), store.listCrews()]);
  // A standing link first; else a tagged calendar event's Meet link (lib/core/calendar-session.ts).
  const crew =
    crewForCall(crews, call) ??
    (call.meetCode ? await crewOfMeetCode(store, crews, call.meetCode, now) : undefined) ??
    null;
  const [crewContext, rounds] = await Promise.all([
    crew ? loadCrewContext(store, crew, now) : null,
    store.listRounds(crew ? crew.id : null),
  ]);
  const ofThisCall = rounds.filter(
    (r) => (crew && r.crewId === crew.id) || (call.meetCode && r.meetCode === call.meetCode),
  );
  return {
    settings,
    crew: crew && {
      id: crew.id,
      name: crew.name,
      members: currentMembers(crew),
      agreements: crew.agreements,
    },
    crewContext,
    activeRound: latestUnfinishedRound(ofThisCall)?.record ?? null,
  };
}
