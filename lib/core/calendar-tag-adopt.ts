// A crewmate's Crewkit found a shared tag for a crew it does not know: the crews it can adopt,
// and the crew an adoption creates (members from the event's attendees, the organizer as the
// caller). Pure. Attendee names and e-mails come from other people's events: they pass the same
// validation as a crew typed in the options page, and anything it refuses is left out.
import { decodeCalendarTag, sessionTagFor } from './calendar-tag';
import { type CrewDraft, MEMBER_NAME_MAX, nameKey, validateCrewDraft } from './crew';
import { type Crew, type Id, MAX_MEMBERS, MIN_MEMBERS } from './model';

export interface TaggedEventFacts {
  eventId: string;
  tagKeys: Record<string, string>;
  start?: string;
  attendees?: { email: string; name?: string }[];
  organizer?: string;
  durationMinutes?: number;
}

export interface SharedCrew {
  /** The crew's name as the tag carries it (plain text). */
  name: string;
  /** The event an adoption reads its members from (the latest tagged one). */
  eventId: string;
  people: { email: string; name?: string }[];
  plannedSessions?: number;
}

/** Crews found in shared tags that no local crew carries the name of, latest event first. */
export function sharedCrewsToAdopt(
  events: TaggedEventFacts[],
  localCrewNames: string[],
): SharedCrew[] {
  const known = new Set(localCrewNames.map(nameKey));
  const found = new Map<string, SharedCrew & { start: string }>();
  for (const event of events) {
    const tag = decodeCalendarTag(event.tagKeys);
    if (!tag || known.has(nameKey(tag.crew))) continue;
    const key = nameKey(tag.crew);
    const start = event.start ?? '';
    const previous = found.get(key);
    if (previous && previous.start >= start) continue;
    found.set(key, {
      name: tag.crew,
      eventId: event.eventId,
      people: event.attendees ?? [],
      start,
      ...(tag.of === undefined ? {} : { plannedSessions: tag.of }),
    });
  }
  return [...found.values()].map(({ start: _start, ...crew }) => crew);
}

const nameFromEmail = (email: string) =>
  email
    .split('@')[0]
    ?.replace(/[._-]+/g, ' ')
    .trim() || email;

/** The crew an adoption stores, or undefined when the event has too few people for a crew. */
export function adoptedCrew(
  event: TaggedEventFacts,
  context: { now: string; makeId: () => Id },
): Crew | undefined {
  const tag = decodeCalendarTag(event.tagKeys);
  if (!tag) return undefined;
  const seen = new Set<string>();
  const members = (event.attendees ?? [])
    .filter((person) => !seen.has(person.email) && seen.add(person.email))
    .slice(0, MAX_MEMBERS)
    .map((person) => ({
      id: context.makeId(),
      name: Array.from(person.name?.trim() || nameFromEmail(person.email))
        .slice(0, MEMBER_NAME_MAX)
        .join(''),
      email: person.email,
    }));
  if (members.length < MIN_MEMBERS) return undefined;
  const caller = members.find((m) => m.email === event.organizer) ?? members[0];
  const draft: CrewDraft = {
    name: Array.from(tag.crew).slice(0, 80).join(''),
    members,
    ...(caller ? { callerId: caller.id } : {}),
    rhythm: { kind: 'weekly', durationMinutes: event.durationMinutes ?? 60 },
  };
  const result = validateCrewDraft(draft, context);
  return result.ok ? result.crew : undefined;
}

/** The badge facts of a shared tag for one event (its own tag, or its series'). */
export function sharedSessionOf(
  series: TaggedEventFacts | undefined,
  own: TaggedEventFacts | undefined,
  instanceStart: string | undefined,
) {
  for (const candidate of [own, series]) {
    const tag = candidate && decodeCalendarTag(candidate.tagKeys);
    if (tag) return sessionTagFor(tag, instanceStart);
  }
  return undefined;
}
