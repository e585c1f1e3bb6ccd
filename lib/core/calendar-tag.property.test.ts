// Property tests for the shared tag: what we write always fits Google's limits and reads back as
// the same tag; whatever someone else's event holds, reading it never throws and never yields
// more than plain, bounded text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarTag,
  decodeCalendarTag,
  encodeCalendarTag,
  MAX_CREW_NAME,
  MAX_HOST,
  MAX_KEY_LENGTH,
  MAX_VALUE_LENGTH,
  normalizeTag,
  tagPatch,
} from './calendar-tag';

const RUNS = { numRuns: 400 };

const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 1500 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'Tuesday Crew', 'Chiara', 'ana@example.org'),
);
const startKey = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
  .chain((d) =>
    fc.constantFrom(
      `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`,
      d.toISOString().slice(0, 10).replace(/-/g, ''),
    ),
  );
const tagArb: fc.Arbitrary<CalendarTag> = fc.record(
  {
    crew: anyText,
    number: fc.integer({ min: -5, max: 1200 }),
    of: fc.integer({ min: -5, max: 1200 }),
    host: anyText,
    instances: fc.dictionary(
      startKey,
      fc.record(
        { number: fc.integer({ min: 0, max: 60 }), host: anyText },
        { requiredKeys: ['number'] },
      ),
      { maxKeys: 30 },
    ),
  },
  { requiredKeys: ['crew'] },
);

// Anything JSON can carry, biased toward our own keys so the decoder's paths are exercised.
const hostileValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.object({ maxDepth: 2 }),
  fc.constantFrom('3', ' 3 ', '4 <b>Ana</b>', '007', '1e2', '-1', '0'),
);
const hostileKey = fc.oneof(
  fc.constantFrom(
    'ck1.crew',
    'ck1.n',
    'ck1.of',
    'ck1.host',
    '__proto__',
    'constructor',
    'ck2.crew',
  ),
  startKey.map((s) => `ck1.i.${s}`),
  fc.string({ maxLength: 60 }).map((s) => `ck1.i.${s}`),
  fc.string({ maxLength: 60 }),
);
const hostileShared = fc.oneof(
  fc.dictionary(hostileKey, hostileValue, { maxKeys: 40 }),
  fc.anything(),
);

describe('calendar tag, properties', () => {
  it('every key written is ≤ 44 characters and every value ≤ 1024, all strings', () => {
    fc.assert(
      fc.property(tagArb, (tag) => {
        for (const [key, value] of Object.entries(encodeCalendarTag(tag))) {
          expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
          expect(typeof value).toBe('string');
          expect(value.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
        }
      }),
      RUNS,
    );
  });

  it('what is written reads back as the same tag', () => {
    fc.assert(
      fc.property(tagArb, (tag) => {
        expect(decodeCalendarTag(encodeCalendarTag(tag))).toEqual(normalizeTag(tag));
      }),
      RUNS,
    );
  });

  it('reading anything never throws and yields only bounded plain text and sane numbers', () => {
    fc.assert(
      fc.property(hostileShared, (shared) => {
        const tag = decodeCalendarTag(shared);
        if (!tag) return;
        expect(typeof tag.crew).toBe('string');
        expect(tag.crew.length).toBeGreaterThan(0);
        expect(Array.from(tag.crew).length).toBeLessThanOrEqual(MAX_CREW_NAME);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting none survive
        expect(tag.crew).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        for (const n of [tag.number, tag.of]) {
          if (n !== undefined) expect(Number.isInteger(n) && n >= 1 && n <= 999).toBe(true);
        }
        if (tag.host) expect(Array.from(tag.host).length).toBeLessThanOrEqual(MAX_HOST);
        for (const entry of Object.values(tag.instances ?? {})) {
          expect(entry.number).toBeGreaterThanOrEqual(1);
          if (tag.of !== undefined) expect(entry.number).toBeLessThanOrEqual(tag.of);
        }
        // A decoded tag is already clean: writing it back changes nothing.
        expect(decodeCalendarTag(encodeCalendarTag(tag))).toEqual(tag);
      }),
      { numRuns: 1000 },
    );
  });

  it('the patch turns the current properties into exactly the desired tag, other keys untouched', () => {
    fc.assert(
      fc.property(
        fc.dictionary(hostileKey, fc.string({ maxLength: 30 }), { maxKeys: 20 }),
        fc.option(tagArb, { nil: undefined }),
        (current, desired) => {
          const patch = tagPatch(current, desired);
          const after: Record<string, string> = { ...current };
          for (const [key, value] of Object.entries(patch)) {
            if (value === null) delete after[key];
            else after[key] = value;
          }
          const expected = desired ? normalizeTag(desired) : undefined;
          expect(decodeCalendarTag(after)).toEqual(expected);
          for (const key of Object.keys(current).filter((k) => !k.startsWith('ck1.'))) {
            expect(after[key]).toBe(current[key]);
          }
          // Applying the same intent again writes nothing.
          expect(tagPatch(after, desired)).toEqual({});
        },
      ),
      RUNS,
    );
  });
});
