import { describe, expect, it } from 'vitest';
import { attendanceLog, MIN_PRESENT_MS, presentFromSightings, type Sighting } from './attendance';

const MIN = 60_000;
const T0 = Date.parse('2026-12-01T18:00:00Z');

function sighting(personKey: string, fromMin: number, toMin: number, totalMin = toMin - fromMin) {
  return {
    personKey,
    firstSeenAt: T0 + fromMin * MIN,
    lastSeenAt: T0 + toMin * MIN,
    totalMs: totalMin * MIN,
  } satisfies Sighting;
}

describe('presentFromSightings', () => {
  it('is everyone who came for a minute or more, not the last roster', () => {
    const present = presentFromSightings([
      sighting('ada', 0, 90),
      sighting('bashir', 0, 80), // left ten minutes early
      sighting('chiara', 25, 90), // came late
      sighting('dmitri', 40, 40.5), // a wrong link, 30 seconds
    ]);
    expect(present.sort()).toEqual(['ada', 'bashir', 'chiara']);
  });

  it('adds up time across leaving and coming back', () => {
    const present = presentFromSightings([
      sighting('ada', 0, 90),
      sighting('eun-ji', 10, 70, 1), // two 30-second visits: a minute in all
      sighting('femi', 10, 70, 59 / 60),
    ]);
    expect(present.sort()).toEqual(['ada', 'eun-ji']);
  });

  it('in a call seen for under a minute, being seen at all is enough', () => {
    expect(
      presentFromSightings([sighting('ada', 0, 0.5), sighting('bashir', 0.2, 0.3)]).sort(),
    ).toEqual(['ada', 'bashir']);
    expect(presentFromSightings([])).toEqual([]);
  });

  it('the minimum can be set, and defaults to a minute', () => {
    expect(MIN_PRESENT_MS).toBe(MIN);
    expect(presentFromSightings([sighting('ada', 0, 90), sighting('b', 1, 3)], 5 * MIN)).toEqual([
      'ada',
    ]);
  });
});

describe('attendanceLog', () => {
  it('keeps arrivals and departures from the rosters it is shown', () => {
    const log = attendanceLog();
    log.see(['ada', 'bashir'], T0);
    log.see(['ada', 'bashir', 'chiara'], T0 + 25 * MIN);
    log.see(['ada', 'chiara'], T0 + 80 * MIN); // Bashir leaves early
    log.see(['ada', 'chiara', 'bashir'], T0 + 85 * MIN); // and comes back for a moment
    log.see(['ada', 'chiara'], T0 + 86 * MIN);
    const byKey = Object.fromEntries(log.sightings(T0 + 90 * MIN).map((s) => [s.personKey, s]));
    expect(byKey.ada).toEqual(sighting('ada', 0, 90));
    expect(byKey.bashir).toEqual(sighting('bashir', 0, 86, 81));
    expect(byKey.chiara).toEqual(sighting('chiara', 25, 90));
  });

  it('an empty roster (the call ended) closes everyone at that moment', () => {
    const log = attendanceLog();
    log.see(['ada'], T0);
    log.see([], T0 + 30 * MIN);
    expect(log.sightings(T0 + 45 * MIN)).toEqual([sighting('ada', 0, 30)]);
  });
});
