// Reflections and retrospectives in backups: references checked like every other record's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../backup';

const SMALL = readFileSync('tests/fixtures/backups/v2-small.json', 'utf8');
// biome-ignore lint/suspicious/noExplicitAny: the test edits arbitrary parts of the raw JSON
const edited = (edit: (raw: any) => void) => {
  const raw = JSON.parse(SMALL);
  edit(raw);
  return JSON.stringify(raw);
};
const problems = (text: string) => {
  const result = parseBackup(text);
  return result.ok ? [] : result.problems.map((p) => [p.code, p.path]);
};

describe('reflections and retrospectives in a backup', () => {
  it('reads the reflection with its feedback', () => {
    const result = parseBackup(SMALL);
    expect(result.ok && result.backup.reflections[0]?.feedback[0]?.from).toBe('Ines');
  });

  it('names a reflection of someone not in the crew, or of a session not in the file', () => {
    const text = edited((raw) => {
      raw.reflections[0].memberId = 'm9';
      raw.reflections.push({ ...raw.reflections[0], id: 'rf-2', memberId: 'm1', sessionId: 'x' });
    });
    expect(problems(text)).toEqual([
      ['dangling-reference', 'reflections[0].memberId'],
      ['dangling-reference', 'reflections[1].sessionId'],
    ]);
  });

  it('names a retrospective of a series not in the file, and an unknown decision', () => {
    const retro = {
      v: 2,
      id: 'rt-1',
      crewId: 'c-harbour',
      seriesId: 'sr-none',
      decidedAt: '2026-11-10T19:00:00.000Z',
      decision: 'continue',
      liked: [],
      wouldChange: [],
    };
    expect(problems(edited((raw) => raw.retrospectives.push(retro)))).toEqual([
      ['dangling-reference', 'retrospectives[0].seriesId'],
    ]);
    const odd = edited((raw) => raw.retrospectives.push({ ...retro, decision: 'stop' }));
    expect(problems(odd)).toEqual([['invalid-value', 'retrospectives[0].decision']]);
  });

  it('refuses markup in a reflection answer', () => {
    const text = edited((raw) => {
      raw.reflections[0].answers[0].text = '<img src=x onerror=alert(1)>';
    });
    expect(problems(text)).toEqual([['markup-in-text', 'reflections[0].answers[0].text']]);
  });

  it("keeps a kickoff's schedule with its meeting, and names a bad zone or date", () => {
    const schedule = {
      nextDate: '2026-10-20',
      time: '19:00',
      everyWeeks: 2,
      timeZone: 'Europe/Berlin',
    };
    const kept = parseBackup(edited((raw) => Object.assign(raw.rounds[0], { schedule })));
    expect(kept.ok && kept.backup.rounds[0]?.schedule).toEqual(schedule);
    const bad = { ...schedule, nextDate: '2026-02-30', timeZone: 'Mars/Olympus', everyWeeks: 0 };
    expect(problems(edited((raw) => Object.assign(raw.rounds[0], { schedule: bad })))).toEqual([
      ['invalid-value', 'rounds[0].schedule.nextDate'],
      ['invalid-value', 'rounds[0].schedule.everyWeeks'],
      ['invalid-value', 'rounds[0].schedule.timeZone'],
    ]);
  });
});
