import { describe, expect, it } from 'vitest';
import { fakeSyncDeps } from '../../tests/support/calendar-sync-deps';
import { encodeCalendarTag } from '../core/calendar-tag';
import { descriptionLineText } from './calendar-description';
import {
  calendarSyncStatus,
  queueSharedTag,
  runSync,
  setDescriptionLine,
  turnSyncOff,
  turnSyncOn,
} from './calendar-sync';

const AGENDA = 'Agenda: check-in, one round, check-out.';

describe('"Also write one line in the event description"', () => {
  it('words one event and a series', () => {
    expect(descriptionLineText({ crew: 'Tuesday Crew', number: 3, of: 6, host: 'Chiara' })).toBe(
      'Crewkit: Tuesday Crew · session 3 of 6 · Chiara hosts',
    );
    expect(descriptionLineText({ crew: 'Tuesday Crew', number: 2 })).toBe(
      'Crewkit: Tuesday Crew · session 2',
    );
    expect(
      descriptionLineText({
        crew: 'Tuesday Crew',
        of: 3,
        instances: {
          '20261215T180000Z': { number: 2, host: 'Ben' },
          '20261208T180000Z': { number: 1, host: 'Chiara' },
          '20261222T180000Z': { number: 3 },
        },
      }),
    ).toBe('Crewkit: Tuesday Crew · 3 sessions · hosts in turn: Chiara, Ben');
  });

  it('is off by default, and once on writes the line with the tag and survives sync off/on', async () => {
    const { deps, api } = fakeSyncDeps();
    api.seed('primary', { id: 'ev1', summary: 'Crew call', description: AGENDA });
    expect((await calendarSyncStatus(deps)).descriptionLine).toBe(false);
    await turnSyncOn(deps);
    await queueSharedTag(deps, {
      eventId: 'ev1',
      desired: encodeCalendarTag({ crew: 'Tuesday Crew', number: 1, of: 6, host: 'Ana' }),
    });
    expect(api.event('primary', 'ev1')?.description).toBe(AGENDA);

    expect((await setDescriptionLine(deps, true)).descriptionLine).toBe(true);
    const before = api.requests.length;
    await queueSharedTag(deps, {
      eventId: 'ev1',
      desired: encodeCalendarTag({ crew: 'Tuesday Crew', number: 1, of: 6, host: 'Chiara' }),
    });
    // Still one request to tag: the line rides in the same patch.
    expect(api.requests.slice(before).map((r) => r.method)).toEqual(['PATCH']);
    expect(api.event('primary', 'ev1')?.description).toBe(
      `${AGENDA}\n\nCrewkit: Tuesday Crew · session 1 of 6 · Chiara hosts`,
    );
    await runSync(deps);
    await turnSyncOff(deps);
    expect((await turnSyncOn(deps)).descriptionLine).toBe(true);

    await queueSharedTag(deps, { eventId: 'ev1', desired: {} });
    expect(api.event('primary', 'ev1')?.description).toBe(AGENDA);
  });
});
