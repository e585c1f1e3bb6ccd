import { i18n } from '#i18n';
import type { BackupProblem, ProblemDetail, ValueWords } from '../../core/backup';

/** One sentence per problem, naming what is wrong and where in the file, in the user's language. */
export function backupProblemText({ code, path, line, column, detail }: BackupProblem): string {
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
    case 'dangling-reference':
      return detail && 'text' in detail
        ? i18n.t('backupProblem.danglingReferenceTo', { where, id: detail.text })
        : i18n.t('backupProblem.danglingReference', { where });
    case 'duplicate-id':
      return detail && 'text' in detail
        ? i18n.t('backupProblem.duplicateIdOf', { where, id: detail.text })
        : i18n.t('backupProblem.duplicateId', { where });
    case 'too-deep':
    case 'wrong-type':
    case 'invalid-value':
    case 'markup-in-text':
      return detail ? detailText(where, detail) : fallback(code, where);
  }
}

function fallback(
  code: 'too-deep' | 'wrong-type' | 'invalid-value' | 'markup-in-text',
  where: string,
) {
  if (code === 'wrong-type') return i18n.t('backupProblem.wrongType', { where });
  if (code === 'markup-in-text') return i18n.t('backupProblem.markupInText', { where });
  return i18n.t('backupProblem.invalidValue', { where });
}

/** The core's precise finding (expected what, found what, which limit) as the locale says it. */
function detailText(where: string, detail: ProblemDetail): string {
  switch (detail.rule) {
    case 'expected':
      return i18n.t('backupProblem.expectedFound', {
        where,
        expected: wordsText(detail.expected),
        found: wordsText(detail.found),
      });
    case 'max-characters':
      return i18n.t('backupProblem.maxCharacters', { where, limit: detail.limit });
    case 'max-entries':
      return i18n.t('backupProblem.maxEntries', { where, limit: detail.limit });
    case 'min-value':
      return i18n.t('backupProblem.minValue', { where, limit: detail.limit });
    case 'max-value':
      return i18n.t('backupProblem.maxValue', { where, limit: detail.limit });
    case 'max-depth':
      return i18n.t('backupProblem.maxDepth', { where, limit: detail.limit });
    case 'whole-number':
      return i18n.t('backupProblem.wholeNumber', { where });
    case 'id':
      return i18n.t('backupProblem.notAnId', { where });
    case 'time':
      return i18n.t('backupProblem.notATime', { where });
    case 'https-link':
      return i18n.t('backupProblem.notAnHttpsLink', { where });
    case 'https-origin':
      return i18n.t('backupProblem.notAnHttpsOrigin', { where });
    case 'email':
      return i18n.t('backupProblem.notAnEmail', { where });
    case 'not-empty':
      return i18n.t('backupProblem.empty', { where });
    case 'round-state':
      return i18n.t('backupProblem.notARoundState', { where });
    case 'markup':
      return i18n.t('backupProblem.markupFound', { where, text: detail.text });
    case 'no-such-id':
      return i18n.t('backupProblem.danglingReferenceTo', { where, id: detail.text });
    case 'same-id':
      return i18n.t('backupProblem.duplicateIdOf', { where, id: detail.text });
  }
}

function wordsText(words: ValueWords): string {
  switch (words.kind) {
    case 'text':
      return i18n.t('backupValue.text', { text: words.text });
    case 'number':
      return i18n.t('backupValue.number', { number: words.number });
    case 'literal':
      return words.json;
    case 'one-of':
      return i18n.t('backupValue.oneOf', { values: words.json.join(', ') });
    case 'type':
      return i18n.t(TYPE_KEYS[words.type]);
  }
}

const TYPE_KEYS = {
  text: 'backupValue.typeText',
  number: 'backupValue.typeNumber',
  boolean: 'backupValue.typeBoolean',
  object: 'backupValue.typeObject',
  list: 'backupValue.typeList',
  null: 'backupValue.typeNull',
  nothing: 'backupValue.typeNothing',
} as const;
