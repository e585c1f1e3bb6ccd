// The shapes shared by the backup files (parser, problems, references, serializer), in a file of
// their own so that those files depend on it and not on each other in a circle.
import type {
  Crew,
  Deck,
  IsoTime,
  PromptUsage,
  Reflection,
  Retrospective,
  RoundRecord,
  Series,
  Session,
  Settings,
} from './model';

export const BACKUP_FORMAT = 'crewkit-backup';
/** Version of the envelope. Records inside carry their own schema version `v`. */
export const BACKUP_VERSION = 1;
/** Refused before parsing, so a huge file cannot freeze the page. Counted in UTF-16 units. */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
export const MAX_LISTED_PROBLEMS = 20;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: IsoTime;
  crews: Crew[];
  series: Series[];
  sessions: Session[];
  rounds: RoundRecord[];
  /** Stored decks always have a crew. */
  decks: (Deck & { crewId: string })[];
  promptUsage: PromptUsage[];
  /** Hosts' private reflections (schema 2). */
  reflections: Reflection[];
  /** Decisions at the end of a series (schema 2). */
  retrospectives: Retrospective[];
  settings: Settings;
}

export type BackupProblemCode =
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'not-a-backup'
  | 'wrong-format'
  | 'newer-version'
  | 'needs-migration'
  | 'forbidden-key'
  | 'too-deep'
  | 'missing-field'
  | 'unknown-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'markup-in-text'
  | 'dangling-reference'
  | 'duplicate-id';

/** One step of a path into the file: a field name or a list index. */
export type PathPart = string | number;

export interface BackupProblem {
  code: BackupProblemCode;
  /** Where, e.g. `crews[0].members[2].name`; empty for the file as a whole. */
  path: string;
  /** English sentence naming the problem and where (logs, tests, the store's errors). */
  message: string;
  /** What exactly is wrong, so the options page can say it in the user's language. */
  detail?: ProblemDetail;
  /** For `not-json` and `truncated`: where in the text (1-based). */
  line?: number;
  column?: number;
}

/** A value as a sentence names it: what was found, or what was expected. */
export type ValueWords =
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  /** A value written as JSON: `1`, `"crewkit-backup"`, `true`. */
  | { kind: 'literal'; json: string }
  | { kind: 'one-of'; json: string[] }
  | { kind: 'type'; type: 'text' | 'number' | 'boolean' | 'object' | 'list' | 'null' | 'nothing' };

/** The rules a value can break besides its type, each with its own sentence in the locale. */
export type ValueRule =
  | 'whole-number'
  | 'id'
  | 'time'
  | 'https-link'
  | 'https-origin'
  | 'email'
  | 'not-empty'
  | 'round-state';

export type ProblemDetail =
  | { rule: 'expected'; expected: ValueWords; found: ValueWords }
  | {
      rule: 'max-characters' | 'max-entries' | 'min-value' | 'max-value' | 'max-depth';
      limit: number;
    }
  | { rule: ValueRule }
  /** Markup, a dangling reference or a duplicate id: the text or id concerned. */
  | { rule: 'markup' | 'no-such-id' | 'same-id'; text: string };

export type ParseBackupResult =
  | { ok: true; backup: Backup }
  /** `problems` lists at most MAX_LISTED_PROBLEMS; `moreProblems` counts the rest. */
  | { ok: false; problems: BackupProblem[]; moreProblems: number };
