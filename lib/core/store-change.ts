// What a committed store write changed, as the store announces it (lib/store/changes.ts) and the
// background relays it to content scripts (lib/messaging/protocol.ts `bg:storeChanged`).

export interface StoreChange {
  /**
   * Record kinds written: 'crew', 'series', 'session', 'round', 'deck', 'usage', 'settings'; and
   * 'calendar-sync' when a sync changed the calendar's tag index (lib/background/calendar-sync-browser.ts).
   */
  kinds: string[];
  /** Crews whose records changed; empty for settings or rounds without a crew. */
  crewIds: string[];
}
