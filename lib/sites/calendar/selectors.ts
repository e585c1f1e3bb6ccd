// Every selector the Calendar adapter relies on, in one place (CONVENTIONS.md 3). Facts and tags
// come from docs/calendar-page.md ("Event chips", "Structure of the page, from real
// captures"); dates say when the structure was last seen. Only roles, ids and data-* attributes:
// no generated class names, no page text, so any UI language reads the same.
// tests/sites/calendar-selectors.test.ts counts each selector's matches on every fixture in
// tests/fixtures/pages/calendar/.

export const calendarSelectors = {
  /**
   * The grid's region; extensions watch it (and its parent, since `main` itself is re-created
   * on navigation) ("Views and navigation" [W], seen 2026-10).
   */
  main: '[role="main"]',
  /**
   * An event chip in every view: `[data-eventid][data-eventchip]`. Week/day timed chips carry
   * both on the role=button element; all-day, month and schedule chips on an outer container
   * ("Event chips" [W], "All-day events and month view" [S], seen 2026-10). The resize handle
   * repeats `data-eventid` without `data-eventchip`, so it is not counted.
   */
  eventChip: '[data-eventid][data-eventchip]',
  /** The chip's button: the chip itself (timed, week/day) or an inner element (seen 2026-10). */
  chipButton: '[role="button"]',
  /** The visible title and time, hidden from screen readers ("Event chips" [S], seen 2026-10). */
  chipVisible: '[aria-hidden="true"]',
  /**
   * Day columns of week, day and custom-days views, and schedule days: `data-datekey` =
   * ((year - 1970) << 9) | (month << 5) | day ("Week/day view" [S], seen 2026-10).
   */
  dateKeyed: '[data-datekey]',
  /**
   * The month grid; its cells (`[role=gridcell]`) run from `data-start-date-key` in day order
   * ("All-day events and month view" [S], Italian capture 2024, seen 2026-10).
   */
  monthGrid: '[role="grid"][data-start-date-key]',
  gridCell: '[role="gridcell"]',
  /**
   * For site health only (./health.ts): what looks like an event chip even if Calendar renamed
   * the chip attribute: one of the chip's attributes, or a button in a week or day column (those
   * columns hold nothing else that is a button; "Week/day view" [S], seen 2026-10).
   */
  chipLike:
    '[data-eventid],[data-eventchip],[data-opens-details],[data-column-index] [role="button"]',
  /** The event details popup ("Event details popup (2026)" [W], seen 2026). */
  detailsDialog: '#xDetDlg[data-eventid]',
  /** The popup whatever its attributes, to notice one whose event id went missing (seen 2026). */
  anyDetailsDialog: '#xDetDlg',
  /** Its date and time block, under which Crewkit's actions go (seen 2026). */
  dialogWhen: '#xDetDlgWhen',
  /** The Meet row: loaded a moment after the dialog, never assumed present (seen 2026). */
  dialogVideo: '#xDetDlgVideo',
  /** The Meet join link, whose path is the meeting code (seen 2026). */
  dialogMeetLink: '#xDetDlgVideo a[href^="https://meet.google.com/"]',
} as const;

export type CalendarSelectorName = keyof typeof calendarSelectors;

/** The attribute that says which event a chip shows; the page recycles chips for other events. */
export const EVENT_ID_ATTRIBUTE = 'data-eventid';
/** The body's view key, for the default view at a bare `/r` URL ("Views and navigation" [S]). */
export const VIEW_KEY_ATTRIBUTE = 'data-viewkey';
