// Google Meet as a SiteAdapter: the meeting code from the URL, the call state, the roster and a
// speaking estimate, read from the facts in docs/meet-page.md.

import { type CallFacts, type CallState, emptyFacts, unreadableFacts } from '../adapter';
import { defineCallSite } from '../watch-facts';
import { readMeetCallState } from './call-state';
import { type MeetPage, pollMeetPage, queryMeetPage, trackMeetPage, watchReading } from './page';
import { isMeetUrl, meetingCodeFromUrl } from './page-detect';
import { readMeetRoster } from './roster';
import { createSpeakingTracker } from './speaking';

/**
 * Attribute changes that can change the facts: names (People panel rows' aria-label), who a tile
 * shows, and the older self marker. Class changes are handled apart, as speaking hints.
 */
const WATCHED_ATTRIBUTES = ['aria-label', 'data-participant-id', 'data-self-name'] as const;

function readMeetPage(page: MeetPage, url: string, previous?: CallState): CallFacts {
  const meetingCode = meetingCodeFromUrl(url);
  try {
    const empty = emptyFacts('meet', meetingCode);
    if (meetingCode === null) return empty;
    const call = readMeetCallState(page, previous);
    if (call.state !== 'in-call') return { ...empty, callState: call.state, missing: call.missing };
    const roster = readMeetRoster(page);
    return {
      ...empty,
      callState: call.state,
      roster: roster.roster,
      rosterSource: roster.source,
      missing: [...call.missing, ...roster.missing],
    };
  } catch {
    return unreadableFacts('meet', meetingCode);
  }
}

/** One reading of a Meet page. `speakingIds` is empty: the estimate needs time (see `watch`). */
export function readMeet(doc: Document, url: string): CallFacts {
  return readMeetPage(queryMeetPage(doc), url);
}

export const meetAdapter = defineCallSite({
  site: 'meet',
  matches: isMeetUrl,
  read: readMeet,
  watchReader(doc, signal) {
    const page = trackMeetPage(doc, signal, WATCHED_ATTRIBUTES);
    let last: { url: string; facts: CallFacts } | null = null;
    return (url) => {
      // In a call, only the controls and tiles say anything: when none of them changed (a caption
      // word, a chat line, the clock), the facts are those of the last reading.
      const changed = page.changed();
      if (last?.url === url && last.facts.callState === 'in-call' && !changed) return last.facts;
      const facts = readMeetPage(page, url, last?.facts.callState);
      last = { url, facts };
      return facts;
    };
  },
  pollReader(doc, changed) {
    const page = pollMeetPage(doc);
    // The watch looks again soon after anything this reading read changes, and otherwise rarely
    // (page.ts watchReading, watch-facts.ts RESTED_POLL_EVERY).
    const rested = watchReading(changed);
    return {
      read(url) {
        // Only a call in progress is polled: its waiting text was checked on the way in.
        const reading = page();
        const facts = readMeetPage(reading, url, 'in-call');
        // Nothing to rest on (no call, nobody seen): the watch keeps looking every second.
        const someoneSeen = facts.callState === 'in-call' && facts.roster.length > 0;
        rested.rest(
          someoneSeen
            ? [...reading.tiles(), ...reading.peopleRows(), ...reading.peopleControls()]
            : [],
        );
        return facts;
      },
      resting: rested.unchanged,
      stop: () => rested.rest([]),
    };
  },
  attributes: WATCHED_ATTRIBUTES,
  speaking: createSpeakingTracker,
});
