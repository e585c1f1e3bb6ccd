import { i18n } from '#i18n';
import type { BackupProblem } from '../../core/backup';

/** One sentence per problem, naming what is wrong and where in the file. */
export function backupProblemText({ code, path, line, column }: BackupProblem): string {
  const where =
    line !== undefined
      ? i18n.t('backupProblem.lineColumn', { line, column: column ?? 1 })
      : path || i18n.t('backupProblem.wholeFile');
  switch (code) {
    case 'too-large':
      return i18n.t('backupProblem.tooLarge');
    case 'not-json':
      return i18n.t('backupProblem.notJson', { where });
    case 'truncated':
      return i18n.t('backupProblem.truncated', { where });
    case 'not-a-backup':
    case 'wrong-format':
      return i18n.t('backupProblem.notABackup');
    case 'newer-version':
      return i18n.t('backupProblem.newerVersion');
    case 'needs-migration':
      return i18n.t('backupProblem.needsMigration', { where });
    case 'forbidden-key':
      return i18n.t('backupProblem.forbiddenKey', { where });
    case 'missing-field':
      return i18n.t('backupProblem.missingField', { where });
    case 'unknown-field':
      return i18n.t('backupProblem.unknownField', { where });
    case 'wrong-type':
      return i18n.t('backupProblem.wrongType', { where });
    case 'invalid-value':
      return i18n.t('backupProblem.invalidValue', { where });
    case 'markup-in-text':
      return i18n.t('backupProblem.markupInText', { where });
    case 'dangling-reference':
      return i18n.t('backupProblem.danglingReference', { where });
    case 'duplicate-id':
      return i18n.t('backupProblem.duplicateId', { where });
  }
}
