// A large, realistic store for benchmarks: many crews, each with years of series and sessions.

import type { Backup } from '../../lib/core/backup';
import { serializeBackup } from '../../lib/core/backup-serialize';
import {
  type Crew,
  DEFAULT_SETTINGS,
  SCHEMA_VERSION,
  type Series,
  type Session,
} from '../../lib/core/model';

const NAMES = ['Ada', 'Bashir', 'Chiara', 'Dmitri', 'Eun-ji', 'Femi', 'Gita'];
const WEEK = 7 * 24 * 3600_000;
const START = Date.UTC(2022, 0, 4, 18);

/** `crews` crews sharing `sessions` sessions, in series of 10; the last series is still planned. */
export function largeBackup(crews: number, sessions: number): string {
  const perCrew = Math.floor(sessions / crews);
  const backup: Backup = {
    format: 'crewkit-backup',
    version: 1,
    exportedAt: new Date(START).toISOString(),
    crews: [],
    series: [],
    sessions: [],
    rounds: [],
    decks: [],
    promptUsage: [],
    reflections: [],
    retrospectives: [],
    settings: { ...DEFAULT_SETTINGS },
  };
  for (let c = 0; c < crews; c++) {
    const crewId = `crew-${String(c).padStart(3, '0')}`;
    const size = 4 + (c % 3);
    const members = NAMES.slice(0, size).map((name, i) => ({
      id: `${crewId}-m${i}`,
      name,
      joinedAt: new Date(START - WEEK).toISOString(),
    }));
    const crew: Crew = {
      v: SCHEMA_VERSION,
      id: crewId,
      name: `Crew ${String(c).padStart(3, '0')}`,
      members,
      callerId: members[0]?.id ?? '',
      rhythm: { kind: 'weekly', durationMinutes: 60 },
      roles: ['timekeeper'],
      agreements: ['What is said here stays here'],
      deckIds: [],
      createdAt: new Date(START - WEEK).toISOString(),
    };
    backup.crews.push(crew);
    const seriesCount = Math.ceil(perCrew / 10);
    for (let s = 0; s < seriesCount; s++) {
      const series: Series = {
        v: SCHEMA_VERSION,
        id: `${crewId}-series${s}`,
        crewId,
        title: `Series ${s + 1}`,
        plannedSessions: 10,
        startsAt: new Date(START + s * 10 * WEEK).toISOString(),
        createdAt: new Date(START + s * 10 * WEEK - WEEK).toISOString(),
      };
      backup.series.push(series);
      for (let i = 0; i < 10 && s * 10 + i < perCrew; i++) {
        const last = s === seriesCount - 1;
        const session: Session = {
          v: SCHEMA_VERSION,
          id: `${crewId}-s${s * 10 + i}`,
          crewId,
          seriesId: series.id,
          index: i + 1,
          startsAt: new Date(START + (s * 10 + i) * WEEK).toISOString(),
          status: last ? 'planned' : 'held',
          awayIds: [],
          ...(last
            ? {}
            : { hostId: members[i % size]?.id ?? '', presentIds: members.map((m) => m.id) }),
        };
        backup.sessions.push(session);
      }
    }
  }
  return serializeBackup(backup);
}
