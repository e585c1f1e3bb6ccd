// Google Calendar's page as plain facts: the visible event chips and the open details dialog
// (docs/calendar-page.md; selectors in ./selectors.ts). Reading never changes the page.
import { parseMeetingLink } from '../../core/meeting-link';
import { chipDay, chipTime } from './chip-time';
import { decodeEventChipId, type EventChipId } from './event-id';
import { calendarSelectors as sel } from './selectors';

export interface ChipFact {
  /** The `[data-eventid][data-eventchip]` element. */
  element: Element;
  /** Where a badge goes: the chip's button (the chip itself, or inside it). */
  button: Element;
  event: EventChipId;
  /** The raw attribute, to notice when the page recycles the element for another event. */
  rawId: string;
  /** The local day the chip sits on (`YYYY-MM-DD`), when the view says. */
  day?: string;
  /** The local start time shown (`HH:MM`), absent for all-day chips. */
  time?: string;
}

export interface DialogFact {
  element: Element;
  event: EventChipId;
  /** Where Crewkit's actions go: after the date and time block. */
  anchor: Element;
  /** False until the Meet row has loaded (it comes a moment after the dialog). */
  videoLoaded: boolean;
  meetCode?: string;
}

/** A chip's event only: what a page of chips costs to scan (no layout, no text read). */
export type ChipEvent = Pick<ChipFact, 'element' | 'event' | 'rawId'>;

/** The chip's event, or null for tasks, reminders and ids that do not decode. */
export function readChipEvent(element: Element): ChipEvent | null {
  const rawId = element.getAttribute('data-eventid') ?? '';
  const event = decodeEventChipId(rawId);
  return event ? { element, event, rawId } : null;
}

/** Where a badge goes: the chip's button, the chip itself or inside it. */
export function chipButton(element: Element): Element {
  return element.matches(sel.chipButton)
    ? element
    : (element.querySelector(sel.chipButton) ?? element);
}

/** One chip as a fact, or null for tasks, reminders and ids that do not decode. */
export function readChip(element: Element): ChipFact | null {
  const chip = readChipEvent(element);
  if (!chip) return null;
  const day = chipDay(element);
  const time = chipTime(element);
  return {
    ...chip,
    button: chipButton(element),
    ...(day !== undefined ? { day } : {}),
    ...(time !== undefined ? { time } : {}),
  };
}

/** Every event chip under `root`, once per element (the slide animation may show an event twice). */
export function readChips(root: ParentNode): ChipFact[] {
  const facts: ChipFact[] = [];
  for (const element of root.querySelectorAll(sel.eventChip)) {
    const fact = readChip(element);
    if (fact) facts.push(fact);
  }
  return facts;
}

/** The chip's start in the user's zone, as an ISO time: the page shows local days and times. */
export function chipStartIso(fact: Pick<ChipFact, 'day' | 'time' | 'event'>): string | undefined {
  if (fact.day !== undefined) {
    const [y, m, d] = fact.day.split('-').map(Number) as [number, number, number];
    const [hh, mm] = (fact.time ?? '00:00').split(':').map(Number) as [number, number];
    return new Date(y, m - 1, d, hh, mm).toISOString();
  }
  const original = fact.event.originalStart;
  if (original === undefined) return undefined;
  if (original.length > 10) return original;
  const [y, m, d] = original.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

/**
 * A chip's start from the page (its day and shown time), read only when asked: reading the
 * visible time is a text read and a regular expression per chip, which a view of 300 chips
 * should pay only for the few that are crew sessions.
 */
export function chipEventStart(chip: ChipEvent): string | undefined {
  const day = chipDay(chip.element);
  const time = chipTime(chip.element);
  return chipStartIso({
    event: chip.event,
    ...(day !== undefined ? { day } : {}),
    ...(time !== undefined ? { time } : {}),
  });
}

/** `2:["<eventId>","<calendar>"...` in the dialog's jslog, a second source for its event. */
const JSLOG_EVENT = /2:\["([^"\s]{1,1024})","([^"\s@]{1,256}@[^"\s]{1,256})"/;

function dialogEvent(element: Element): EventChipId | null {
  const decoded = decodeEventChipId(element.getAttribute('data-eventid'));
  if (decoded) return decoded;
  const match = JSLOG_EVENT.exec(element.getAttribute('jslog') ?? '');
  if (!match) return null;
  return decodeEventChipId(btoa(`${match[1]} ${match[2]}`));
}

/** The open details dialog as a fact, or null when none is open or its event does not decode. */
export function readDialog(root: ParentNode): DialogFact | null {
  const element = root.querySelector(sel.detailsDialog);
  if (!element) return null;
  const event = dialogEvent(element);
  if (!event) return null;
  const video = element.querySelector(sel.dialogVideo);
  const href = element.querySelector(sel.dialogMeetLink)?.getAttribute('href') ?? '';
  const link = href ? parseMeetingLink(href) : null;
  return {
    element,
    event,
    anchor: element.querySelector(sel.dialogWhen) ?? element,
    videoLoaded: video !== null,
    ...(link?.kind === 'meet' ? { meetCode: link.code } : {}),
  };
}

/** The chip on the page showing the dialog's event, to read its day and time. */
export function chipOfEvent(root: ParentNode, eventId: string): ChipFact | null {
  for (const element of root.querySelectorAll(sel.eventChip)) {
    const fact = readChip(element);
    if (fact?.event.eventId === eventId) return fact;
  }
  return null;
}
