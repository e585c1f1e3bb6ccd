// The optional line in a tagged event's description, for crewmates without Crewkit (issue 9,
// "Optionally (off by default) one line in the event description"). Pure.
//
// The description is the event owner's text: Crewkit adds one line and later replaces or removes
// exactly that line, and every other byte stays as it was. Which line is ours is not guessed from
// its wording (a person may type "Crewkit: …" themselves, or paste a crewmate's line): the line
// Crewkit wrote is kept beside the tag, in the shared key LINE_KEY, and only a line equal to it is
// ours. A person who deletes or edits our line has made it theirs: Crewkit neither puts it back
// nor touches the edited text.
import { cleanText, MAX_VALUE_LENGTH } from './calendar-tag';

/** The shared key holding the line Crewkit last wrote (a `ck1.` key: removed with the tag). */
export const LINE_KEY = 'ck1.line';
/** Longer descriptions are left alone (a patch rewrites the whole field; ~100 KB is no agenda). */
export const MAX_DESCRIPTION = 100_000;
const SEPARATOR = '\n\n';

/** One line of plain text: no line breaks, no markup characters, fits a shared value. */
export function safeLine(text: string): string {
  return cleanText(text.replace(/[<>&"]/g, ' '), MAX_VALUE_LENGTH - 24);
}

export interface LinePlacement {
  /** The description to write (unchanged when nothing of ours changes). */
  description: string | undefined;
  /** The line now in it that is ours, to keep under LINE_KEY (undefined: none). */
  line: string | undefined;
}

/** Where the previous line of ours starts, as a whole line (the last one: ours is appended). */
function findLine(description: string, line: string): number {
  for (
    let at = description.lastIndexOf(line);
    at >= 0;
    at = description.lastIndexOf(line, at - 1)
  ) {
    const startsLine = at === 0 || description[at - 1] === '\n';
    const end = at + line.length;
    const endsLine = end === description.length || description[end] === '\n';
    if (startsLine && endsLine) return at;
    if (at === 0) break;
  }
  return -1;
}

/**
 * The description after our line changes from `previous` (what LINE_KEY says we wrote) to `next`
 * (undefined removes it). `add` says whether a line may be added where ours is not present (the
 * user's setting); a line already there is kept current (or removed) either way, so turning the
 * setting off never leaves a stale host behind on an event someone tagged with it on.
 */
export function placeLine(
  description: string | undefined,
  previous: string | undefined,
  next: string | undefined,
  add: boolean,
): LinePlacement {
  const text = description ?? '';
  if (text.length > MAX_DESCRIPTION) return { description, line: undefined };
  const at = previous ? findLine(text, previous) : -1;
  if (previous !== undefined && at < 0) {
    // The person deleted or edited our line: it stays their way, and LINE_KEY keeps saying so.
    return { description, line: next ? previous : undefined };
  }
  if (previous === undefined) {
    if (!next || !add) return { description, line: undefined };
    return { description: text ? `${text}${SEPARATOR}${next}` : next, line: next };
  }
  const before = text.slice(0, at);
  const after = text.slice(at + previous.length);
  if (next) return { description: `${before}${next}${after}`, line: next };
  // Removing: also the separator we put before it, or the line break that ends it.
  if (!after && before.endsWith(SEPARATOR))
    return { description: before.slice(0, -2), line: undefined };
  if (!after && before.endsWith('\n')) return { description: before.slice(0, -1), line: undefined };
  return {
    description: `${before}${after.startsWith('\n') ? after.slice(1) : after}`,
    line: undefined,
  };
}
