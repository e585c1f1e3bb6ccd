// Every selector, icon ligature and page text the Meet adapter relies on, in one place
// (CONVENTIONS.md 3). Facts and tags come from docs/meet-page.md; dates say when the
// structure was last seen. Preference: URL > data-* and ARIA roles > icon ligatures > English
// texts; generated class names are never used. tests/sites/selectors.test.ts counts each
// selector's matches on every fixture in tests/fixtures/pages/meet/.

export const meetSelectors = {
  /**
   * Icon elements; their text is a ligature name, the same in every UI language. `google-symbols`
   * since Aug 2024, `google-material-icons` before ("Lobby vs in the call" [W], seen 2026-04).
   */
  iconLigature: 'i.google-symbols, i.google-material-icons',
  /**
   * Video tiles: `data-participant-id="spaces/<space>/devices/<n>"` ("Participants and names"
   * [W], seen 2026-04-30). People-panel rows carry the same attribute and are excluded. The lobby
   * has one for the self preview, so a tile alone never means "in the call" [S, 2026].
   */
  participantTile: '[data-participant-id]:not([role="listitem"])',
  /** The display name inside a tile ("Participants and names" [W], seen 2026-04-30). */
  tileName: 'span.notranslate',
  /**
   * A tooltip inside a tile that repeats the name, among hover labels ("Pin …"); the second
   * chance when the name span is empty ("Participants and names" [S], seen 2026-04).
   */
  tileTooltip: '[role="tooltip"]',
  /**
   * Any element of one participant, tile or row or an inner part: the voice level's owner
   * ("Who is speaking" [S-W], seen 2026-04-30).
   */
  participantElement: '[data-participant-id]',
  /**
   * Older self marker, value = own display name; absent from every 2026 capture, present in
   * 2022-2024 material ("Structure of a real in-call page", last seen 2024, absent when seen
   * 2026-04).
   */
  selfNameAttribute: '[data-self-name]',
  /**
   * People panel rows, open only when the user opened it: `[role=listitem][data-participant-id]`
   * with `aria-label` = name, maybe inside a "Merged audio" group (seen 2025 and 2026, last in the
   * Thai UI probe, seen 2026-10). The list's `aria-label="Participants"` is English, so it is not
   * required here.
   */
  peoplePanelRow: '[role="listitem"][data-participant-id]',
  /**
   * The text spans of a People panel row, read when its `aria-label` is missing: the name and the
   * "(You)" marker ("Structure of a real in-call page", seen 2026-10).
   */
  peopleRowText: 'span',
  /**
   * The People control, a proof of being admitted. 2026: a `div[role=button]` with jsname ocqpFe
   * opening a dialog (top left). Before: a toolbar button with `data-panel-id="1"`
   * ("Structure of a real in-call page", seen 2026-04; jsname stable 2023-2026 but not promised).
   */
  peopleControl:
    '[role="button"][jsname="ocqpFe"][aria-haspopup="dialog"], button[data-panel-id="1"]',
  /**
   * Voice-level elements inside a tile: the voice ring and the 3 audio bars (jsname QgSmzd, seen
   * 2026-04-30), or the older bars `jscontroller="ES310d"` (seen 2020 and 2025) ("Who is
   * speaking" [S-W]). Their class changes are the speaking estimate.
   */
  voiceLevel: '[jsname="QgSmzd"], [jscontroller="ES310d"]',
  /**
   * The chat message box, present only while the user has the Chat panel open: a `textarea`
   * labelled "Send a message" ("Chat" [S], seen 2026). The label is English only: in another UI
   * language nothing matches and "Copy to chat" falls back to the clipboard (lib/sites/meet/chat.ts).
   */
  chatBox: 'textarea[aria-label="Send a message"]',
} as const;

export type MeetSelectorName = keyof typeof meetSelectors;

/** Ligatures of the captions control: present only once admitted [W]. */
export const CAPTIONS_LIGATURES: readonly string[] = ['closed_caption_off', 'closed_caption'];
/** Mic and camera toggles: present in the lobby, while waiting and in the call [S, 2026]. */
export const DEVICE_LIGATURES: readonly string[] = ['mic', 'mic_off', 'videocam', 'videocam_off'];
/** Leave call; already present while asking to be let in, so never proof of being in [W]. */
export const LEAVE_LIGATURE = 'call_end';
/** Self-only tile button "Backgrounds and effects" (seen 2026-04-30); also on the lobby preview. */
export const SELF_TILE_LIGATURE = 'visual_effects';

// English page texts, a second signal only: they fail in other UI languages, where the watcher
// falls back to "the call UI vanished after being in the call" (adapter.ts settleCallState).
// Compared after normalising typographic apostrophes and ellipses.

/** "Asking to be let in…", "You'll join the call when someone lets you in" [S]. */
export const WAITING_TEXTS: readonly string[] = [
  'asking to be let in',
  "you'll join the call when someone lets you in",
];
/** "You left the meeting", "You've been removed from the meeting" [W]. */
export const LEFT_TEXTS: readonly string[] = [
  'you left the meeting',
  "you've been removed from the meeting",
];
/** "Your host ended the meeting for everyone", "Call ended" [W]. */
export const ENDED_TEXTS: readonly string[] = [
  'your host ended the meeting for everyone',
  'call ended',
];

/** Marks the self row in the People panel (English; the tile's self marker comes first). */
export const SELF_SUFFIX = /\s*\((?:you)\)\s*$/i;

/** Names that are not people: Meet's placeholders and raw device ids [S]. */
export const JUNK_NAME_PATTERNS: readonly RegExp[] = [
  /spaces\//i,
  /devices\//i,
  /^google participant\b/i,
];

/** Hover labels that can leak into a tile's text ("Pin …", "More options for …") [S, 2026]. */
export const HOVER_LABEL_PATTERNS: readonly RegExp[] = [
  /^pin\s/i,
  /^unpin\s/i,
  /^more options for\s/i,
  /^reframe$/i,
  /^backgrounds and effects$/i,
  /^meeting host$/i,
];

/** Elements whose text is never page text: skipped when looking for the state texts. */
export const STATE_TEXT_SKIPPED_TAGS: readonly string[] = ['SCRIPT', 'STYLE', 'TEMPLATE'];
