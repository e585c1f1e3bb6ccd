// The chip-id filter (./chip-filter.ts) never turns away a chip of a tagged event or of a tagged
// series' instance, whatever the id's length, the calendar or the base64 alphabet.
import { describe, expect, it } from 'vitest';
import { decodeEventChipId } from '../../sites/calendar/event-id';
import { chipFilter } from './chip-filter';

const SERIES = '5f0q8n3e1u2c7r4w6s9t0v1a2b';
const urlSafe = (b64: string) => b64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

describe('chipFilter', () => {
  it("passes every chip of the tagged events and the series' instances, in both alphabets", () => {
    const ids = ['ev1x0', 'ev1x0abc', 'abcdefg', 'ok?>>>??>>', `${SERIES}_20261215T180000Z`];
    const filter = chipFilter(ids, [SERIES]);
    expect(filter).not.toBeNull();
    for (const id of [...ids, `${SERIES}_20261201T180000Z`, `${SERIES}_20261208`]) {
      for (const ref of ['alex.rivera@m', 'crew@g', 'someone@example.org']) {
        const raw = btoa(`${id} ${ref}`);
        expect(decodeEventChipId(raw)?.eventId ?? id).toBe(id);
        expect(filter?.mayMatch(raw), `${id} ${ref}`).toBe(true);
        expect(filter?.mayMatch(urlSafe(raw)), `${id} ${ref} url-safe`).toBe(true);
      }
    }
  });

  it('turns away other events, tasks and ids that are not base64', () => {
    const filter = chipFilter(['ev1x0abc', 'ev1x0', 'ev1x110', 'ev1x23'], [SERIES]);
    for (const raw of [
      // the same bytes up to the last whole group, another byte after it
      btoa('ev1x11 alex.rivera@m'),
      btoa('ev1x2 alex.rivera@m'),
      btoa('ev1x234 alex.rivera@m'),
      btoa('ev1x1abc alex.rivera@m'),
      btoa('ev2x0abc alex.rivera@m'),
      // an id that only starts with a tagged one, the series' own id, another series' instance
      btoa('ev1x01 alex.rivera@m'),
      btoa('ev1x0abcd alex.rivera@m'),
      btoa(`${SERIES} alex.rivera@m`),
      btoa(`${SERIES}x_20261201T180000Z alex.rivera@m`),
      btoa('3kd9vme0l2p7b4q1s8t6u5w0xy alex.rivera@m'),
      'tasks.Zm9vYmFy',
      'ttb_MTIzNDU2',
      '',
    ]) {
      expect(filter?.mayMatch(raw), raw).toBe(false);
    }
  });

  it('ids of a real length: a chip is turned away by its first bytes, or by the rest', () => {
    const event = 'u9roejihu3gfomc80og1rkrcc3';
    const filter = chipFilter([event], [SERIES]);
    const chipOf = (id: string) => btoa(`${id} bench@m`);
    expect(filter?.mayMatch(chipOf(event))).toBe(true);
    expect(filter?.mayMatch(urlSafe(chipOf(event)))).toBe(true);
    expect(filter?.mayMatch(chipOf(`${SERIES}_20270103T080000Z`))).toBe(true);
    // Whitespace inside the first eight characters is skipped, as decoding skips it.
    const raw = chipOf(event);
    expect(filter?.mayMatch(`${raw.slice(0, 3)} ${raw.slice(3)}`)).toBe(true);
    for (const other of [
      'ci8o4s7oopa0vgsdje5juov1ar', // another first six bytes
      `${event.slice(0, 6)}00000000000000000000`, // the same six, then others
      `${SERIES.slice(0, 6)}x_20270103T080000Z`, // a series that starts like the tagged one
      event.slice(0, 5), // shorter than the prefix
    ]) {
      expect(filter?.mayMatch(chipOf(other)), other).toBe(false);
    }
  });

  it('short ids are filtered too; ids outside ASCII cannot be: every chip is read', () => {
    expect(chipFilter(['abcd'])?.mayMatch(btoa('abcd x@m'))).toBe(true);
    expect(chipFilter(['abcd'])?.mayMatch(btoa('abcde x@m'))).toBe(false);
    expect(chipFilter([], ['abcd'])?.mayMatch(btoa('abcd_20261201 x@m'))).toBe(true);
    expect(chipFilter(['ok-id-1', 'événement'])).toBeNull();
    expect(chipFilter([])?.mayMatch(btoa('anything x@m'))).toBe(false);
  });

  it('an id alone and an attribute with whitespace in it are matched as decoded', () => {
    const filter = chipFilter(['ev1x0abc'], [SERIES]);
    expect(filter?.mayMatch(btoa('ev1x0abc'))).toBe(true);
    expect(filter?.mayMatch(urlSafe(btoa('ev1x0abc')))).toBe(true);
    expect(filter?.mayMatch(btoa(`${SERIES}_20261201T180000Z`))).toBe(true);
    const raw = btoa('ev1x0abc alex.rivera@m');
    expect(filter?.mayMatch(`${raw.slice(0, 8)}\n${raw.slice(8)}`)).toBe(true);
    expect(filter?.mayMatch(`${raw.slice(0, 8)}\n${raw.slice(8, 10)}`)).toBe(false);
  });

  it('never turns away a chip that decoding would find (random ids of every length)', () => {
    // A small seeded generator: the same cases on every run.
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = 'abcdefghijklmnopqrstuv0123456789_';
    const id = () =>
      Array.from({ length: 1 + Math.floor(next() * 40) }, () =>
        alphabet.charAt(Math.floor(next() * alphabet.length)),
      ).join('');
    for (let round = 0; round < 200; round++) {
      const events = Array.from({ length: 1 + Math.floor(next() * 4) }, id);
      const series = Array.from({ length: Math.floor(next() * 3) }, id);
      const filter = chipFilter(events, series);
      const tagged = [...events, ...series.map((s) => `${s}_${Math.floor(next() * 1e8)}T000000Z`)];
      for (const eventId of tagged) {
        const text = next() < 0.2 ? eventId : `${eventId} ${id()}@example.org`;
        expect(filter?.mayMatch(btoa(text)), text).toBe(true);
        expect(filter?.mayMatch(urlSafe(btoa(text))), text).toBe(true);
      }
      // Another event's chip is turned away unless its id is a tagged one or a series' instance.
      const other = `${id()}x ${id()}@m`;
      const otherId = other.slice(0, other.indexOf(' '));
      const cut = otherId.lastIndexOf('_');
      const isTagged =
        events.includes(otherId) || (cut > 0 && series.includes(otherId.slice(0, cut)));
      if (!isTagged) expect(filter?.mayMatch(btoa(other)), other).toBe(false);
    }
  });
});
