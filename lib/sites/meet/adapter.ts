// Google Meet as a SiteAdapter: the meeting code from the URL, the call state, the roster and a
// speaking estimate, read from the facts in reference/google-meet-dom.md.

import {
  type CallFacts,
  type SiteAdapter,
  unreadableFacts,
  type WatchOptions,
  watchFacts,
} from '../adapter';
import { readMeetCallState } from './call-state';
import { isMeetUrl, meetingCodeFromUrl } from './page-detect';
import { readMeetRoster } from './roster';
import { createSpeakingTracker } from './speaking';

/**
 * Attribute changes that can change the facts: names (People panel rows' aria-label), who a tile
 * shows, and the older self marker. Class changes are handled apart, as speaking hints.
 */
const WATCHED_ATTRIBUTES = ['aria-label', 'data-participant-id', 'data-self-name'] as const;

/** One reading of a Meet page. `speakingIds` is empty: the estimate needs time (see `watch`). */
export function readMeet(doc: Document, url: string): CallFacts {
  const meetingCode = meetingCodeFromUrl(url);
  try {
    if (meetingCode === null) {
      return {
        site: 'meet',
        meetingCode,
        callState: 'none',
        roster: [],
        rosterSource: 'none',
        speakingIds: [],
        missing: [],
      };
    }
    const call = readMeetCallState(doc);
    const roster =
      call.state === 'in-call'
        ? readMeetRoster(doc)
        : { roster: [], source: 'none' as const, missing: [] };
    return {
      site: 'meet',
      meetingCode,
      callState: call.state,
      roster: roster.roster,
      rosterSource: roster.source,
      speakingIds: [],
      missing: [...call.missing, ...roster.missing],
    };
  } catch {
    return unreadableFacts('meet', meetingCode);
  }
}

export const meetAdapter: SiteAdapter = {
  site: 'meet',
  matches: isMeetUrl,
  read: readMeet,
  watch(doc, onFacts, signal, options: WatchOptions = {}) {
    try {
      watchFacts(
        doc,
        onFacts,
        signal,
        {
          site: 'meet',
          read: readMeet,
          attributes: WATCHED_ATTRIBUTES,
          speaking: createSpeakingTracker(),
        },
        options,
      );
    } catch {
      // Degrade, never break: a page we cannot watch is left alone.
    }
  },
};
