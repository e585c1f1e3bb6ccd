// Kept talk-time estimates, one per session, each removable where it is shown (issue 8): until
// now only the call panel's checkbox could take one back, and only during that call. Removing
// asks first (the numbers cannot be brought back), and focus stays on something that exists.
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Session } from '../../core/model';
import type { CrewkitStore } from '../../store/store';
import { SESSION_WHEN } from '../common/format-when';
import './KeptEstimates.css';

interface KeptEstimatesProps {
  store: Pick<CrewkitStore, 'getSession' | 'putSession'>;
  sessions: readonly Session[];
}

export function KeptEstimates({ store, sessions }: KeptEstimatesProps) {
  const kept = sessions
    .filter((s) => s.talkEstimate !== undefined)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const [removed, setRemoved] = useState<number | null>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The row that held the focus is gone: the sentence saying what happened takes it.
    if (removed !== null) notice.current?.focus();
  }, [removed]);
  if (kept.length === 0 && removed === null) return null;

  const remove = async (session: Session): Promise<void> => {
    // The latest copy: the page's list may be a moment old, and nothing else may be lost.
    const latest = await store.getSession(session.crewId, session.id);
    if (latest) {
      const { talkEstimate: _removed, ...rest } = latest;
      await store.putSession(rest);
    }
    setRemoved(session.index);
  };

  return (
    <section class="ck-kept-estimates" aria-labelledby="ck-kept-estimates-title">
      <h4 id="ck-kept-estimates-title">{i18n.t('pathway.chart.keptTitle')}</h4>
      {removed !== null && (
        <p ref={notice} class="ck-muted" role="status" tabIndex={-1}>
          {i18n.t('pathway.chart.keptRemoved', { index: removed })}
        </p>
      )}
      <ul class="ck-kept-estimates__list">
        {kept.map((session) => (
          <KeptEstimateRow key={session.id} session={session} onRemove={remove} />
        ))}
      </ul>
    </section>
  );
}

function KeptEstimateRow({
  session,
  onRemove,
}: {
  session: Session;
  onRemove: (session: Session) => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState<string>();
  const keepButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const words = { index: session.index, when: SESSION_WHEN.format(new Date(session.startsAt)) };
  const questionId = `ck-kept-remove-${session.id}`;
  useEffect(() => {
    // The safe answer has the focus, as for a prompt deck's deletion.
    if (asking) keepButton.current?.focus();
  }, [asking]);

  return (
    <li class="ck-kept-estimates__row">
      <span>{i18n.t('pathway.chart.keptSession', words)}</span>
      {!asking ? (
        <button
          ref={removeButton}
          type="button"
          class="ck-button ck-button--quiet"
          aria-label={i18n.t('pathway.chart.keptRemoveLabel', words)}
          onClick={() => setAsking(true)}
        >
          {i18n.t('pathway.chart.keptRemove')}
        </button>
      ) : (
        <div class="ck-note" role="alertdialog" aria-labelledby={questionId}>
          <p id={questionId}>{i18n.t('pathway.chart.keptRemoveQuestion', words)}</p>
          <div class="ck-row">
            <button
              type="button"
              class="ck-button ck-button--danger"
              onClick={() =>
                onRemove(session).catch((error: unknown) => {
                  setFailed(error instanceof Error ? error.message : String(error));
                  setAsking(false);
                })
              }
            >
              {i18n.t('pathway.chart.keptRemoveConfirm')}
            </button>
            <button
              ref={keepButton}
              type="button"
              class="ck-button"
              onClick={() => {
                setAsking(false);
                requestAnimationFrame(() => removeButton.current?.focus());
              }}
            >
              {i18n.t('pathway.chart.keptKeep')}
            </button>
          </div>
        </div>
      )}
      {failed !== undefined && (
        <p class="ck-error" role="alert">
          {i18n.t('pathway.chart.keptRemoveFailed', { detail: failed })}
        </p>
      )}
    </li>
  );
}
