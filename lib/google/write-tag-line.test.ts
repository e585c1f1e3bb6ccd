// The optional description line goes into the tag's one patch (`calendar-sync-requests-tag`
// stays 1), keeps the owner's description byte for byte, and follows the tag through a 412.
import { describe, expect, it } from 'vitest';
import { CALENDAR, createCalendarKit } from '../../tests/support/calendar-kit';
import { LINE_KEY } from '../core/calendar-description-line';
import { type CalendarTag, encodeCalendarTag } from '../core/calendar-tag';
import { syncCalendar } from './sync';
import { type DescriptionLine, writeTag } from './write-tag';

const ORIGINAL = '<p>Agenda: check-in, <b>rounds</b></p>\n\nCrewkit: typed by Chiara\n';
const tuesday = (number: number, host: string) =>
  encodeCalendarTag({ crew: 'Tuesday Crew', number, of: 6, host });
const words = (tag: CalendarTag) =>
  `Crewkit: ${tag.crew} · session ${tag.number} of ${tag.of} · ${tag.host} hosts`;
const ON: DescriptionLine = { add: true, text: words };
const OFF: DescriptionLine = { add: false, text: words };

async function syncedKit(description: string | undefined = ORIGINAL) {
  const kit = createCalendarKit();
  kit.api.seed(CALENDAR, {
    id: 'ev1',
    summary: 'Crew call',
    ...(description === undefined ? {} : { description }),
  });
  await syncCalendar(kit.client, kit.syncStore, CALENDAR);
  kit.takeRequests();
  const write = (desired: Record<string, string>, line = ON) =>
    writeTag(
      kit.client,
      kit.syncStore,
      { calendarId: CALENDAR, eventId: 'ev1', desired, at: kit.clock.now() },
      {},
      line,
    );
  const event = () => kit.api.event(CALENDAR, 'ev1');
  return { kit, write, event };
}

describe('the description line in the tag write', () => {
  it('tags with one patch that carries the line; re-tag replaces it; untag restores the text', async () => {
    const { kit, write, event } = await syncedKit();
    await write(tuesday(3, 'Chiara'));
    expect(kit.takeRequests().map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 200']);
    const line3 = 'Crewkit: Tuesday Crew · session 3 of 6 · Chiara hosts';
    expect(event()?.description).toBe(`${ORIGINAL}\n\n${line3}`);
    expect(event()?.extendedProperties?.shared?.[LINE_KEY]).toBe(line3);

    await write(tuesday(3, 'Ana'));
    expect(kit.takeRequests()).toHaveLength(1);
    expect(event()?.description).toBe(
      `${ORIGINAL}\n\nCrewkit: Tuesday Crew · session 3 of 6 · Ana hosts`,
    );

    await write({});
    expect(kit.takeRequests()).toHaveLength(1);
    expect(event()?.description).toBe(ORIGINAL);
    expect(event()?.extendedProperties?.shared ?? {}).toEqual({});
  });

  it('off by default: the patch has no description at all', async () => {
    const { kit, write, event } = await syncedKit();
    await write(tuesday(3, 'Chiara'), OFF);
    expect(kit.takeRequests()).toHaveLength(1);
    expect(event()?.description).toBe(ORIGINAL);
    expect(event()?.extendedProperties?.shared?.[LINE_KEY]).toBeUndefined();
  });

  it('on 412 writes the line into the description as the other person left it', async () => {
    const { kit, write, event } = await syncedKit();
    const theirs = `${ORIGINAL}Bring a candle.`;
    kit.api.editAsSomeoneElse(CALENDAR, 'ev1', (e) => ({ ...e, description: theirs }));
    await write(tuesday(3, 'Chiara'));
    expect(kit.takeRequests().map((r) => `${r.method} ${r.status}`)).toEqual([
      'PATCH 412',
      'GET 200',
      'PATCH 200',
    ]);
    expect(event()?.description).toBe(
      `${theirs}\n\nCrewkit: Tuesday Crew · session 3 of 6 · Chiara hosts`,
    );
    await write({});
    expect(event()?.description).toBe(theirs);
  });

  it('a re-tag to the same tag writes nothing', async () => {
    const { kit, write } = await syncedKit(undefined);
    await write(tuesday(2, 'Ben'));
    kit.takeRequests();
    const again = await write(tuesday(2, 'Ben'));
    expect(again.outcome).toBe('unchanged');
    expect(kit.takeRequests()).toHaveLength(0);
  });

  it('leaves a description over the limit untouched', async () => {
    const huge = 'z'.repeat(100_001);
    const { write, event } = await syncedKit(huge);
    await write(tuesday(3, 'Chiara'));
    expect(event()?.description).toBe(huge);
    expect(event()?.extendedProperties?.shared?.['ck1.crew']).toBe('Tuesday Crew');
  });
});
