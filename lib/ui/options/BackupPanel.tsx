import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type Backup, type BackupProblem, backupFileName, parseBackup } from '../../core/backup';
import { migrateRecord } from '../../store/migrations';
import { downloadText } from '../common/download';
import { useFocusOnChange } from '../common/focus';
import { backupProblemText } from './backup-problem-text';

export interface BackupStore {
  exportAll(now: Date): Promise<string>;
  importBackup(
    text: string,
    mode: 'merge' | 'replace',
  ): Promise<{ ok: true } | { ok: false; problems: BackupProblem[]; moreProblems: number }>;
  wipe(): Promise<void>;
}

interface BackupPanelProps {
  store: BackupStore;
  now: () => number;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'checked'; fileName: string; text: string; backup: Backup }
  | { step: 'rejected'; fileName: string; problems: BackupProblem[]; moreProblems: number }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

/** Export everything to one file; import a file after checking all of it. */
export function BackupPanel({ store, now }: BackupPanelProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [confirmWipe, setConfirmWipe] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // The question replaces its button and back: the focus goes to the safe answer, then back to
  // the button that asked (issue 11, "focus returned sensibly when a dialog closes").
  const dangerZone = useRef<HTMLDivElement>(null);
  useFocusOnChange(confirmWipe, dangerZone, (zone) =>
    zone.querySelector<HTMLElement>(confirmWipe ? '.ck-wipe__keep' : 'button'),
  );

  // Export never fails silently: a record that cannot be written (data a check of an older
  // Crewkit let in) says so here instead of an unhandled rejection and no download.
  const exportNow = async () => {
    const at = new Date(now());
    try {
      downloadText(backupFileName(at), await store.exportAll(at));
      if (state.step === 'failed') setState({ step: 'idle' });
    } catch (error) {
      // The store names the record it could not write (UnwritableBackupError's problem): say it
      // in the locale's words, as an import refusal would.
      const problem = (error as { problem?: BackupProblem } | null)?.problem;
      const detail = problem ? backupProblemText(problem) : errorText(error);
      setState({ step: 'failed', message: i18n.t('backup.exportFailed', { detail }) });
    }
  };

  // The input is emptied after every outcome: a browser fires `change` only when the choice
  // differs from the input's value, so choosing the same file again (fixed on disk) would
  // otherwise do nothing.
  const clearFileInput = () => {
    if (fileInput.current) fileInput.current.value = '';
  };

  const chooseFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const text = await file.text();
      // Older records are brought up to date while checking, as the import itself will do.
      const result = parseBackup(text, { migrate: (kind, record) => migrateRecord(kind, record) });
      setState(
        result.ok
          ? { step: 'checked', fileName: file.name, text, backup: result.backup }
          : {
              step: 'rejected',
              fileName: file.name,
              problems: result.problems,
              moreProblems: result.moreProblems,
            },
      );
    } catch (error) {
      setState({
        step: 'failed',
        message: i18n.t('common.unexpectedError', { detail: errorText(error) }),
      });
    } finally {
      clearFileInput();
    }
  };

  const runImport = async (mode: 'merge' | 'replace') => {
    if (state.step !== 'checked') return;
    setBusy(true);
    try {
      const result = await store.importBackup(state.text, mode);
      if (!result.ok) {
        setState({ step: 'rejected', fileName: state.fileName, ...result });
        return;
      }
      const { crews, sessions } = state.backup;
      setState({
        step: 'done',
        message: i18n.t('backup.imported', countsOf(crews.length, sessions.length)),
      });
    } catch (error) {
      setState({
        step: 'failed',
        message: i18n.t('common.unexpectedError', { detail: errorText(error) }),
      });
    } finally {
      setBusy(false);
      clearFileInput();
    }
  };

  const wipeAll = async () => {
    await store.wipe();
    setConfirmWipe(false);
    setState({ step: 'done', message: i18n.t('backup.wiped') });
  };

  return (
    <section class="ck-card ck-backup" aria-labelledby="ck-backup-title">
      <h2 id="ck-backup-title">{i18n.t('backup.title')}</h2>
      <p class="ck-muted">{i18n.t('backup.intro')}</p>
      <div class="ck-row">
        <button type="button" class="ck-button" onClick={exportNow}>
          {i18n.t('backup.export')}
        </button>
        <label class="ck-button ck-file">
          {i18n.t('backup.import')}
          <input
            ref={fileInput}
            class="ck-visually-hidden"
            type="file"
            accept="application/json,.json"
            aria-label={i18n.t('backup.import')}
            onChange={chooseFile}
          />
        </label>
      </div>
      <div aria-live="polite">
        {state.step === 'checked' && (
          <div class="ck-import-choice">
            <p>
              {i18n.t('backup.checked', {
                file: state.fileName,
                ...countsOf(state.backup.crews.length, state.backup.sessions.length),
              })}
            </p>
            <div class="ck-row">
              <button
                type="button"
                class="ck-button"
                disabled={busy}
                onClick={() => runImport('merge')}
              >
                {i18n.t('backup.merge')}
              </button>
              <button
                type="button"
                class="ck-button ck-button--danger"
                disabled={busy}
                onClick={() => runImport('replace')}
              >
                {i18n.t('backup.replace')}
              </button>
              <button
                type="button"
                class="ck-button ck-button--quiet"
                onClick={() => {
                  setState({ step: 'idle' });
                  clearFileInput();
                }}
              >
                {i18n.t('common.cancel')}
              </button>
            </div>
            <p class="ck-muted">{i18n.t('backup.choiceHint')}</p>
          </div>
        )}
        {state.step === 'done' && <p class="ck-note ck-note--ok">{state.message}</p>}
      </div>
      {state.step === 'rejected' && (
        <div class="ck-error" role="alert">
          <p>{i18n.t('backup.rejected', { file: state.fileName })}</p>
          <ul>
            {state.problems.map((problem) => (
              <li key={`${problem.code}:${problem.path}`}>{backupProblemText(problem)}</li>
            ))}
          </ul>
          {state.moreProblems > 0 && (
            <p>
              {i18n.t('backup.moreProblems', state.moreProblems, { count: state.moreProblems })}
            </p>
          )}
        </div>
      )}
      <div class="ck-danger-zone" ref={dangerZone}>
        {!confirmWipe ? (
          <button
            type="button"
            class="ck-button ck-button--danger"
            onClick={() => setConfirmWipe(true)}
          >
            {i18n.t('backup.wipe')}
          </button>
        ) : (
          <div
            class="ck-note"
            role="alertdialog"
            aria-labelledby="ck-wipe-question"
            onKeyDown={(event) => {
              if (event.key === 'Escape') setConfirmWipe(false);
            }}
          >
            <p id="ck-wipe-question">{i18n.t('backup.wipeQuestion')}</p>
            <div class="ck-row">
              <button type="button" class="ck-button ck-button--danger" onClick={wipeAll}>
                {i18n.t('backup.wipeConfirm')}
              </button>
              <button
                type="button"
                class="ck-button ck-wipe__keep"
                onClick={() => setConfirmWipe(false)}
              >
                {i18n.t('backup.wipeKeep')}
              </button>
            </div>
          </div>
        )}
      </div>
      {state.step === 'failed' && (
        <p class="ck-error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}

function errorText(error: unknown): string {
  return String((error as Error)?.message ?? error);
}

/** "1 crew", "6 sessions": each count with its own plural, for the import's sentences. */
function countsOf(crews: number, sessions: number): { crews: string; sessions: string } {
  return {
    crews: i18n.t('backup.crewCount', crews, { count: crews }),
    sessions: i18n.t('backup.sessionCount', sessions, { count: sessions }),
  };
}
