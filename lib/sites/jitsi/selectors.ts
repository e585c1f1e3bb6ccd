// Every selector the Jitsi adapter relies on (CONVENTIONS.md 3). Ids are those Jitsi's own
// end-to-end tests use, so Jitsi keeps them stable (docs/meet-page.md, "Jitsi Meet":
// jitsi/jitsi-meet tests/pageobjects/Filmstrip.ts, tests/helpers/Participant.ts, seen 2025-2026).
// tests/sites/selectors.test.ts counts each on every fixture in tests/fixtures/pages/jitsi/.

export const jitsiSelectors = {
  /** The conference page; present only once the conference UI is up (seen 2026). */
  conferencePage: '#videoconference_page',
  /** The self tile in the filmstrip (tests/pageobjects/Filmstrip.ts, seen 2026). */
  localVideo: '#localVideoContainer',
  /** The local display name inside the self tile (tests/helpers/Participant.ts, seen 2026). */
  localDisplayName: '#localVideoContainer #localDisplayName',
  /**
   * One tile per remote participant: span#participant_<endpointId> with the `videocontainer` class
   * (`#remoteVideos .videocontainer`); the class keeps the name span `participant_<id>_name` out
   * (seen 2026).
   */
  remoteTile: 'span.videocontainer[id^="participant_"]',
  /**
   * The prejoin screen: name input and join button (tests/pageobjects/PreJoinScreen.ts). Not in
   * the reference's list; a Jitsi source of the same kind, seen 2025-2026.
   */
  prejoin: '#premeeting-name-input, [data-testid="prejoin.joinMeeting"]',
} as const;

export type JitsiSelectorName = keyof typeof jitsiSelectors;

/** The remote name element for a tile's id: `#participant_<endpointId>_name`. */
export function remoteNameId(tileId: string): string {
  return `${tileId}_name`;
}
