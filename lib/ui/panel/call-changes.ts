// Who came and went since the round was set up, so the host can act on it with one click (issue
// 8, "People trickle in"): whoever is in the call but not in the round can be added (the engine's
// `join`), whoever is still to speak but no longer in the call can be skipped. Nothing changes on
// its own: a dropped connection often comes back a minute later.
import type { RoundPerson, RoundState } from '../../core/round';

export interface CallChanges {
  /** In the call, not (or no longer) in the round. */
  joined: RoundPerson[];
  /** In the round, not done yet, gone from the call; `isCurrent` when it is their turn. */
  left: (RoundPerson & { isCurrent: boolean })[];
}

const NONE: CallChanges = { joined: [], left: [] };

export function callChanges(
  round: RoundState,
  inCall: readonly RoundPerson[] | undefined,
  /** A meeting's people, while a phase of the whole crew is on (no turns to change). */
  people?: readonly RoundPerson[],
): CallChanges {
  if (!inCall || round.status === 'ended') return NONE;
  if (round.budget.kind === 'phases') return people ? rosterChanges(people, inCall) : NONE;
  const here = new Set(inCall.map((person) => person.personId));
  const turns = new Map(
    round.entries.flatMap((entry, index) =>
      entry.slot.kind === 'turn' ? [[entry.slot.personId, { entry, index }] as const] : [],
    ),
  );
  const joined = inCall.filter((person) => {
    const found = turns.get(person.personId);
    return !found || found.entry.status === 'left';
  });
  const left: CallChanges['left'] = [];
  for (const [personId, { entry, index }] of turns) {
    if (here.has(personId) || entry.slot.kind !== 'turn') continue;
    const isCurrent = entry.status === 'current' && index === round.index;
    if (entry.status === 'upcoming' || isCurrent) {
      left.push({ personId, name: entry.slot.name, isCurrent });
    }
  }
  return { joined, left };
}

/** Between a meeting's rounds: who came, and who went, since the people were set. */
function rosterChanges(
  people: readonly RoundPerson[],
  inCall: readonly RoundPerson[],
): CallChanges {
  const here = new Set(inCall.map((person) => person.personId));
  const listed = new Set(people.map((person) => person.personId));
  return {
    joined: inCall.filter((person) => !listed.has(person.personId)),
    left: people
      .filter((person) => !here.has(person.personId))
      .map((person) => ({ ...person, isCurrent: false })),
  };
}
