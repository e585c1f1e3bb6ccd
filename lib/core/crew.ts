// Crews and their members: validation for the options form and small immutable edits.
// Problems are codes; the UI translates them (lib/core stays free of UI strings).
import { newId } from './ids';
import { parseMeetingLink } from './meeting-link';
import {
  type Crew,
  type Id,
  type IsoTime,
  MAX_MEMBERS,
  type Member,
  MIN_MEMBERS,
  type Rhythm,
  type RoleName,
  SCHEMA_VERSION,
  SPLIT_HINT_ABOVE,
  TIMEKEEPER,
} from './model';

export const CREW_NAME_MAX = 80;
export const MEMBER_NAME_MAX = 60;
export const EVERY_DAYS_MIN = 1;
export const EVERY_DAYS_MAX = 365;
export const DURATION_MIN = 15;
export const DURATION_MAX = 480;

export type CrewProblemCode =
  | 'name-required'
  | 'name-too-long'
  | 'too-few-members'
  | 'too-many-members'
  | 'member-name-required'
  | 'member-name-too-long'
  | 'member-name-duplicate'
  | 'member-email-invalid'
  | 'caller-not-member'
  | 'every-days-invalid'
  | 'duration-invalid'
  | 'meeting-link-invalid'
  | 'role-name-required'
  | 'role-name-duplicate';

/** `field` names the form field: "name", "members", "members.2.name", "rhythm.everyDays", ... */
export interface CrewProblem {
  field: string;
  code: CrewProblemCode;
}

export interface MemberDraft {
  id: Id;
  name: string;
  email?: string;
  joinedAt?: IsoTime;
  leftAt?: IsoTime;
}

/** What the options form holds while someone edits a crew; optional parts get defaults. */
export interface CrewDraft {
  id?: Id;
  name: string;
  members: MemberDraft[];
  callerId?: Id;
  rhythm: Rhythm;
  roles?: RoleName[];
  agreements?: string[];
  /** What the crew meets for; captured at the kickoff (issue 10), editable here later. */
  intentions?: string[];
  meetingLink?: string;
  deckIds?: Id[];
  createdAt?: IsoTime;
  archivedAt?: IsoTime;
}

export type CrewValidation = { ok: true; crew: Crew } | { ok: false; problems: CrewProblem[] };

/** Loose on purpose: catches typos like a missing "@", never rejects an unusual real address. */
const LOOSE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Compares names as people read them: "Zoë", "zoe" and " ZOE " are the same person's name. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function isWholeIn(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max;
}

function memberProblems(members: MemberDraft[]): CrewProblem[] {
  const problems: CrewProblem[] = [];
  const seen = new Set<string>();
  members.forEach((member, index) => {
    if (member.leftAt !== undefined) return;
    const name = member.name.trim();
    const field = `members.${index}.name`;
    if (name === '') problems.push({ field, code: 'member-name-required' });
    else if (name.length > MEMBER_NAME_MAX) problems.push({ field, code: 'member-name-too-long' });
    else if (seen.has(nameKey(name))) problems.push({ field, code: 'member-name-duplicate' });
    seen.add(nameKey(name));
    const email = member.email?.trim() ?? '';
    if (email !== '' && !LOOSE_EMAIL.test(email)) {
      problems.push({ field: `members.${index}.email`, code: 'member-email-invalid' });
    }
  });
  return problems;
}

function roleProblems(roles: RoleName[]): CrewProblem[] {
  const problems: CrewProblem[] = [];
  const seen = new Set<string>();
  roles.forEach((role, index) => {
    const field = `roles.${index}`;
    if (role.trim() === '') problems.push({ field, code: 'role-name-required' });
    else if (seen.has(nameKey(role))) problems.push({ field, code: 'role-name-duplicate' });
    seen.add(nameKey(role));
  });
  return problems;
}

/** Every problem in a draft, in form order; empty when the draft can be saved. */
export function crewDraftProblems(draft: CrewDraft): CrewProblem[] {
  const problems: CrewProblem[] = [];
  const name = draft.name.trim();
  if (name === '') problems.push({ field: 'name', code: 'name-required' });
  else if (name.length > CREW_NAME_MAX) problems.push({ field: 'name', code: 'name-too-long' });

  const current = draft.members.filter((member) => member.leftAt === undefined);
  if (current.length < MIN_MEMBERS) problems.push({ field: 'members', code: 'too-few-members' });
  if (current.length > MAX_MEMBERS) problems.push({ field: 'members', code: 'too-many-members' });
  problems.push(...memberProblems(draft.members));
  if (!current.some((member) => member.id === draft.callerId)) {
    problems.push({ field: 'callerId', code: 'caller-not-member' });
  }

  const { rhythm } = draft;
  if (rhythm.kind === 'custom' && !isWholeIn(rhythm.everyDays, EVERY_DAYS_MIN, EVERY_DAYS_MAX)) {
    problems.push({ field: 'rhythm.everyDays', code: 'every-days-invalid' });
  }
  if (!isWholeIn(rhythm.durationMinutes, DURATION_MIN, DURATION_MAX)) {
    problems.push({ field: 'rhythm.durationMinutes', code: 'duration-invalid' });
  }
  const link = draft.meetingLink?.trim() ?? '';
  if (link !== '' && parseMeetingLink(link) === null) {
    problems.push({ field: 'meetingLink', code: 'meeting-link-invalid' });
  }
  problems.push(...roleProblems(draft.roles ?? []));
  return problems;
}

function toMember(draft: MemberDraft, now: IsoTime): Member {
  const email = draft.email?.trim();
  return {
    id: draft.id,
    name: draft.name.trim(),
    ...(email ? { email } : {}),
    joinedAt: draft.joinedAt ?? now,
    ...(draft.leftAt !== undefined ? { leftAt: draft.leftAt } : {}),
  };
}

/**
 * Checks a draft and, when it is sound, returns the crew to store: names trimmed, new members
 * joined `now`, the timekeeper role by default.
 */
export function validateCrewDraft(
  draft: CrewDraft,
  context: { now: IsoTime; makeId?: () => Id },
): CrewValidation {
  const problems = crewDraftProblems(draft);
  if (problems.length > 0 || draft.callerId === undefined) return { ok: false, problems };
  const link = draft.meetingLink?.trim();
  const crew: Crew = {
    v: SCHEMA_VERSION,
    id: draft.id ?? (context.makeId ?? newId)(),
    name: draft.name.trim(),
    members: draft.members.map((member) => toMember(member, context.now)),
    callerId: draft.callerId,
    rhythm:
      draft.rhythm.kind === 'custom'
        ? { ...draft.rhythm }
        : { kind: draft.rhythm.kind, durationMinutes: draft.rhythm.durationMinutes },
    roles: (draft.roles ?? [TIMEKEEPER]).map((role) => role.trim()),
    agreements: keptLines(draft.agreements ?? []),
    // Kept as they were when the draft never had them, so editing an older crew adds nothing.
    ...(draft.intentions === undefined ? {} : { intentions: keptLines(draft.intentions) }),
    ...(link ? { meetingLink: link } : {}),
    deckIds: draft.deckIds ?? [],
    createdAt: draft.createdAt ?? context.now,
    ...(draft.archivedAt !== undefined ? { archivedAt: draft.archivedAt } : {}),
  };
  return { ok: true, crew };
}

/** Lines as a person typed them, one per line: trimmed, blank lines dropped. */
export function keptLines(lines: string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/** Whether a member takes part at `at`: joined at or before it and not yet left. */
export function isActiveAt(member: Member, at: IsoTime): boolean {
  const time = Date.parse(at);
  if (Date.parse(member.joinedAt) > time) return false;
  return member.leftAt === undefined || time < Date.parse(member.leftAt);
}

export function activeMembers(crew: Crew, at: IsoTime): Member[] {
  return crew.members.filter((member) => isActiveAt(member, at));
}

/** Members who have not left, whatever their join date. */
export function currentMembers(crew: Crew): Member[] {
  return crew.members.filter((member) => member.leftAt === undefined);
}

/**
 * The crew's first series may start before its members were entered: a crew set up after its
 * first meeting, an event already past tagged as its first session, or a first session earlier
 * today. With no session planned yet, everyone in the crew was there from the start, so each
 * current member who joined after `startsAt` takes part from it; otherwise the rotation would find
 * nobody who can host the first session. Later joiners (once a session exists) keep their date.
 * Returns the same crew when nothing changes.
 */
export function membersFromFirstSession(
  crew: Crew,
  startsAt: IsoTime,
  sessions: readonly { crewId: string }[],
): Crew {
  const start = Date.parse(startsAt);
  if (Number.isNaN(start) || sessions.some((s) => s.crewId === crew.id)) return crew;
  const later = (m: Member) => m.leftAt === undefined && Date.parse(m.joinedAt) > start;
  if (!crew.members.some(later)) return crew;
  return {
    ...crew,
    members: crew.members.map((m) => (later(m) ? { ...m, joinedAt: startsAt } : m)),
  };
}

/** A gentle hint, never a rule: crews above eight usually split (microsolidarity "Scales"). */
export function crewSizeNote(crew: Crew): 'split-hint' | undefined {
  return currentMembers(crew).length > SPLIT_HINT_ABOVE ? 'split-hint' : undefined;
}

// The crew editor's draft operations: pure, so the form only keeps state and renders.

/** Adds an empty member row at the end of the rotation order. */
export function addDraftMember(draft: CrewDraft, id: Id): CrewDraft {
  return { ...draft, members: [...draft.members, { id, name: '' }] };
}

export function updateDraftMember(
  draft: CrewDraft,
  memberId: Id,
  patch: Partial<Omit<MemberDraft, 'id'>>,
): CrewDraft {
  return {
    ...draft,
    members: draft.members.map((m) => (m.id === memberId ? { ...m, ...patch } : m)),
  };
}

/**
 * Moves a member one place up (delta -1) or down (+1) in the rotation order as the form shows
 * it: former members are hidden there, so the move steps past them. Unchanged at either end.
 */
export function moveDraftMember(draft: CrewDraft, memberId: Id, delta: -1 | 1): CrewDraft {
  const members = [...draft.members];
  const from = members.findIndex((m) => m.id === memberId);
  let to = from + delta;
  while (to >= 0 && to < members.length && members[to]?.leftAt !== undefined) to += delta;
  if (from < 0 || to < 0 || to >= members.length) return draft;
  const [moved] = members.splice(from, 1);
  if (moved) members.splice(to, 0, moved);
  return { ...draft, members };
}

/**
 * Takes a member out of the form. A stored member (with a join date) leaves rather than being
 * deleted, so past sessions still show who hosted; a row added in this edit just goes. If they
 * were the caller, the first member still there becomes the caller.
 */
export function removeDraftMember(draft: CrewDraft, memberId: Id, leftAt: IsoTime): CrewDraft {
  const member = draft.members.find((m) => m.id === memberId);
  if (!member || member.leftAt !== undefined) return draft;
  const members = member.joinedAt
    ? draft.members.map((m) => (m.id === memberId ? { ...m, leftAt } : m))
    : draft.members.filter((m) => m.id !== memberId);
  const stillThere = members.filter((m) => m.leftAt === undefined);
  const { callerId: _caller, ...rest } = draft;
  const callerId = draft.callerId === memberId ? stillThere[0]?.id : draft.callerId;
  return { ...rest, members, ...(callerId ? { callerId } : {}) };
}
