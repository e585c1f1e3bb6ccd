import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../backup';
import { serializeBackup } from '../backup-serialize';
import { planRotation } from '../rotation';
import {
  WILLOW,
  WILLOW_REFLECTIONS,
  WILLOW_RETROSPECTIVES,
  WILLOW_ROUNDS,
  WILLOW_SERIES,
  WILLOW_SESSIONS,
} from './demo-history';
import { hostingLog, personKeyOf } from './log';

const DEMO = 'tests/fixtures/backups/demo.json';

describe('the demo crew with history', () => {
  it('is in demo.json, exactly as built here', () => {
    const result = parseBackup(readFileSync(DEMO, 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { backup } = result;
    expect(backup.crews.find((c) => c.id === WILLOW.id)).toEqual(WILLOW);
    expect(backup.series.filter((s) => s.crewId === WILLOW.id)).toEqual(WILLOW_SERIES);
    expect(backup.sessions.filter((s) => s.crewId === WILLOW.id)).toEqual(
      [...WILLOW_SESSIONS].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    expect(backup.rounds).toEqual(WILLOW_ROUNDS);
    expect(backup.reflections).toEqual(WILLOW_REFLECTIONS);
    expect(backup.retrospectives).toEqual(WILLOW_RETROSPECTIVES);
    expect(serializeBackup(backup)).toBe(readFileSync(DEMO, 'utf8'));
  });

  it('hosted its first series in rotation, the caller first, and carried the rotation on', () => {
    const first = WILLOW_SESSIONS.filter((s) => s.seriesId === 'willow-first');
    const planned = planRotation({
      crew: WILLOW,
      sessions: first.map((s) => ({
        ...s,
        status: 'planned' as const,
        hostId: undefined as never,
      })),
    });
    expect(first.map((s) => s.hostId)).toEqual([
      'w-ada',
      'w-femi',
      'w-gita',
      'w-hugo',
      'w-ada',
      'w-femi',
    ]);
    expect(planned.map((a) => a.hostId)).toEqual(first.map((s) => s.hostId));
    const second = WILLOW_SESSIONS.filter((s) => s.seriesId === 'willow-second');
    const plan = planRotation({ crew: WILLOW, sessions: second, opensWithId: 'w-gita' });
    const hosts = [
      ...second.filter((s) => s.status === 'held').map((s) => s.hostId),
      ...plan.map((a) => a.hostId),
    ];
    expect(hosts).toEqual(['w-gita', 'w-hugo', 'w-ada', 'w-femi', 'w-gita', 'w-hugo']);
  });

  it('gives Ada a log across both demo crews', () => {
    const log = hostingLog(personKeyOf({ name: 'Ada' }), {
      crews: [WILLOW],
      sessions: WILLOW_SESSIONS,
      rounds: WILLOW_ROUNDS,
    });
    expect(log.sessionsHosted).toBe(3);
    expect(log.roundsRun).toBe(2);
  });
});
