// A crew of four living a starter series, for the pathway's tests (not shipped).
import { type Crew, SCHEMA_VERSION, type Series, type Session } from '../model';
import { STARTER_SERIES } from '../starter-series';

export const WEEK_MS = 7 * 86_400_000;
export const FIRST = '2026-10-06T17:30:00.000Z';

export function crewOfFour(id = 'harbour', names = ['Noor', 'Tomás', 'Ines', 'Kwame']): Crew {
  return {
    v: SCHEMA_VERSION,
    id,
    name: `${id[0]?.toUpperCase()}${id.slice(1)} Crew`,
    members: names.map((name, i) => ({
      id: `${id}-m${i + 1}`,
      name,
      joinedAt: '2026-09-29T09:00:00.000Z',
    })),
    callerId: `${id}-m1`,
    rhythm: { kind: 'weekly', durationMinutes: 60 },
    roles: ['timekeeper'],
    agreements: ['Stories stay here.'],
    deckIds: [],
    createdAt: '2026-09-29T09:00:00.000Z',
  };
}

export function starterSeries(crew: Crew, startsAt = FIRST): Series {
  return {
    v: SCHEMA_VERSION,
    id: `${crew.id}-s1`,
    crewId: crew.id,
    title: STARTER_SERIES.title,
    plannedSessions: 6,
    templateId: STARTER_SERIES.id,
    startsAt,
    createdAt: '2026-09-29T09:00:00.000Z',
  };
}

/** Six sessions; `held` gives the host (and optionally timekeeper and who was away) per index. */
export function sessionsOf(
  crew: Crew,
  series: Series,
  held: { hostIndex: number; timekeeperIndex?: number; awayIndex?: number }[],
): Session[] {
  return Array.from({ length: 6 }, (_, i) => {
    const h = held[i];
    const base: Session = {
      v: SCHEMA_VERSION,
      id: `${series.id}-${i + 1}`,
      crewId: crew.id,
      seriesId: series.id,
      index: i + 1,
      startsAt: new Date(Date.parse(series.startsAt) + i * WEEK_MS).toISOString(),
      status: 'planned',
      awayIds: [],
    };
    if (h === undefined) return base;
    const id = (n: number) => crew.members[n]?.id ?? '';
    const away = h.awayIndex === undefined ? [] : [id(h.awayIndex)];
    return {
      ...base,
      status: 'held',
      hostId: id(h.hostIndex),
      awayIds: away,
      presentIds: crew.members.map((m) => m.id).filter((m) => !away.includes(m)),
      ...(h.timekeeperIndex === undefined
        ? {}
        : { roleHolders: { timekeeper: id(h.timekeeperIndex) } }),
    };
  });
}
