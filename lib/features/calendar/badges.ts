// The badge feature: every chip of a tagged event shows its crew, number and host. Chips are handed
// over once by watchChips (again when Calendar recycles the element for another event, which it
// does during the slide animation between weeks), in the observer callback of the page's change;
// each batch's chips are looked up in one message, known answers drawn in that same callback, so
// the badges are there before the new grid's first layout (calendar-decorate-frames).
import type { SessionBadge } from '../../core/calendar-session';
import {
  type ChipEvent,
  chipButton,
  chipEventStart,
  readChipEvent,
} from '../../sites/calendar/adapter';
import { watchChips } from '../../sites/calendar/chip-watch';
import { isChipViewUrl } from '../../sites/calendar/page-detect';
import { calendarSelectors, EVENT_ID_ATTRIBUTE } from '../../sites/calendar/selectors';
import type { PageFeature } from '../feature';
import type { CalendarBackend, ChipRef } from './backend';
import { chipRef } from './backend';
import { badgeText } from './badge-text';
import { BADGE_TAG, type BadgeView, badgeRenderer, TEXT_ATTRIBUTE } from './badge-view';

export interface CalendarDeps {
  backend: CalendarBackend;
}

/**
 * A chip's start is sent only when the page's times can be trusted to be in the browser's zone:
 * some recurring instance on the page shows exactly the start its id says. Otherwise (Calendar set
 * to another zone than the computer) sessions keep the start they have.
 */
function zoneAgrees(facts: readonly ChipEvent[]): boolean {
  return facts.some((fact) => {
    const original = fact.event.originalStart;
    return original !== undefined && original.length > 10 && chipEventStart(fact) === original;
  });
}

export function refsOf(facts: readonly ChipEvent[]): ChipRef[] {
  return facts.map((fact) => chipRef(fact.event, undefined));
}

/** Each chip's start, read from the page only when the backend asks (a tagged event's chip). */
function startsOf(facts: readonly ChipEvent[]): (eventId: string) => string | undefined {
  let byId: Map<string, ChipEvent> | null = null;
  const read = new Map<string, string | undefined>();
  return (eventId) => {
    if (read.has(eventId)) return read.get(eventId);
    byId ??= new Map(facts.map((fact) => [fact.event.eventId, fact]));
    const fact = byId.get(eventId);
    const start = fact ? chipEventStart(fact) : undefined;
    read.set(eventId, start);
    return start;
  };
}

export const badgeFeature: PageFeature<CalendarDeps> = {
  name: 'calendar-badges',
  include: isChipViewUrl,
  init(signal, { backend }) {
    const views = new WeakMap<Element, BadgeView>();
    const badges = badgeRenderer(document, signal);
    // Leaving the views with chips (or an update of Crewkit): every badge goes, in one query.
    signal.addEventListener(
      'abort',
      () => {
        for (const badge of document.querySelectorAll(BADGE_TAG)) badge.remove();
      },
      { once: true },
    );
    let pending: ChipEvent[] = [];
    let trusted = false;

    const forget = (element: Element, old = views.get(element)) => {
      if (!old) return;
      old.remove();
      views.delete(element);
    };

    /**
     * `current`: the chip's id was read in this same task, so it still shows that event; an
     * answer that comes later checks (the element may show another event by now, recycled).
     */
    const draw = (fact: ChipEvent, badge: SessionBadge | null | undefined, current: boolean) => {
      if (signal.aborted) return;
      if (!current && fact.element.getAttribute(EVENT_ID_ATTRIBUTE) !== fact.rawId) return;
      const old = views.get(fact.element);
      if (
        old &&
        badge &&
        old.host.getAttribute(TEXT_ATTRIBUTE) === badgeText(badge) &&
        old.host.isConnected
      )
        return;
      forget(fact.element, old);
      if (!badge) return;
      const view = badges.render(chipButton(fact.element), badge);
      views.set(fact.element, view);
    };

    const flush = () => {
      const facts = pending;
      pending = [];
      trusted ||= zoneAgrees(facts);
      const { known, later } = backend.badges(refsOf(facts), trusted ? startsOf(facts) : undefined);
      for (const fact of facts) {
        if (known.has(fact.event.eventId)) draw(fact, known.get(fact.event.eventId), true);
      }
      later
        ?.then((found) => {
          for (const fact of facts)
            if (found.has(fact.event.eventId)) draw(fact, found.get(fact.event.eventId), false);
        })
        .catch(() => {
          // The background is restarting: the next change or navigation asks again.
        });
    };

    /** A chip that may be a crew session's joins the batch; any other loses a badge it had. */
    const offer = (element: Element) => {
      const fact = backend.mayBeTagged(element.getAttribute(EVENT_ID_ATTRIBUTE) ?? '')
        ? readChipEvent(element)
        : null;
      if (fact) pending.push(fact);
      else forget(element);
    };
    const offerAll = (chips: Iterable<Element>) => {
      for (const element of chips) offer(element);
      if (pending.length > 0) flush();
    };

    watchChips(document, offerAll, signal);
    // Tags changed (here or in the options page): look up every chip on the page again.
    backend.onChange(
      () => offerAll(document.querySelectorAll(calendarSelectors.eventChip)),
      signal,
    );
  },
};
