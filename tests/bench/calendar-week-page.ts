// A week view of Google Calendar with many events, for the calendar benchmarks: the structure of
// tests/fixtures/pages/calendar/week.html (reference/google-calendar.md, seen 2026-10), with a
// page script that navigates as Calendar does: the grid replaced without a reload, the URL
// pushed. Event n of a week on calendar `bench@m`; every tenth (n = 0, 10, 20, ...) is a crew
// session in the backup from `taggedBackup`, so a page of 300 events has 30 badges, one of 30 has 3.
// The ids are shaped as Google makes them (Calendar API v3, Event.id: base32hex, 5-1024 characters;
// the server's own are 26), and every third other event is an instance of one of eight recurring
// events, `<series id>_<start>` (reference/google-calendar.md, "Event chips"): a chip filter sees
// ids of a real length, and instances sharing their series' first bytes.
import { readFileSync } from 'node:fs';

export const CALENDAR_ID = 'bench@gmail.com';
const FIRST_WEEK = Date.UTC(2027, 0, 3); // a Sunday

/**
 * Event n of `week`'s id: 26 base32hex characters from a seeded generator, the same in Node and in
 * the page (whose script has this function's source: keep it self-contained).
 */
export function eventIdOf(week: number, n: number): string {
  const digits = '0123456789abcdefghijklmnopqrstuv';
  let seed = (Math.imul(week + 1, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0;
  let id = '';
  for (let i = 0; i < 26; i++) {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    id += digits.charAt(seed >>> 27);
  }
  return id;
}

export function weekPage(events: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Google Calendar</title>
<style>
body{font-family:sans-serif;margin:0}
[role=main]{display:grid;grid-template-columns:repeat(7,1fr);gap:2px;height:700px;overflow:auto}
[role=gridcell]{position:relative;height:1152px;background:#f1f3f4}
[data-eventchip]{position:absolute;left:0;width:100%;height:22px;overflow:hidden;font-size:11px;background:#039be5;color:#fff}
[data-visually-hidden]{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
</style></head><body data-viewkey="WEEK"><div id="grid"></div><script>
(() => {
  const EVENTS = ${events};
  const key = (d) => ((d.getUTCFullYear() - 1970) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  const make = (tag, attrs, text) => {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    if (text !== undefined) n.textContent = text;
    return n;
  };
  ${eventIdOf.toString()}
  const pad = (v) => String(v).padStart(2, '0');
  /** A recurring instance's id suffix: its start in UTC, YYYYMMDDTHHMMSSZ. */
  const instanceStart = (date, hour) =>
    date.getUTCFullYear() + pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + 'T' + pad(hour) + '0000Z';
  function grid(week, events = EVENTS) {
    const main = make('div', { role: 'main', 'data-period-type': 'week' });
    const columns = [];
    const dayOf = (c) => new Date(${FIRST_WEEK} + (week * 7 + c) * 86400000);
    for (let c = 0; c < 7; c++) {
      const day = dayOf(c);
      const cell = make('div', { role: 'gridcell', tabindex: '-1', 'data-column-index': String(c), 'data-datekey': String(key(day)) });
      cell.append(make('h2', { 'data-visually-hidden': '' }, day.toDateString()));
      const inner = make('div', { role: 'presentation' });
      cell.append(inner);
      columns.push(inner);
      main.append(cell);
    }
    for (let n = 0; n < events; n++) {
      const hour = 8 + (n % 12);
      const id = n % ${TAG_EVERY} !== 0 && n % 3 === 1
        ? eventIdOf(-1, n % 8) + '_' + instanceStart(dayOf(n % 7), hour)
        : eventIdOf(week, n);
      const chip = make('div', { role: 'button', tabindex: '0', 'data-eventid': btoa(id + ' bench@m'), 'data-eventchip': '', 'data-opens-details': 'true', style: 'top:' + (hour * 48 + (n % 4) * 6) + 'px' });
      chip.append(make('div', { 'data-visually-hidden': '' }, hour + ':00 to ' + (hour + 1) + ':00, Event ' + n));
      const visible = make('div', { 'aria-hidden': 'true' });
      visible.append(make('span', {}, 'Event ' + n), make('div', {}, hour + ':00 – ' + (hour + 1) + ':00'));
      chip.append(visible);
      columns[n % 7].append(chip);
    }
    return main;
  }
  let current = 0;
  document.getElementById('grid').replaceWith(grid(0));
  const swap = (week, next) => {
    current = week;
    document.querySelector('[role=main]').replaceWith(next);
    history.pushState({}, '', '/calendar/u/0/r/week/2027/1/' + (3 + week * 7));
  };
  window.ckNavigate = (week, events = EVENTS) => swap(week, grid(week, events));
  /** Navigates, then resolves with the frames painted before every tagged chip had its badge, the
   * time from the grid's replacement to the last badge, and the replacement's own time. A week
   * may have fewer events than the page was made with (calendar-decorate-scale alternates 300
   * and 30 in one tab). */
  window.ckMeasure = (week, expected, events = EVENTS) => new Promise((resolve) => {
    // The page builds its grid before the clock starts: building 300 chips is the page's own
    // work, linear in the events, and would make the 300/30 ratio the page's, not Crewkit's.
    const next = grid(week, events);
    const t0 = performance.now();
    let done = null;
    const count = () => document.querySelectorAll('[role=main] crewkit-badge').length;
    // The badges are counted as they arrive, by their records in the new grid (nothing else
    // changes in it): the clock stops at the first callback with as many records as badges, and
    // a query then checks that they are badges, its time not counted. Reading each record's
    // added node (a NodeList and an element wrapper each) is the instrument's own work, timed
    // as Crewkit's part and growing with the badges, as a query in every callback would be
    // (the medians moved little with the change: 0.63/0.23 ms to 0.62/0.22, 2026-12-04).
    let arrived = 0;
    const watcher = new MutationObserver((records) => {
      if (done !== null) return;
      arrived += records.length;
      if (arrived < expected) return;
      const at = performance.now();
      if (next.querySelectorAll('crewkit-badge').length >= expected) done = at;
    });
    watcher.observe(next, { childList: true, subtree: true });
    swap(week, next);
    // The page's own part: the old grid out, the new one in (Crewkit's observer runs after it).
    const pageMs = performance.now() - t0;
    let frames = 0;
    const tick = () => {
      if (count() >= expected) {
        watcher.disconnect();
        resolve({ frames, ms: (done ?? performance.now()) - t0, pageMs });
      } else if (performance.now() - t0 > 10000) {
        watcher.disconnect();
        resolve({ frames: Infinity, ms: Infinity, pageMs });
      } else {
        frames++;
        requestAnimationFrame(tick);
      }
    };
    requestAnimationFrame(tick);
  });
  // Mutation batches on the page in the next ms: with an idle page, only Crewkit could make them.
  window.ckIdleMutations = (ms) => new Promise((resolve) => {
    let batches = 0;
    const watcher = new MutationObserver(() => { batches++; });
    watcher.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    setTimeout(() => { watcher.disconnect(); resolve(batches); }, ms);
  });
  window.ckLoaded = true;
})();
</script></body></html>`;
}

export const TAG_EVERY = 10;

/**
 * The demo crew with an open-ended series whose sessions are every tenth event of each week;
 * `maxEvents` may differ by week (the weeks a benchmark shows with fewer events).
 */
export function taggedBackup(
  weeks: number,
  maxEvents: number | ((week: number) => number),
): string {
  const eventsOf = typeof maxEvents === 'number' ? () => maxEvents : maxEvents;
  const demo = JSON.parse(readFileSync('tests/fixtures/backups/demo.json', 'utf8'));
  const crew = demo.crews.find((c: { id: string }) => c.id === 'tuesday-crew');
  const series = { ...demo.series.find((s: { crewId: string }) => s.crewId === crew.id) };
  delete series.plannedSessions;
  series.id = 'bench-series';
  series.startsAt = new Date(FIRST_WEEK).toISOString();
  const sessions = [];
  let index = 0;
  for (let w = 0; w < weeks; w++) {
    const tagged = eventsOf(w) / TAG_EVERY;
    for (let n = 0; n < tagged; n++) {
      const e = n * TAG_EVERY;
      const start = new Date(
        FIRST_WEEK + (w * 7 + (e % 7)) * 86_400_000 + (8 + (e % 12)) * 3600_000,
      );
      sessions.push({
        v: series.v,
        id: `bench-${w}-${n}`,
        crewId: crew.id,
        seriesId: series.id,
        index: ++index,
        startsAt: start.toISOString(),
        status: 'planned',
        awayIds: [],
        calendarRef: {
          calendarId: CALENDAR_ID,
          eventId: eventIdOf(w, e),
          start: start.toISOString(),
        },
      });
    }
  }
  return JSON.stringify({
    ...demo,
    crews: [crew],
    series: [series],
    sessions,
    rounds: [],
    ...(demo.reflections ? { reflections: [] } : {}),
    ...(demo.retrospectives ? { retrospectives: [] } : {}),
    promptUsage: (demo.promptUsage ?? []).filter((u: { crewId: string }) => u.crewId === crew.id),
    decks: (demo.decks ?? []).filter((d: { crewId?: string }) => !d.crewId || d.crewId === crew.id),
  });
}
