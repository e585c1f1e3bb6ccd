// A pure function's answers kept by argument, for the calendar's page reading: a week's chips
// repeat a handful of days and shown times, and parsing each chip's again (regular expressions,
// a Date in the user's zone) was a third of the badges' script on a week of 300 events with 30
// crew sessions (calendar-decorate-scale, a CPU profile, 2026-12-04). Bounded: past `max`
// arguments it starts afresh, so a page left open for months keeps no more than that.

/** `compute`, answering a repeated argument from memory. */
export function boundedMemo<K, V>(compute: (key: K) => V, max = 512): (key: K) => V {
  let known = new Map<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    if (known.size >= max) known = new Map();
    known.set(key, value);
    return value;
  };
}
