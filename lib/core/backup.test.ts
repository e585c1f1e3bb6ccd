import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type BackupProblem,
  backupFileName,
  describeProblems,
  MAX_BACKUP_CHARS,
  parseBackup,
  serializeBackup,
} from './backup';

const fixture = (name: string) => readFileSync(`tests/fixtures/backups/${name}`, 'utf8');
const SMALL = fixture('v2-small.json');
// biome-ignore lint/suspicious/noExplicitAny: test edits arbitrary parts of the raw JSON
type Raw = any;
const edited = (edit: (raw: Raw) => void): string => {
  const raw = JSON.parse(SMALL);
  edit(raw);
  return JSON.stringify(raw, null, 2);
};
const problemsOf = (text: string): BackupProblem[] => {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.problems;
};
const only = (text: string): BackupProblem => {
  const problems = problemsOf(text);
  expect(problems).toHaveLength(1);
  return problems[0] as BackupProblem;
};

describe('parseBackup accepts what Crewkit writes', () => {
  it('reads the small fixture with every record', () => {
    const result = parseBackup(SMALL);
    if (!result.ok) throw new Error(describeProblems(result.problems, 0).join('\n'));
    expect(result.backup.crews[0]?.members.map((m) => m.name)).toEqual([
      'Noor',
      'Tomás',
      'Ines',
      'Kwame',
    ]);
    expect(result.backup.sessions.filter((s) => s.status === 'held').map((s) => s.hostId)).toEqual([
      'm1',
      'm2',
    ]);
    expect(result.backup.rounds).toHaveLength(1);
  });

  it('reads the demo crew for npm start', () => {
    const result = parseBackup(fixture('demo.json'));
    if (!result.ok) throw new Error(describeProblems(result.problems, 0).join('\n'));
    const [crew] = result.backup.crews;
    expect(crew?.name).toBe('Tuesday Crew');
    expect(crew?.members.map((m) => m.name)).toEqual([
      'Ada',
      'Bashir',
      'Chiara',
      'Dmitri',
      'Eun-ji',
    ]);
    expect(crew?.members.find((m) => m.id === crew.callerId)?.name).toBe('Ada');
    expect(crew?.meetingLink).toBe('https://meet.google.com/abc-defg-hij');
    expect(crew?.agreements).toHaveLength(2);
    const tuesday = result.backup.sessions.filter((s) => s.crewId === 'tuesday-crew');
    const starts = tuesday.map((s) => s.startsAt);
    expect(starts[0]).toBe('2026-12-01T18:00:00.000Z');
    expect(starts[5]).toBe('2027-01-05T18:00:00.000Z');
    expect(tuesday.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6]);
    // And the crew with history (lib/core/pathway/demo-history.ts).
    expect(result.backup.crews.map((c) => c.name)).toEqual(['Tuesday Crew', 'Willow Crew']);
  });

  it('serializes canonically: the fixtures are their own serialization', () => {
    for (const name of ['v2-small.json', 'demo.json']) {
      const result = parseBackup(fixture(name));
      if (!result.ok) throw new Error(name);
      expect(serializeBackup(result.backup)).toBe(fixture(name));
    }
  });

  it('sorts keys inside records whatever order they were built in', () => {
    const reordered = edited((raw) => {
      raw.crews[0] = Object.fromEntries(Object.entries(raw.crews[0]).reverse());
    });
    const result = parseBackup(reordered);
    if (!result.ok) throw new Error('refused');
    expect(serializeBackup(result.backup)).toBe(SMALL);
  });

  it('allows "<" that does not start a tag', () => {
    const text = edited((raw) => {
      raw.crews[0].agreements = ['We <3 Tuesdays', 'time < 5 minutes each'];
    });
    expect(parseBackup(text).ok).toBe(true);
  });
});

describe('parseBackup refuses bad files, naming the problem and where', () => {
  it('too large, before parsing', () => {
    const problem = only(' '.repeat(MAX_BACKUP_CHARS + 1));
    expect(problem.code).toBe('too-large');
    expect(problem.message).toContain('50 MB');
  });

  it('not JSON, with line and column', () => {
    const problem = only(
      SMALL.replace('"format": "crewkit-backup",', '"format": "crewkit-backup"'),
    );
    expect(problem).toMatchObject({ code: 'not-json', line: 3, column: 3 });
    expect(problem.message).toBe(
      `The file is not valid JSON: something unexpected at line 3, column 3, near '"version": 1,'.`,
    );
  });

  it('truncated', () => {
    const problem = only(SMALL.slice(0, 700));
    expect(problem.code).toBe('truncated');
    expect(problem.message).toMatch(/^The file is cut off at line 30, column \d+/);
  });

  it('not a Crewkit backup', () => {
    expect(only('[1, 2]').code).toBe('not-a-backup');
    const problem = only(
      edited((raw) => {
        raw.format = 'other-app';
      }),
    );
    expect(problem).toMatchObject({ code: 'wrong-format', path: 'format' });
    expect(problem.message).toBe(
      'Not a Crewkit backup: "format" is "other-app", expected "crewkit-backup".',
    );
  });

  it('newer version', () => {
    const problem = only(
      edited((raw) => {
        raw.version = 2;
      }),
    );
    expect(problem).toMatchObject({ code: 'newer-version', path: 'version' });
    expect(problem.message).toContain('made by a newer Crewkit');
    const record = only(
      edited((raw) => {
        raw.sessions[3].v = 7;
      }),
    );
    expect(record).toMatchObject({ code: 'newer-version', path: 'sessions[3].v' });
  });

  it('wrong types', () => {
    const problem = only(
      edited((raw) => {
        raw.sessions[2].index = '3';
      }),
    );
    expect(problem).toMatchObject({ code: 'wrong-type', path: 'sessions[2].index' });
    expect(problem.message).toBe(
      'Wrong type at sessions[2].index: expected a number, found the text "3".',
    );
  });

  it('missing and unknown fields', () => {
    const missing = only(
      edited((raw) => {
        delete raw.crews[0].members[2].name;
      }),
    );
    expect(missing).toMatchObject({ code: 'missing-field', path: 'crews[0].members[2].name' });
    expect(missing.message).toBe('Missing field at crews[0].members[2].name: "name" is required.');
    const unknown = only(
      edited((raw) => {
        raw.series[0].colour = 'teal';
      }),
    );
    expect(unknown).toMatchObject({ code: 'unknown-field', path: 'series[0].colour' });
  });

  it('__proto__, constructor and prototype keys anywhere', () => {
    const proto = only(
      SMALL.replace('"name": "Ines"', '"name": "Ines", "__proto__": {"admin": true}'),
    );
    expect(proto).toMatchObject({ code: 'forbidden-key', path: 'crews[0].members[2].__proto__' });
    expect(proto.message).toContain('"__proto__" at crews[0].members[2].__proto__');
    const ctor = only(
      edited((raw) => {
        raw.settings.constructor = { prototype: 1 };
      }),
    );
    expect(ctor).toMatchObject({ code: 'forbidden-key', path: 'settings.constructor' });
    expect(
      only(
        edited((raw) => {
          raw.rounds[0].state.entries[0].slot.prototype = 1;
        }),
      ).path,
    ).toBe('rounds[0].state.entries[0].slot.prototype');
  });

  it('markup in names, titles, agreements and round state', () => {
    const member = only(
      edited((raw) => {
        raw.crews[0].members[2].name = '<img src=x onerror=alert(1)>';
      }),
    );
    expect(member).toMatchObject({ code: 'markup-in-text', path: 'crews[0].members[2].name' });
    expect(member.message).toContain(
      'Markup in text at crews[0].members[2].name: "<img src=x onerror=alert(1)>"',
    );
    const problems = problemsOf(
      edited((raw) => {
        raw.series[0].title = '<script>steal()</script>';
        raw.crews[0].agreements[0] = 'ok </b>';
        raw.rounds[0].state.entries[1].slot.name = '<svg onload=x>';
      }),
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['markup-in-text', 'crews[0].agreements[0]'],
      ['markup-in-text', 'series[0].title'],
      ['markup-in-text', 'rounds[0].state.entries[1].slot.name'],
    ]);
  });

  it('dangling references', () => {
    const crew = only(
      edited((raw) => {
        raw.sessions[4].crewId = 'c-gone';
      }),
    );
    expect(crew).toMatchObject({ code: 'dangling-reference', path: 'sessions[4].crewId' });
    expect(crew.message).toBe(
      'Dangling reference at sessions[4].crewId: no crew with id "c-gone" in this backup.',
    );
    const caller = only(
      edited((raw) => {
        raw.crews[0].callerId = 'm9';
      }),
    );
    expect(caller).toMatchObject({ code: 'dangling-reference', path: 'crews[0].callerId' });
    expect(
      only(
        edited((raw) => {
          raw.crews[0].deckIds = ['d-missing'];
        }),
      ).path,
    ).toBe('crews[0].deckIds[0]');
    expect(
      only(
        edited((raw) => {
          raw.rounds[0].sessionId = 'se-99';
        }),
      ).path,
    ).toBe('rounds[0].sessionId');
  });

  it('duplicate ids', () => {
    const problem = only(
      edited((raw) => {
        raw.sessions[5].id = 'se-1';
      }),
    );
    expect(problem).toMatchObject({ code: 'duplicate-id', path: 'sessions[5].id' });
    expect(
      only(
        edited((raw) => {
          raw.crews[0].members[3].id = 'm1';
        }),
      ).path,
    ).toBe('crews[0].members[3].id');
  });

  it('ids that would break storage keys', () => {
    const problem = only(
      edited((raw) => {
        raw.promptUsage[0].usedByDeck['a/b'] = [];
      }),
    );
    expect(problem.code).toBe('invalid-value');
    expect(problem.path).toBe('promptUsage[0].usedByDeck["a/b"]');
  });

  it('lists at most 20 problems and counts the rest', () => {
    const result = parseBackup(
      edited((raw) => {
        for (const session of raw.sessions) session.index = 'x';
        for (const session of raw.sessions) session.extra = 1;
        for (const member of raw.crews[0].members) member.name = 5;
        for (const member of raw.crews[0].members) member.email = 'nope';
        raw.settings.chimeVolume = 3;
      }),
    );
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toHaveLength(20);
    expect(result.moreProblems).toBe(1);
    expect(describeProblems(result.problems, result.moreProblems).at(-1)).toBe(
      '…and 1 more problem.',
    );
  });
});

it('refuses a record whose schema version never existed', () => {
  const problem = only(
    edited((raw) => {
      raw.crews[0].v = 0;
    }),
  );
  expect(problem).toMatchObject({ code: 'invalid-value', path: 'crews[0].v' });
  expect(problem.message).toBe('Invalid value at crews[0].v: expected 2, found the number 0.');
});

it('names download files by UTC date', () => {
  expect(backupFileName(new Date('2026-12-01T23:30:00.000-02:00'))).toBe(
    'crewkit-backup-2026-12-02.json',
  );
});
