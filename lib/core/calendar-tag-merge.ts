// Merging our tag change with someone else's, after Google answered 412 (the event changed
// since we read it). Pure. A three-way merge over the tag's parts: the session part (crew,
// number, planned count, host: one unit, so a merge never mixes their crew with our host) and
// each instance entry of a series. A part only we changed takes ours; a part only they changed
// keeps theirs; a part both changed goes to whoever decided later (the event's `updated` against
// the moment our user acted), so an intent that waited offline in the outbox for a day does not
// overwrite a crewmate's newer choice.
import { isTagKey, MAX_KEY_LENGTH, MAX_VALUE_LENGTH, TAG_KEYS } from './calendar-tag';

export type TagKeys = Record<string, string>;

const SESSION_KEYS = new Set<string>([TAG_KEYS.crew, TAG_KEYS.number, TAG_KEYS.of, TAG_KEYS.host]);

/** Google keeps at most 300 properties per event; more than that is not an event of ours. */
const MAX_KEPT_KEYS = 300;

/**
 * Our keys only, string values within Google's limits only (whatever else an event holds is not
 * ours to keep or merge; an oversized value cannot have come from Google).
 */
export function ownTagKeys(shared: unknown): TagKeys {
  if (typeof shared !== 'object' || shared === null || Array.isArray(shared)) return {};
  const out: TagKeys = {};
  let kept = 0;
  for (const [key, value] of Object.entries(shared as Record<string, unknown>)) {
    if (kept >= MAX_KEPT_KEYS) break;
    if (!isTagKey(key) || key.length > MAX_KEY_LENGTH) continue;
    if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) continue;
    out[key] = value;
    kept += 1;
  }
  return out;
}

function parts(keys: TagKeys): Map<string, string> {
  const out = new Map<string, string>();
  const session = [...SESSION_KEYS]
    .map((key) => [key, keys[key]] as const)
    .filter(([, v]) => v !== undefined);
  if (session.length) out.set('session', JSON.stringify(session));
  for (const [key, value] of Object.entries(keys)) {
    if (!SESSION_KEYS.has(key)) out.set(key, value);
  }
  return out;
}

function keysOfPart(name: string, value: string | undefined): TagKeys {
  if (value === undefined) return {};
  if (name !== 'session') return { [name]: value };
  return Object.fromEntries(JSON.parse(value) as [string, string][]);
}

export interface MergeInput {
  /** Our keys as they were when the user acted (what the change was made against). */
  base: TagKeys;
  /** What the user wants (our keys; {} removes the tag). */
  ours: TagKeys;
  /** What the event holds now. */
  theirs: TagKeys;
  /** Whether their change is later than our user's (event `updated` > intent time). */
  theirsIsNewer: boolean;
  /**
   * Targets of our own earlier writes that may have landed without us hearing back (a lost
   * answer): the event holding one of them is our doing, not a crewmate's change. Without this,
   * an unrelated later edit (a new title) would make our own lost write look like theirs.
   */
  ourEarlierWrites?: TagKeys[];
}

/** The tag keys the event should end up with. */
export function mergeTagKeys(input: MergeInput): TagKeys {
  const { base, ours, theirs, theirsIsNewer } = input;
  const [b, o, t] = [parts(base), parts(ours), parts(theirs)];
  const earlier = (input.ourEarlierWrites ?? []).map(parts);
  const names = new Set([...b.keys(), ...o.keys(), ...t.keys()]);
  let result: TagKeys = {};
  for (const name of names) {
    const [bv, ov, tv] = [b.get(name), o.get(name), t.get(name)];
    // The event holding what we ourselves tried earlier: our newest intent supersedes it.
    const theirsIsOurs = earlier.some((write) => write.get(name) === tv);
    const oursChanged = ov !== bv;
    const theirsChanged = tv !== bv;
    const pick = theirsIsOurs || !theirsChanged ? ov : !oursChanged ? tv : theirsIsNewer ? tv : ov;
    result = { ...result, ...keysOfPart(name, pick) };
  }
  return result;
}

/** The patch turning `theirs` into `target` over our keys (null deletes). Empty: nothing to write. */
export function keysPatch(theirs: TagKeys, target: TagKeys): Record<string, string | null> {
  const patch: Record<string, string | null> = {};
  for (const key of Object.keys(theirs)) if (!(key in target)) patch[key] = null;
  for (const [key, value] of Object.entries(target)) if (theirs[key] !== value) patch[key] = value;
  return patch;
}
