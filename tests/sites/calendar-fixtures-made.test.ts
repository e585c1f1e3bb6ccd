// The Calendar fixture pages are what tests/fixtures/pages/calendar/make-fixtures.mjs makes: the
// script runs into a scratch folder and every page it writes equals the committed one byte for
// byte (week-basic.html is hand-written). Each broken page (site health, ./calendar-health.test.ts)
// is its good page with exactly one fault: the bodies differ only where that fault applies.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CALENDAR_FIXTURES, calendarFixtureHtml } from './calendar-fixtures';

const SCRIPT = 'tests/fixtures/pages/calendar/make-fixtures.mjs';
const out = mkdtempSync(join(tmpdir(), 'crewkit-calendar-fixtures-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Each broken page: the good page it is made from, its fault on one line, how many lines. */
const BROKEN: Record<string, { from: string; fault: (line: string) => string; lines: number }> = {
  'broken-no-grid.html': {
    from: 'day.html',
    fault: (line) => line.replace('<div role="main"', '<div role="region"'),
    lines: 1,
  },
  // every chip, tasks and reminders too: Google renaming an attribute renames it everywhere
  'broken-chip-attribute.html': {
    from: 'day.html',
    fault: (line) => line.replaceAll(/ data-eventchip(?=[ >])/g, ' data-event-chip'),
    lines: 6,
  },
  'broken-dialog-id.html': {
    from: 'dialog-loaded.html',
    fault: (line) =>
      line.replace(/(<div id="xDetDlg") data-eventid="[^"]*" jslog='[^']*'>/, "$1 jslog='35389'>"),
    lines: 1,
  },
};

const bodyLines = (html: string) => html.slice(html.indexOf('  <body')).split('\n');

describe('the calendar fixture pages', () => {
  it('are exactly what make-fixtures.mjs makes', () => {
    execFileSync(process.execPath, [SCRIPT], {
      env: { ...process.env, CALENDAR_FIXTURES_OUT: out },
    });
    const made = readdirSync(out).sort();
    expect(made).toEqual(CALENDAR_FIXTURES.filter((file) => file !== 'week-basic.html'));
    for (const file of made) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(calendarFixtureHtml(file));
    }
  });

  it('lists every broken page here', () => {
    expect(Object.keys(BROKEN).sort()).toEqual(
      CALENDAR_FIXTURES.filter((f) => f.startsWith('broken-')),
    );
  });

  for (const [file, { from, fault, lines }] of Object.entries(BROKEN)) {
    it(`${file} is ${from} with one fault`, () => {
      const broken = calendarFixtureHtml(file);
      expect(broken).toContain(`Made by make-fixtures.mjs from ${from}, with this one fault`);
      const good = bodyLines(calendarFixtureHtml(from));
      expect(bodyLines(broken)).toEqual(good.map(fault));
      expect(good.filter((line) => fault(line) !== line)).toHaveLength(lines);
    });
  }
});
