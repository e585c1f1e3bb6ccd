import { describe, expect, it } from 'vitest';
import {
  activeMembers,
  addDraftMember,
  type CrewDraft,
  crewDraftProblems,
  crewSizeNote,
  membersFromFirstSession,
  moveDraftMember,
  nameKey,
  removeDraftMember,
  updateDraftMember,
  validateCrewDraft,
} from './crew';
import { type Crew, SCHEMA_VERSION, type Session, TIMEKEEPER } from './model';
import { planRotation } from './rotation';

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

describe('who is a member when', () => {
  const crew = crewOf(['Ana', 'Bo', 'Chidi']);

  it('lists who is active at a moment', () => {
    const withChanges: Crew = {
      ...crew,
      members: [
        ...crew.members.map((m) =>
          m.id === 'bo' ? { ...m, leftAt: '2026-12-03T00:00:00.000Z' } : m,
        ),
        { id: 'dee', name: 'Dee', joinedAt: '2026-12-10T00:00:00.000Z' },
      ],
    };
    const names = (at: string) => activeMembers(withChanges, at).map((m) => m.name);
    expect(names('2026-12-01T00:00:00.000Z')).toEqual(['Ana', 'Bo', 'Chidi']);
    expect(names('2026-12-03T00:00:00.000Z')).toEqual(['Ana', 'Chidi']);
    expect(names('2026-12-10T00:00:00.000Z')).toEqual(['Ana', 'Chidi', 'Dee']);
    expect(names('2026-11-01T00:00:00.000Z')).toEqual([]);
  });

  it('hints at splitting above eight current members', () => {
    const eight = crewOf(['Ana', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(crewSizeNote(eight)).toBeUndefined();
    const nine = crewOf(['Ana', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    expect(crewSizeNote(nine)).toBe('split-hint');
    const nineOneLeft: Crew = {
      ...nine,
      members: nine.members.map((m) => (m.id === 'i' ? { ...m, leftAt: NOW } : m)),
    };
    expect(crewSizeNote(nineOneLeft)).toBeUndefined();
  });
});

describe("the crew editor's draft", () => {
  // Ana and Bo are stored (they have join dates), Eve left before, Cy was added in this edit.
  const editing = (): CrewDraft =>
    draft({
      members: [
        { id: 'ana', name: 'Ana', joinedAt: NOW },
        { id: 'eve', name: 'Eve', joinedAt: NOW, leftAt: NOW },
        { id: 'bo', name: 'Bo', joinedAt: NOW },
        { id: 'cy', name: 'Cy' },
      ],
      callerId: 'ana',
    });
  const order = (d: CrewDraft) => d.members.map((m) => m.id);
  const LATER = '2026-12-08T10:00:00.000Z';

  it('moves a member past former members, who are hidden in the form', () => {
    expect(order(moveDraftMember(editing(), 'bo', -1))).toEqual(['bo', 'ana', 'eve', 'cy']);
    expect(order(moveDraftMember(editing(), 'ana', 1))).toEqual(['eve', 'bo', 'ana', 'cy']);
    expect(order(moveDraftMember(editing(), 'bo', 1))).toEqual(['ana', 'eve', 'cy', 'bo']);
  });

  it('leaves the order alone at either end or for someone not in it', () => {
    const d = editing();
    expect(moveDraftMember(d, 'ana', -1)).toBe(d);
    expect(moveDraftMember(d, 'cy', 1)).toBe(d);
    expect(moveDraftMember(d, 'nobody', 1)).toBe(d);
  });

  it('lets a stored member leave, keeping them for the hosting history', () => {
    const after = removeDraftMember(editing(), 'bo', LATER);
    expect(order(after)).toEqual(['ana', 'eve', 'bo', 'cy']);
    expect(after.members.find((m) => m.id === 'bo')?.leftAt).toBe(LATER);
    expect(after.callerId).toBe('ana');
  });

  it('drops a row added in this edit altogether', () => {
    expect(order(removeDraftMember(editing(), 'cy', LATER))).toEqual(['ana', 'eve', 'bo']);
  });

  it('hands the caller role to the first member still there when the caller goes', () => {
    const after = removeDraftMember(editing(), 'ana', LATER);
    expect(after.callerId).toBe('bo');
    const alone = removeDraftMember(
      removeDraftMember(removeDraftMember(editing(), 'ana', LATER), 'bo', LATER),
      'cy',
      LATER,
    );
    expect(alone.callerId).toBeUndefined();
  });

  it('does not move the leaving date of someone who already left', () => {
    const d = editing();
    expect(removeDraftMember(d, 'eve', LATER)).toBe(d);
  });

  it('adds an empty row at the end and edits a row in place', () => {
    const added = addDraftMember(editing(), 'dee');
    expect(added.members.at(-1)).toEqual({ id: 'dee', name: '' });
    const named = updateDraftMember(added, 'dee', { name: 'Dee' });
    expect(named.members.at(-1)).toEqual({ id: 'dee', name: 'Dee' });
    expect(order(named)).toEqual(['ana', 'eve', 'bo', 'cy', 'dee']);
  });
});

describe('membersFromFirstSession', () => {
  // The crew is entered at 10:00 and its first session was at 09:00 the same morning.
  const EARLIER = '2026-11-26T09:00:00.000Z';
  const first: Session = {
    v: SCHEMA_VERSION,
    id: 's1',
    crewId: 'crew-1',
    seriesId: 'series-1',
    index: 1,
    startsAt: EARLIER,
    status: 'planned',
    awayIds: [],
  };
  const crew = () => ({ ...crewOf(['Ana', 'Bo', 'Cy']), id: 'crew-1' });

  it('lets the founding members host a first session that started before they were entered', () => {
    const before = planRotation({ crew: crew(), sessions: [first] });
    expect(before[0]?.hostId).toBeUndefined();
    const founded = membersFromFirstSession(crew(), EARLIER, []);
    expect(founded.members.map((m) => m.joinedAt)).toEqual([EARLIER, EARLIER, EARLIER]);
    expect(planRotation({ crew: founded, sessions: [first] })[0]?.hostId).toBe('ana');
  });

  it('keeps join dates once the crew has a session, and for members who joined before', () => {
    const withSession = membersFromFirstSession(crew(), EARLIER, [first]);
    expect(withSession.members.map((m) => m.joinedAt)).toEqual([NOW, NOW, NOW]);
    const later = membersFromFirstSession(crew(), '2026-12-01T18:00:00.000Z', []);
    expect(later.members.map((m) => m.joinedAt)).toEqual([NOW, NOW, NOW]);
  });

  it('leaves members who left alone and ignores sessions of other crews', () => {
    const base = crew();
    const left = {
      ...base,
      members: base.members.map((m) => (m.id === 'cy' ? { ...m, leftAt: NOW } : m)),
    };
    const other = { ...first, crewId: 'other-crew' };
    const founded = membersFromFirstSession(left, EARLIER, [other]);
    expect(founded.members.map((m) => m.joinedAt)).toEqual([EARLIER, EARLIER, NOW]);
  });
});
