// Speaking orders. Each helper returns a new array and never drops or duplicates a person, so the
// panel can show the order before the round starts and the host can still drag it.
import type { Id } from '../model.ts';

/** How to order people when a round is created. */
export type RoundOrder =
  | { kind: 'given' }
  | { kind: 'host-first'; hostId: Id }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'explicit'; personIds: Id[] };

interface HasPersonId {
  personId: Id;
}

/**
 * mulberry32: a tiny seeded PRNG. The same seed gives the same shuffle on every device, so an
 * order shown before starting is the order the round runs in. Returns numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The host speaks first, then everyone after the host in rotation order, wrapping round to those
 * before the host. `people` is in rotation order (the crew's member order). Unknown host: as given.
 */
export function hostFirstOrder<T extends HasPersonId>(people: readonly T[], hostId: Id): T[] {
  const at = people.findIndex((person) => person.personId === hostId);
  if (at <= 0) return [...people];
  return [...people.slice(at), ...people.slice(0, at)];
}

/** Fisher-Yates with a seeded PRNG: reproducible from the seed. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = shuffled[i] as T;
    shuffled[i] = shuffled[j] as T;
    shuffled[j] = held;
  }
  return shuffled;
}

/**
 * The order as dragged. Ids that match no one are ignored; anyone the list leaves out keeps
 * their place after the listed people, so a stale drag never loses a person.
 */
export function explicitOrder<T extends HasPersonId>(people: readonly T[], personIds: Id[]): T[] {
  const byId = new Map(people.map((person) => [person.personId, person]));
  const listed: T[] = [];
  for (const id of personIds) {
    const person = byId.get(id);
    if (person && !listed.includes(person)) listed.push(person);
  }
  const rest = people.filter((person) => !listed.includes(person));
  return [...listed, ...rest];
}

/**
 * "Start with someone other than last time": when last round's first speaker would start again,
 * rotate by one so the next person starts and last time's first speaker goes last.
 */
export function startWithSomeoneElse<T extends HasPersonId>(
  order: readonly T[],
  lastFirstSpeakerId: Id | undefined,
): T[] {
  const [first, ...rest] = order;
  if (!first || rest.length === 0 || first.personId !== lastFirstSpeakerId) return [...order];
  return [...rest, first];
}

export function applyOrder<T extends HasPersonId>(people: readonly T[], order: RoundOrder): T[] {
  switch (order.kind) {
    case 'given':
      return [...people];
    case 'host-first':
      return hostFirstOrder(people, order.hostId);
    case 'shuffle':
      return seededShuffle(people, order.seed);
    case 'explicit':
      return explicitOrder(people, order.personIds);
  }
}
