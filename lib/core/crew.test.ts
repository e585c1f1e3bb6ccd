import { describe, expect, it } from 'vitest';
import {
  activeMembers,
  addMember,
  type CrewDraft,
  crewDraftProblems,
  crewSizeNote,
  moveMember,
  nameKey,
  removeMember,
  renameMember,
  validateCrewDraft,
} from './crew';
import { type Crew, SCHEMA_VERSION, TIMEKEEPER } from './model';

const NOW = '2026-11-26T10:00:00.000Z';

function draft(overrides: Partial<CrewDraft> = {}): CrewDraft {
  return {
    name: '  Tuesday crew ',
    members: [
      { id: 'a', name: ' Ana ', email: ' ana@example.org ' },
      { id: 'b', name: 'Bo' },
      { id: 'c', name: 'Chidi', email: '' },
    ],
    callerId: 'a',
    rhythm: { kind: 'weekly', durationMinutes: 60 },
    ...overrides,
  };
}

function codes(input: CrewDraft): string[] {
  return crewDraftProblems(input).map((problem) => `${problem.field}:${problem.code}`);
}

function crewOf(names: string[]): Crew {
  const result = validateCrewDraft(
    draft({ members: names.map((name) => ({ id: name.toLowerCase(), name })), callerId: 'ana' }),
    { now: NOW },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.crew;
}

describe('validateCrewDraft', () => {
  it('returns the crew to store, trimmed and with defaults', () => {
    const result = validateCrewDraft(draft(), { now: NOW, makeId: () => 'crew-1' });
    expect(result).toEqual({
      ok: true,
      crew: {
        v: SCHEMA_VERSION,
        id: 'crew-1',
        name: 'Tuesday crew',
        members: [
          { id: 'a', name: 'Ana', email: 'ana@example.org', joinedAt: NOW },
          { id: 'b', name: 'Bo', joinedAt: NOW },
          { id: 'c', name: 'Chidi', joinedAt: NOW },
        ],
        callerId: 'a',
        rhythm: { kind: 'weekly', durationMinutes: 60 },
        roles: [TIMEKEEPER],
        agreements: [],
        deckIds: [],
        createdAt: NOW,
      },
    });
  });

  it('keeps an existing id, join dates and a custom rhythm', () => {
    const result = validateCrewDraft(
      draft({
        id: 'crew-9',
        members: [
          { id: 'a', name: 'Ana', joinedAt: '2026-01-01T00:00:00.000Z' },
          { id: 'b', name: 'Bo' },
        ],
        rhythm: { kind: 'custom', everyDays: 10, durationMinutes: 90 },
        roles: [],
        meetingLink: ' https://meet.jit.si/crew ',
      }),
      { now: NOW },
    );
    if (!result.ok) throw new Error('expected a crew');
    expect(result.crew.id).toBe('crew-9');
    expect(result.crew.members.map((m) => m.joinedAt)).toEqual(['2026-01-01T00:00:00.000Z', NOW]);
    expect(result.crew.rhythm).toEqual({ kind: 'custom', everyDays: 10, durationMinutes: 90 });
    expect(result.crew.roles).toEqual([]);
    expect(result.crew.meetingLink).toBe('https://meet.jit.si/crew');
  });

  it('reports problems instead of a crew', () => {
    expect(validateCrewDraft(draft({ name: ' ' }), { now: NOW })).toEqual({
      ok: false,
      problems: [{ field: 'name', code: 'name-required' }],
    });
  });

  it('checks the crew name', () => {
    expect(codes(draft({ name: 'x'.repeat(80) }))).toEqual([]);
    expect(codes(draft({ name: 'x'.repeat(81) }))).toEqual(['name:name-too-long']);
  });

  it('needs 2 to 12 current members; members who left do not count', () => {
    const people = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `m${i}`, name: `P${i}` }));
    expect(codes(draft({ members: people(1), callerId: 'm0' }))).toEqual([
      'members:too-few-members',
    ]);
    expect(codes(draft({ members: people(2), callerId: 'm0' }))).toEqual([]);
    expect(codes(draft({ members: people(12), callerId: 'm0' }))).toEqual([]);
    expect(codes(draft({ members: people(13), callerId: 'm0' }))).toEqual([
      'members:too-many-members',
    ]);
    const withLeaver = [...people(1), { id: 'x', name: 'Gone', leftAt: NOW }];
    expect(codes(draft({ members: withLeaver, callerId: 'm0' }))).toEqual([
      'members:too-few-members',
    ]);
  });

  it('checks member names and flags duplicates ignoring case and accents', () => {
    const problems = codes(
      draft({
        members: [
          { id: 'a', name: 'Zoë' },
          { id: 'b', name: ' ' },
          { id: 'c', name: 'ZOE' },
          { id: 'd', name: 'n'.repeat(61) },
          { id: 'e', name: 'n'.repeat(60) },
        ],
      }),
    );
    expect(problems).toEqual([
      'members.1.name:member-name-required',
      'members.2.name:member-name-duplicate',
      'members.3.name:member-name-too-long',
    ]);
  });

  it('checks emails loosely', () => {
    const withEmail = (email: string) =>
      codes(
        draft({
          members: [
            { id: 'a', name: 'Ana', email },
            { id: 'b', name: 'Bo' },
          ],
        }),
      );
    expect(withEmail('ana@example.org')).toEqual([]);
    expect(withEmail('ana.o+crew@mail.example.co.uk')).toEqual([]);
    expect(withEmail('   ')).toEqual([]);
    expect(withEmail('ana')).toEqual(['members.0.email:member-email-invalid']);
    expect(withEmail('ana@example')).toEqual(['members.0.email:member-email-invalid']);
    expect(withEmail('a na@example.org')).toEqual(['members.0.email:member-email-invalid']);
  });

  it('needs the caller to be a current member', () => {
    expect(codes(draft({ callerId: 'zz' }))).toEqual(['callerId:caller-not-member']);
    expect(codes(draft({ callerId: undefined }))).toEqual(['callerId:caller-not-member']);
    const left = draft().members.map((m) => (m.id === 'a' ? { ...m, leftAt: NOW } : m));
    expect(codes(draft({ members: left }))).toEqual(['callerId:caller-not-member']);
  });

  it('checks the rhythm', () => {
    const rhythm = (everyDays: number | undefined, durationMinutes = 60) =>
      codes(draft({ rhythm: { kind: 'custom', everyDays, durationMinutes } }));
    expect(rhythm(1)).toEqual([]);
    expect(rhythm(365)).toEqual([]);
    expect(rhythm(0)).toEqual(['rhythm.everyDays:every-days-invalid']);
    expect(rhythm(366)).toEqual(['rhythm.everyDays:every-days-invalid']);
    expect(rhythm(2.5)).toEqual(['rhythm.everyDays:every-days-invalid']);
    expect(rhythm(undefined)).toEqual(['rhythm.everyDays:every-days-invalid']);
    expect(rhythm(7, 15)).toEqual([]);
    expect(rhythm(7, 480)).toEqual([]);
    expect(rhythm(7, 14)).toEqual(['rhythm.durationMinutes:duration-invalid']);
    expect(rhythm(7, 481)).toEqual(['rhythm.durationMinutes:duration-invalid']);
  });

  it('checks the meeting link and role names', () => {
    expect(codes(draft({ meetingLink: 'https://meet.google.com/new' }))).toEqual([
      'meetingLink:meeting-link-invalid',
    ]);
    expect(codes(draft({ meetingLink: 'https://meet.google.com/abc-defg-hij' }))).toEqual([]);
    expect(codes(draft({ roles: ['timekeeper', ' ', 'Timekeeper'] }))).toEqual([
      'roles.1:role-name-required',
      'roles.2:role-name-duplicate',
    ]);
  });
});

describe('nameKey', () => {
  it('folds case, accents and spacing', () => {
    expect(nameKey('  José   María ')).toBe(nameKey('jose maria'));
    expect(nameKey('Ana')).not.toBe(nameKey('Anna'));
  });
});

describe('member edits', () => {
  const crew = crewOf(['Ana', 'Bo', 'Chidi']);

  it('lists who is active at a moment', () => {
    const later = addMember(crew, { id: 'dee', name: 'Dee' }, '2026-12-10T00:00:00.000Z');
    const withLeaver = removeMember(later, 'bo', '2026-12-03T00:00:00.000Z');
    const names = (at: string) => activeMembers(withLeaver, at).map((m) => m.name);
    expect(names('2026-12-01T00:00:00.000Z')).toEqual(['Ana', 'Bo', 'Chidi']);
    expect(names('2026-12-03T00:00:00.000Z')).toEqual(['Ana', 'Chidi']);
    expect(names('2026-12-10T00:00:00.000Z')).toEqual(['Ana', 'Chidi', 'Dee']);
    expect(names('2026-11-01T00:00:00.000Z')).toEqual([]);
  });

  it('keeps a member who leaves, with the first leaving date', () => {
    const once = removeMember(crew, 'bo', '2026-12-03T00:00:00.000Z');
    const twice = removeMember(once, 'bo', '2027-01-01T00:00:00.000Z');
    expect(twice.members).toHaveLength(3);
    expect(twice.members[1]).toEqual({
      id: 'bo',
      name: 'Bo',
      joinedAt: NOW,
      leftAt: '2026-12-03T00:00:00.000Z',
    });
    expect(crew.members[1]?.leftAt).toBeUndefined();
  });

  it('moves a member, clamping the target', () => {
    const order = (c: Crew) => c.members.map((m) => m.id);
    expect(order(moveMember(crew, 'chidi', 0))).toEqual(['chidi', 'ana', 'bo']);
    expect(order(moveMember(crew, 'ana', 1))).toEqual(['bo', 'ana', 'chidi']);
    expect(order(moveMember(crew, 'ana', 99))).toEqual(['bo', 'chidi', 'ana']);
    expect(order(moveMember(crew, 'chidi', -3))).toEqual(['chidi', 'ana', 'bo']);
    expect(moveMember(crew, 'nobody', 0)).toBe(crew);
  });

  it('renames a member', () => {
    expect(renameMember(crew, 'bo', '  Bodhi ').members.map((m) => m.name)).toEqual([
      'Ana',
      'Bodhi',
      'Chidi',
    ]);
  });

  it('hints at splitting above eight current members', () => {
    const eight = crewOf(['Ana', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(crewSizeNote(eight)).toBeUndefined();
    const nine = addMember(eight, { id: 'i', name: 'I' }, NOW);
    expect(crewSizeNote(nine)).toBe('split-hint');
    expect(crewSizeNote(removeMember(nine, 'i', NOW))).toBeUndefined();
  });
});
