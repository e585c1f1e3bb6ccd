// Calendar events as crew sessions, in local mode (no Google sign-in): the rules for tagging an
// event (or a whole recurring series, once), numbering, hosts and what the event makes true.
// Pure: the background reads the crew's records, applies these, and writes what they return.
// This file gathers them; each part lives in its own small module.
//
// - The event is the session's truth: its start (read in the user's zone, so a daylight-saving
//   change no longer shifts a session by an hour) and its Meet code, by which the call panel knows
//   the session, also for crews without a standing link.
// - A tag attaches the event to the nearest untagged planned session of the crew's current series
//   (within half the rhythm's step), so the crew's plan and the calendar agree; with none near and
//   room in the series, a session is added. A full series is never changed behind the user's back:
//   the dialog asks whether the series grows by one or the next series starts (that one only for
//   an event after the series' end), since a longer series is a decision for the crew, not a side
//   effect of a click.
// - A recurring event is tagged once: its other instances are attached as they are seen, as long
//   as the series has room.
// - Numbers follow start times: a moved, skipped or cancelled session renumbers what follows, and
//   the rotation (lib/core/rotation.ts) follows the numbers: it plans crew sessions only, so the
//   host planned for a skipped session hosts the next one.
// - "Remove tag" undoes what the tag did; a held session is never deleted.
export { type CalendarEvent, refOf, type SeenInstance } from './calendar-event';
export {
  badgeReader,
  type SessionBadge,
  sessionBadge,
  sessionForMeetCode,
} from './calendar-session-badge';
export {
  applyWrites,
  type CalendarWrites,
  type CrewBook,
  renumber,
  seriesForEvent,
  seriesOfRecurringEvent,
  sessionOfEvent,
} from './calendar-session-book';
export {
  cancelInstance,
  changeHost,
  moveSession,
  skipSession,
  undoSkip,
} from './calendar-session-status';
export {
  adoptInstance,
  type BeyondChoice,
  removeTag,
  type TagPlan,
  tagEvent,
  tagPlan,
} from './calendar-session-tag';
