import { describe, expect, it } from 'vitest';
import {
  decodeCalendarTag,
  encodeCalendarTag,
  instanceStartKey,
  instanceStartOf,
  sessionTagFor,
  tagPatch,
} from './calendar-tag';

describe('calendar tag', () => {
  it('writes a single session as four short keys', () => {
    expect(encodeCalendarTag({ crew: 'Tuesday Crew', number: 3, of: 6, host: 'Chiara' })).toEqual({
      'ck1.crew': 'Tuesday Crew',
      'ck1.n': '3',
      'ck1.of': '6',
      'ck1.host': 'Chiara',
    });
  });

  it('writes a series with one key per instance, found again by each instance id', () => {
    const shared = encodeCalendarTag({
      crew: 'Tuesday Crew',
      of: 6,
      instances: {
        [instanceStartKey('2026-12-08T18:00:00.000Z')]: { number: 1, host: 'Ana' },
        [instanceStartKey('2026-12-15T18:00:00.000Z')]: { number: 2, host: 'Chiara Rossi' },
      },
    });
    expect(shared['ck1.i.20261215T180000Z']).toBe('2 Chiara Rossi');
    const tag = decodeCalendarTag(shared);
    expect(tag && sessionTagFor(tag, instanceStartOf('abc123_20261215T180000Z'))).toEqual({
      crew: 'Tuesday Crew',
      of: 6,
      number: 2,
      host: 'Chiara Rossi',
    });
    // An instance the series has no entry for still shows the crew, without a made-up number.
    expect(tag && sessionTagFor(tag, '20261222T180000Z')).toEqual({ crew: 'Tuesday Crew', of: 6 });
  });

  it("an edited instance's own number wins over the series entry it inherited", () => {
    const tag = decodeCalendarTag({
      'ck1.crew': 'Tuesday Crew',
      'ck1.i.20261215T180000Z': '2 Ana',
      'ck1.n': '4',
      'ck1.host': 'Bo',
    });
    expect(tag && sessionTagFor(tag, '20261215T180000Z')).toEqual({
      crew: 'Tuesday Crew',
      number: 4,
      host: 'Bo',
    });
  });

  it('keeps markup from a crewmate as plain text and drops wrong types and huge values', () => {
    expect(
      decodeCalendarTag({
        'ck1.crew': '<img src=x onerror=alert(1)>',
        'ck1.n': 3,
        'ck1.of': '6',
        'ck1.host': 'x'.repeat(5000),
        'ck1.i.not-a-date': '1 Ana',
      }),
    ).toEqual({ crew: '<img src=x onerror=alert(1)>', of: 6 });
    expect(decodeCalendarTag({ 'ck1.crew': ['Tuesday'] })).toBeUndefined();
    expect(decodeCalendarTag({ 'ck1.crew': '   ' })).toBeUndefined();
    expect(decodeCalendarTag('ck1.crew=Tuesday')).toBeUndefined();
    expect(decodeCalendarTag(null)).toBeUndefined();
    expect(decodeCalendarTag({ 'ck2.crew': 'From a newer Crewkit' })).toBeUndefined();
  });

  it('drops a number larger than the planned count, and control characters', () => {
    expect(
      decodeCalendarTag({ 'ck1.crew': 'Crew\u202e\u0007 One', 'ck1.n': '7', 'ck1.of': '6' }),
    ).toEqual({ crew: 'Crew One', number: 7 });
  });

  it('cuts long names by code point, never in the middle of an emoji', () => {
    const shared = encodeCalendarTag({ crew: '🌱'.repeat(300) });
    expect(Array.from(shared['ck1.crew'] ?? '')).toHaveLength(200);
    expect(shared['ck1.crew']?.endsWith('🌱')).toBe(true);
  });

  it('removing a tag deletes only our keys; an unchanged tag needs no write', () => {
    const current = { 'ck1.crew': 'Tuesday Crew', 'ck1.n': '3', 'other.ext': 'kept' };
    expect(tagPatch(current, undefined)).toEqual({ 'ck1.crew': null, 'ck1.n': null });
    expect(tagPatch(current, { crew: 'Tuesday Crew', number: 3 })).toEqual({});
    expect(tagPatch(current, { crew: 'Tuesday Crew', number: 4, host: 'Ana' })).toEqual({
      'ck1.n': '4',
      'ck1.host': 'Ana',
    });
  });

  it('reads the instance key from recurring ids, timed and all-day, and nothing else', () => {
    expect(instanceStartOf('7hq2_20261208T180000Z')).toBe('20261208T180000Z');
    expect(instanceStartOf('7hq2_20261208')).toBe('20261208');
    expect(instanceStartOf('7hq2')).toBeUndefined();
    expect(instanceStartOf('tasks_x')).toBeUndefined();
  });
});
