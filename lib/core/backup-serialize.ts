// Backup text that is the same bytes for the same records, so export -> import -> export can be
// compared byte for byte, plus the small texts the backup screen needs.
import type { Backup, BackupProblem } from './backup-types';

/**
 * Deterministic text: envelope fields in the documented order, keys inside records sorted, two
 * spaces, one final newline. Records keep the order given (the store gives them in key order).
 */
export function serializeBackup(backup: Backup): string {
  const ordered = {
    format: backup.format,
    version: backup.version,
    exportedAt: backup.exportedAt,
    crews: backup.crews,
    series: backup.series,
    sessions: backup.sessions,
    rounds: backup.rounds,
    decks: backup.decks,
    promptUsage: backup.promptUsage,
    reflections: backup.reflections,
    retrospectives: backup.retrospectives,
    settings: backup.settings,
  };
  const sortKeysInside = (_key: string, value: unknown): unknown => {
    if (value === ordered || typeof value !== 'object' || value === null || Array.isArray(value)) {
      return value;
    }
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(value).sort()) {
      sorted[name] = (value as Record<string, unknown>)[name];
    }
    return sorted;
  };
  return `${JSON.stringify(ordered, sortKeysInside, 2)}\n`;
}

/** Lines for the backup screen: each problem's message, then how many more were not listed. */
export function describeProblems(problems: BackupProblem[], moreProblems: number): string[] {
  const lines = problems.map((problem) => problem.message);
  if (moreProblems > 0) {
    lines.push(`…and ${moreProblems} more problem${moreProblems === 1 ? '' : 's'}.`);
  }
  return lines;
}

/** A file name for a download, e.g. `crewkit-backup-2026-12-01.json` (UTC date). */
export function backupFileName(now: Date): string {
  return `crewkit-backup-${now.toISOString().slice(0, 10)}.json`;
}
