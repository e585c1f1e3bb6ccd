// The hostile files in tests/fixtures/backups (written by make-hostile.mjs): each is refused with
// a precise problem, quickly, and nothing Crewkit accepts can later fail to export.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BackupProblem, parseBackup, serializeBackup } from './backup';
import { validateRecord } from './backup-problems';
import { MAX_STATE_DEPTH } from './backup-round-state';
import { MAX_DEPTH, treeProblems, walkJson } from './backup-walk';

const fixture = (name: string) => readFileSync(`tests/fixtures/backups/${name}`, 'utf8');
const refused = (text: string): BackupProblem[] => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.problems;
};
const nested = (levels: number): unknown =>
  JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

describe('deeply nested files', () => {
  for (const levels of [2_500, 20_000, 100_000]) {
    it(`refuses ${levels.toLocaleString('en')} levels inside a round's state, at once`, () => {
      const text = fixture(`hostile-deep-${levels}.json`);
      const started = performance.now();
      const problems = refused(text);
      const elapsed = performance.now() - started;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        code: 'too-deep',
        path: `rounds[0].state.notes${'[0]'.repeat(MAX_DEPTH - 3)}`,
        detail: { rule: 'max-depth', limit: MAX_DEPTH },
      });
      // Linear: JSON.parse of 100,000 levels takes ~40 ms here; the old walkers took minutes.
      expect(elapsed).toBeLessThan(1000);
    });
  }

  it('refuses depth anywhere, not only in round states', () => {
    const raw = JSON.parse(fixture('v2-small.json'));
    raw.crews[0].notes = nested(MAX_DEPTH);
    expect(refused(JSON.stringify(raw))[0]).toMatchObject({ code: 'too-deep' });
  });

  it('walks 100,000 levels in one linear pass, in document order', () => {
    const deep = nested(100_000);
    let visits = 0;
    let deepest = 0;
    walkJson(deep, (frame) => {
      visits++;
      deepest = Math.max(deepest, frame.depth);
      return true;
    });
    expect(visits).toBe(100_000);
    expect(deepest).toBe(99_999);
    const order: string[] = [];
    walkJson({ a: [1, { b: 2 }], c: 3 }, (frame) => {
      order.push(String(frame.key));
      return true;
    });
    expect(order).toEqual(['null', 'a', '0', '1', 'b', 'c']);
    expect(treeProblems(deep)).toHaveLength(1);
  });
});

describe("round state is checked with the round engine's own schema", () => {
  it('refuses a state the engine cannot load', () => {
    const problems = refused(fixture('hostile-round-state.json'));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        path: 'rounds[0].state',
        detail: { rule: 'round-state' },
      }),
    ]);
  });

  it('caps texts inside the state', () => {
    expect(refused(fixture('hostile-state-text.json'))).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        path: 'rounds[0].state.entries[0].slot.name',
        detail: { rule: 'max-characters', limit: 1000 },
      }),
    ]);
  });

  it('keeps the state as the engine reads it, so the fixture still exports byte for byte', () => {
    const raw = JSON.parse(fixture('v2-small.json'));
    raw.rounds[0].state.entries[0].slot.nickname = 'T';
    const result = parseBackup(JSON.stringify(raw));
    if (!result.ok) throw new Error(result.problems[0]?.message);
    expect(serializeBackup(result.backup)).toBe(fixture('v2-small.json'));
  });

  it("the store refuses to write what the import would refuse, so Export can't fail later", () => {
    const round = JSON.parse(fixture('v2-small.json')).rounds[0];
    expect(validateRecord('round', round)).toEqual([]);
    const deep = validateRecord('round', { ...round, state: { ...round.state, x: nested(50) } });
    expect(deep[0]).toMatchObject({
      code: 'too-deep',
      detail: { rule: 'max-depth', limit: MAX_STATE_DEPTH },
    });
    expect(validateRecord('round', { ...round, state: { v: 1 } })[0]?.detail).toEqual({
      rule: 'round-state',
    });
  });
});

describe('refusals say what, not only where', () => {
  it('a version written as text: expected 1, found the text "1"', () => {
    expect(refused(fixture('hostile-version-text.json'))).toEqual([
      {
        code: 'invalid-value',
        path: 'version',
        message: 'Invalid value at version: expected 1, found the text "1".',
        detail: {
          rule: 'expected',
          expected: { kind: 'literal', json: '1' },
          found: { kind: 'text', text: '1' },
        },
      },
    ]);
  });

  it('a name one character too long: at most 100 characters', () => {
    expect(refused(fixture('hostile-long-name.json'))).toEqual([
      expect.objectContaining({
        code: 'invalid-value',
        path: 'crews[0].members[0].name',
        message: 'Invalid value at crews[0].members[0].name: must be at most 100 characters.',
        detail: { rule: 'max-characters', limit: 100 },
      }),
    ]);
  });

  it('names the rule for ids, times, choices, numbers and references', () => {
    const raw = JSON.parse(fixture('v2-small.json'));
    raw.crews[0].rhythm.kind = 'daily';
    raw.sessions[0].startsAt = 'tomorrow';
    raw.sessions[1].index = 1.5;
    raw.settings.chimeVolume = 2;
    raw.promptUsage[0].usedByDeck['a b'] = [];
    const details = refused(JSON.stringify(raw)).map((problem) => [problem.path, problem.detail]);
    expect(details).toEqual([
      [
        'crews[0].rhythm.kind',
        {
          rule: 'expected',
          expected: {
            kind: 'one-of',
            json: ['"weekly"', '"fortnightly"', '"monthly"', '"custom"'],
          },
          found: { kind: 'text', text: 'daily' },
        },
      ],
      ['sessions[0].startsAt', { rule: 'time' }],
      ['sessions[1].index', { rule: 'whole-number' }],
      ['promptUsage[0].usedByDeck["a b"]', { rule: 'id' }],
      ['settings.chimeVolume', { rule: 'max-value', limit: 1 }],
    ]);
    const gone = JSON.parse(fixture('v2-small.json'));
    gone.sessions[0].crewId = 'c-gone';
    expect(refused(JSON.stringify(gone))[0]?.detail).toEqual({
      rule: 'no-such-id',
      text: 'c-gone',
    });
  });
});
