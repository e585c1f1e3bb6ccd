// Matches the names a call shows (Meet or Jitsi display names) to a crew's members, so the
// check-in order can follow the crew and absent members can be marked away. Pure.
//
// People join as "Ada Lovelace (You)", "chiara bianchi", "Zoë O'Brien (Acme Corp)",
// "Bashir Rahimi - Acme", "Bill" for William, or only their first name. Matching runs in passes
// from strict to loose; in every pass after the exact one, a pair is taken only when it is the
// one candidate on both sides, so an ambiguous name stays a guest rather than becoming the
// wrong member. No roster entry ever matches two members, and no member two roster entries.

export interface RosterName {
  id: string;
  name: string;
  isSelf?: boolean;
}

export interface MemberName {
  id: string;
  name: string;
}

export interface NameMatch {
  memberId: string;
  rosterId: string;
}

export interface RosterMatch {
  /** In roster order. */
  matched: NameMatch[];
  /** Roster ids matched to no member: people who are not (or not recognised as) in the crew. */
  guests: string[];
  /** Member ids matched to nobody in the call, in member order. */
  absent: string[];
}

/** Short forms of given names. Accents are already stripped when these are compared. */
const NICKNAME_GROUPS: readonly (readonly string[])[] = [
  ['william', 'bill', 'billy', 'will', 'willy', 'liam'],
  ['robert', 'rob', 'robbie', 'bob', 'bobby'],
  ['richard', 'rich', 'richie', 'rick', 'ricky', 'dick'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'elsa'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'katie', 'kathy', 'cathy', 'kat', 'katya'],
  ['margaret', 'maggie', 'meg', 'peggy', 'greta'],
  ['michael', 'mike', 'mikey', 'mick', 'misha'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny'],
  ['jonathan', 'jon', 'jonny'],
  ['thomas', 'tom', 'tommy'],
  ['christopher', 'chris', 'kit'],
  ['christina', 'christine', 'chris', 'tina'],
  ['alexander', 'alex', 'sasha', 'xander'],
  ['alexandra', 'alex', 'sasha', 'sandra', 'lexi'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davey'],
  ['joseph', 'joe', 'joey'],
  ['matthew', 'matt'],
  ['nicholas', 'nick', 'nicky'],
  ['anthony', 'tony'],
  ['andrew', 'andy', 'drew'],
  ['benjamin', 'ben', 'benny'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['steven', 'stephen', 'steve'],
  ['patrick', 'pat', 'paddy'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['rebecca', 'becky', 'becca'],
  ['jennifer', 'jen', 'jenny'],
  ['susan', 'sue', 'susie'],
  ['deborah', 'deb', 'debbie'],
  ['victoria', 'vicky', 'tori'],
  ['charles', 'charlie', 'chuck'],
  ['henry', 'harry', 'hank'],
  ['dmitri', 'dmitry', 'dima'],
  ['yevgeny', 'evgeny', 'zhenya'],
  ['ekaterina', 'katya'],
  ['giuseppe', 'beppe', 'peppe'],
  ['jose', 'pepe'],
  ['ignacio', 'nacho'],
  ['muhammad', 'mohammed', 'mohamed', 'mohammad', 'mo'],
];

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof']);

/** A display name reduced to comparable tokens: lowercase, no accents, no suffixes. */
export function nameTokens(name: string): string[] {
  let text = name.normalize('NFKC').trim();
  if (text.includes('@') && !text.includes(' ')) text = text.slice(0, text.indexOf('@'));
  text = text.replace(/\s*\((?:you|me)\)\s*$/i, '');
  // "Name (Acme Corp)", "Name [Acme]", "Name - Acme", "Name | Acme", "Name – Acme"
  const core = text
    .replace(/\s*[([][^()[\]]*[)\]]\s*$/, '')
    .split(/\s+[-|–—·•]\s+/)[0]
    ?.trim();
  if (core) text = core;
  const tokens = text
    .normalize('NFD')
    // Only the combining accents of Latin, Greek and Cyrillic letters: Thai or Devanagari vowel
    // signs are marks too, but they are letters of the name.
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`-]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((token) => token !== '');
  const withoutTitle = tokens.length > 1 && TITLES.has(tokens[0] ?? '') ? tokens.slice(1) : tokens;
  return withoutTitle;
}

function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (NICKNAME_GROUPS.some((group) => group.includes(a) && group.includes(b))) return true;
  // "Alex" for "Alexandra": an unambiguous prefix of at least 3 letters.
  return Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a));
}

/** The shorter list's tokens each equal, or are the initial of, a later token of the longer. */
function restCompatible(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let from = 0;
  for (const token of short) {
    const at = long.findIndex(
      (candidate, i) =>
        i >= from && (candidate === token || (token.length === 1 && candidate.startsWith(token))),
    );
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

type Tokens = readonly string[];
type Pass = (roster: Tokens, member: Tokens) => boolean;

const PASSES: readonly Pass[] = [
  // Same tokens in another order: "Park Eun-ji", "Lovelace, Ada".
  (r, m) => r.length === m.length && [...r].sort().join(' ') === [...m].sort().join(' '),
  // Same first name, the rest compatible: "Dmitri" for "Dmitri Volkov", "Bashir R.".
  (r, m) => r[0] === m[0] && restCompatible(r.slice(1), m.slice(1)),
  // A nickname or prefix of the first name: "Bill Turner", "Kate", "Alex".
  (r, m) =>
    r[0] !== undefined &&
    m[0] !== undefined &&
    sameGivenName(r[0], m[0]) &&
    restCompatible(r.slice(1), m.slice(1)),
];

export function matchRosterToMembers(
  roster: readonly RosterName[],
  members: readonly MemberName[],
): RosterMatch {
  const rosterTokens = roster.map((entry) => nameTokens(entry.name));
  const memberTokens = members.map((member) => nameTokens(member.name));
  const rosterTaken = new Map<number, number>(); // roster index -> member index
  const memberTaken = new Set<number>();
  const free = (tokens: Tokens[], taken: { has(i: number): boolean }) =>
    tokens.flatMap((t, i) => (t.length > 0 && !taken.has(i) ? [i] : []));

  // Exact pass: equal names pair in order (one person on two devices leaves one a guest).
  for (const m of free(memberTokens, memberTaken)) {
    const key = memberTokens[m]?.join(' ');
    const r = free(rosterTokens, rosterTaken).find((i) => rosterTokens[i]?.join(' ') === key);
    if (r === undefined) continue;
    rosterTaken.set(r, m);
    memberTaken.add(m);
  }

  for (const pass of PASSES) {
    // Each taken pair can make another one unambiguous; repeat the pass until nothing changes.
    for (let changed = true; changed; ) {
      changed = false;
      const freeRoster = free(rosterTokens, rosterTaken);
      const freeMembers = free(memberTokens, memberTaken);
      const fits = (r: number, m: number) =>
        pass(rosterTokens[r] as Tokens, memberTokens[m] as Tokens);
      for (const r of freeRoster) {
        const candidates = freeMembers.filter((m) => !memberTaken.has(m) && fits(r, m));
        const m = candidates[0];
        if (candidates.length !== 1 || m === undefined) continue;
        const rivals = freeRoster.filter((other) => !rosterTaken.has(other) && fits(other, m));
        if (rivals.length !== 1) continue;
        rosterTaken.set(r, m);
        memberTaken.add(m);
        changed = true;
      }
    }
  }

  const matched: NameMatch[] = [];
  const guests: string[] = [];
  roster.forEach((entry, r) => {
    const m = rosterTaken.get(r);
    const member = m === undefined ? undefined : members[m];
    if (member) matched.push({ memberId: member.id, rosterId: entry.id });
    else guests.push(entry.id);
  });
  const absent = members.filter((_, m) => !memberTaken.has(m)).map((member) => member.id);
  return { matched, guests, absent };
}
