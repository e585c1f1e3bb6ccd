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
  | 'missing-field'
  | 'unknown-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'markup-in-text'
  | 'dangling-reference'
  | 'duplicate-id';

export interface BackupProblem {
  code: BackupProblemCode;
  /** Where, e.g. `crews[0].members[2].name`; empty for the file as a whole. */
  path: string;
  /** English sentence naming the problem and where; shown as is. */
  message: string;
  /** For `not-json` and `truncated`: where in the text (1-based). */
  line?: number;
  column?: number;
}

export type ParseBackupResult =
  | { ok: true; backup: Backup }
  /** `problems` lists at most MAX_LISTED_PROBLEMS; `moreProblems` counts the rest. */
  | { ok: false; problems: BackupProblem[]; moreProblems: number };
