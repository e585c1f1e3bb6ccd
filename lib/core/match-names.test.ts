import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { matchRosterToMembers, nameTokens } from './match-names';

const roster = (...names: string[]) => names.map((name, i) => ({ id: `r${i + 1}`, name }));
const members = (...names: string[]) => names.map((name, i) => ({ id: `m${i + 1}`, name }));

/** Member name per roster name, for readable expectations. */
function pairs(rosterNames: string[], memberNames: string[]): Record<string, string> {
  const result = matchRosterToMembers(roster(...rosterNames), members(...memberNames));
  return Object.fromEntries(
    result.matched.map(({ rosterId, memberId }) => [
      rosterNames[Number(rosterId.slice(1)) - 1],
      memberNames[Number(memberId.slice(1)) - 1],
    ]),
  );
}

describe('nameTokens', () => {
  test.each([
    ['Ada Lovelace (You)', ['ada', 'lovelace']],
    ["Zoë O'Brien (Acme Corp)", ['zoe', 'obrien']],
    ['Zoe O’Brien', ['zoe', 'obrien']],
    ['Bashir Rahimi - Acme', ['bashir', 'rahimi']],
    ['Bashir Rahimi | Acme Inc.', ['bashir', 'rahimi']],
    ['Eun-ji Park', ['eunji', 'park']],
    ['Dr. Hana Novák', ['hana', 'novak']],
    ['ada.lovelace@example.org', ['ada', 'lovelace']],
    ['(Acme)', ['acme']],
    ['สมชาย ใจดี', ['สมชาย', 'ใจดี']],
    ['Ñoño Şahin', ['nono', 'sahin']],
    ['', []],
  ])('%j -> %j', (name, tokens) => {
    expect(nameTokens(name)).toEqual(tokens);
  });
});

describe('matchRosterToMembers', () => {
  test('case, accents, "(You)" and company suffixes', () => {
    expect(
      pairs(
        ['Ada Lovelace (You)', 'chiara bianchi', "Zoë O'Brien (Acme Corp)", 'Bashir Rahimi | Acme'],
        ['Bashir Rahimi', 'Chiara Bianchi', 'Zoe O’Brien', 'Ada Lovelace'],
      ),
    ).toEqual({
      'Ada Lovelace (You)': 'Ada Lovelace',
      'chiara bianchi': 'Chiara Bianchi',
      "Zoë O'Brien (Acme Corp)": 'Zoe O’Brien',
      'Bashir Rahimi | Acme': 'Bashir Rahimi',
    });
  });

  test('first name only, on either side, an initial, and the order swapped', () => {
    expect(
      pairs(
        ['Dmitri', 'Eun-ji Park', 'Bashir R.', 'Novak Hana'],
        ['Dmitri Volkov', 'Eun-ji', 'Bashir Rahimi', 'Hana Novak'],
      ),
    ).toEqual({
      Dmitri: 'Dmitri Volkov',
      'Eun-ji Park': 'Eun-ji',
      'Bashir R.': 'Bashir Rahimi',
      'Novak Hana': 'Hana Novak',
    });
  });

  test('nicknames and unambiguous prefixes', () => {
    expect(
      pairs(
        ['Bill Turner', 'Kate', 'Alex', 'Dima'],
        ['Katherine Moss', 'William Turner', 'Alexandra Stone', 'Dmitri'],
      ),
    ).toEqual({
      'Bill Turner': 'William Turner',
      Kate: 'Katherine Moss',
      Alex: 'Alexandra Stone',
      Dima: 'Dmitri',
    });
  });

  test('an ambiguous name stays a guest rather than becoming the wrong member', () => {
    const result = matchRosterToMembers(
      roster('Sam', 'Chris'),
      members('Samuel Okafor', 'Samantha Reed', 'Christopher Lee', 'Christina Park'),
    );
    expect(result).toEqual({
      matched: [],
      guests: ['r1', 'r2'],
      absent: ['m1', 'm2', 'm3', 'm4'],
    });
  });

  test('a sure match can resolve an ambiguity: "Maria" is the Maria who is left', () => {
    expect(pairs(['Maria', 'Maria Garcia'], ['Maria Lopez', 'Maria Garcia'])).toEqual({
      Maria: 'Maria Lopez',
      'Maria Garcia': 'Maria Garcia',
    });
  });

  test('two roster entries with the same first name never share one member', () => {
    const result = matchRosterToMembers(roster('Bashir', 'Bashir'), members('Bashir Rahimi'));
    expect(result.matched).toEqual([]);
    expect(result.guests).toEqual(['r1', 'r2']);
  });

  test('the same person on two devices: one is matched, the other is a guest', () => {
    const result = matchRosterToMembers(
      roster('Ada Lovelace', 'Ada Lovelace'),
      members('Ada Lovelace'),
    );
    expect(result).toEqual({
      matched: [{ memberId: 'm1', rosterId: 'r1' }],
      guests: ['r2'],
      absent: [],
    });
  });

  test('guests and absent members, results in roster and member order', () => {
    const result = matchRosterToMembers(
      roster('Farah Haddad', 'Dmitri', 'Ada Lovelace (You)', ''),
      members('Ada Lovelace', 'Gustavo Lima', 'Dmitri Volkov'),
    );
    expect(result).toEqual({
      matched: [
        { memberId: 'm3', rosterId: 'r2' },
        { memberId: 'm1', rosterId: 'r3' },
      ],
      guests: ['r1', 'r4'],
      absent: ['m2'],
    });
  });

  test('a prefix shorter than 3 letters is not a match', () => {
    expect(pairs(['Al'], ['Alice Walker'])).toEqual({});
  });

  test('any input: matches are one-to-one and the lists partition both sides', () => {
    const name = fc.constantFrom(
      'Ada',
      'Ada Lovelace',
      'ada lovelace (You)',
      'Alex',
      'Alexandra Stone',
      'Alexander Stone',
      'Sam',
      'Samuel',
      'Bill',
      'William Turner',
      'Zoë (Acme)',
      'Zoe',
      '',
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 8 }), fc.array(name, { maxLength: 8 }), (r, m) => {
        const result = matchRosterToMembers(roster(...r), members(...m));
        const rosterIds = result.matched.map((pair) => pair.rosterId);
        const memberIds = result.matched.map((pair) => pair.memberId);
        expect(new Set(rosterIds).size).toBe(rosterIds.length);
        expect(new Set(memberIds).size).toBe(memberIds.length);
        expect([...rosterIds, ...result.guests].sort()).toEqual(
          roster(...r)
            .map((e) => e.id)
            .sort(),
        );
        expect([...memberIds, ...result.absent].sort()).toEqual(
          members(...m)
            .map((e) => e.id)
            .sort(),
        );
      }),
    );
  });
});
