import { describe, expect, test } from 'vitest';
import { decodeEventChipId, encodeEventChipId } from '../../lib/sites/calendar/event-id';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('decodeEventChipId (docs/calendar-page.md "Event chips", seen 2026-10)', () => {
  test('a single event on a primary calendar: "@m" is @gmail.com', () => {
    expect(decodeEventChipId('M2tkOXZtZTBsMnA3YjRxMXM4dDZ1NXcweHkgYWxleC5yaXZlcmFAbQ==')).toEqual({
      eventId: '3kd9vme0l2p7b4q1s8t6u5w0xy',
      calendarId: 'alex.rivera@gmail.com',
    });
  });

  test('a group calendar: "@g" is @group.calendar.google.com; other refs stay as they are', () => {
    expect(decodeEventChipId(b64('0fj4nq8r2s6t1u3v5w7x9yzab1 team.offsite@g'))?.calendarId).toBe(
      'team.offsite@group.calendar.google.com',
    );
    expect(decodeEventChipId(b64('abc123 someone@example.org'))?.calendarId).toBe(
      'someone@example.org',
    );
  });

  test('a recurring instance: the series id and the instance start as scheduled', () => {
    expect(
      decodeEventChipId(b64('7hq2lmv0c8sd3bqk1a2b3c4d5e_20261124T180000Z alex.rivera@m')),
    ).toEqual({
      eventId: '7hq2lmv0c8sd3bqk1a2b3c4d5e_20261124T180000Z',
      calendarId: 'alex.rivera@gmail.com',
      recurringEventId: '7hq2lmv0c8sd3bqk1a2b3c4d5e',
      originalStart: '2026-11-24T18:00:00.000Z',
    });
  });

  test('an all-day recurring instance carries a date only', () => {
    const id = decodeEventChipId(b64('seriesabc_20261204 alex.rivera@m'));
    expect(id?.recurringEventId).toBe('seriesabc');
    expect(id?.originalStart).toBe('2026-12-04');
  });

  test('an underscore that is no instance suffix keeps the id whole', () => {
    const id = decodeEventChipId(b64('imported_event_uid alex.rivera@m'));
    expect(id).toEqual({ eventId: 'imported_event_uid', calendarId: 'alex.rivera@gmail.com' });
    expect(decodeEventChipId(b64('x_20261399T180000Z a@m'))?.recurringEventId).toBeUndefined();
  });

  test('base64url (the edit page form) decodes too, and unpadded', () => {
    const url = b64('ab?c>d a@m').replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
    // "ab?c>d" is no valid event id: refused, without an error
    expect(decodeEventChipId(url)).toBeNull();
    const plain = b64('eventid123 a@m').replace(/=+$/, '');
    expect(decodeEventChipId(plain)?.eventId).toBe('eventid123');
  });

  test.each([
    ['a task', 'tasks.Zm9vYmFy'],
    ['a reminder', 'ttb_MTIzNDU2'],
    [
      'an appointment slot (does not decode to "<id> <calendar>")',
      'YXBwb2ludG1lbnQtc2xvdHMtb3Blbg',
    ],
    ['not base64', '!!not base64!!'],
    ['empty', ''],
    ['null', null],
    ['three parts', b64('a b c@m')],
    ['no calendar', b64('eventonly')],
    ['a calendar without @', b64('event calendar')],
    ['a task id inside base64', b64('tasks_abc a@m')],
    ['binary garbage', b64('\u0000\u0001 \u0002@\u0003')],
    ['huge', 'A'.repeat(10_000)],
  ])('%s is skipped without an error', (_what, attribute) => {
    expect(() => decodeEventChipId(attribute)).not.toThrow();
    expect(decodeEventChipId(attribute)).toBeNull();
  });

  test('encode is the inverse', () => {
    expect(decodeEventChipId(encodeEventChipId('evt1', 'crew@g'))).toEqual({
      eventId: 'evt1',
      calendarId: 'crew@group.calendar.google.com',
    });
  });
});
