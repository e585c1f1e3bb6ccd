import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { NextHostQuestion } from '../../messaging/protocol';
import { firstTabbable, useFocusOnMount } from '../../ui/common/focus';
import type { CallBackend } from './backend';

/** After the call: who hosts next time, proposed by the rotation, confirmed by the host. */
export function NextHostDialog({
  question,
  backend,
}: {
  question: NextHostQuestion;
  backend: CallBackend;
}) {
  const [hostId, setHostId] = useState(question.hostId ?? question.candidates[0]?.id ?? '');
  const [done, setDone] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const choice = useRef<HTMLSelectElement>(null);
  // The question arrives when the call ends, above a possibly scrolled panel: bring it to the
  // host's attention (focus scrolls it into view; no focus is taken from the page before that).
  useEffect(() => {
    choice.current?.focus();
  }, []);
  if (dismissed) return null;
  if (done) {
    const name = question.candidates.find((c) => c.id === hostId)?.name ?? '';
    return (
      <>
        <SavedNote>
          {i18n.t('call.nextHostSaved', { name, index: question.sessionIndex })}
        </SavedNote>
        {/* Issue 10: after hosting, an optional private reflection, on the options page's
            pathway; the background opens it (a content script cannot in every browser). */}
        {question.heldSessionId !== undefined && (
          <>
            <p class="ck-muted">{i18n.t('call.reflectOffer')}</p>
            <button
              type="button"
              class="ck-button"
              onClick={() =>
                backend.openReflection({
                  crewId: question.crewId,
                  sessionId: question.heldSessionId ?? '',
                })
              }
            >
              {i18n.t('call.reflectOpen')}
            </button>
          </>
        )}
      </>
    );
  }
  return (
    <form
      class="ck-card ck-next-host"
      aria-labelledby="ck-next-host-title"
      // Escape puts the question away unanswered (the rotation's proposal stands, as when the
      // panel is closed); the focus goes on to the panel's first control, not to <body>.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        const panel = event.currentTarget.parentElement;
        setDismissed(true);
        requestAnimationFrame(() => {
          if (panel) firstTabbable(panel)?.focus();
        });
      }}
      onSubmit={(event) => {
        event.preventDefault();
        backend.confirmNextHost({ crewId: question.crewId, sessionId: question.sessionId, hostId });
        setDone(true);
      }}
    >
      <h3 id="ck-next-host-title">{i18n.t('call.sessionSaved')}</h3>
      {/* The kickoff's schedule moved the coming sessions (issue 10): the host sees it happened. */}
      {question.scheduleSaved && <p class="ck-note ck-note--ok">{i18n.t('call.scheduleSaved')}</p>}
      <label for="ck-next-host">
        {i18n.t('call.whoHostsNext', { index: question.sessionIndex })}
      </label>
      <div class="ck-row">
        <select
          id="ck-next-host"
          class="ck-select"
          value={hostId}
          onChange={(e) => setHostId(e.currentTarget.value)}
        >
          {question.candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="submit" class="ck-button ck-button--primary">
          {i18n.t('call.confirmHost')}
        </button>
      </div>
    </form>
  );
}

/** The confirmation replaces the form that had the focus: it takes the focus, so it is heard. */
function SavedNote({ children }: { children: ComponentChildren }) {
  const note = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p class="ck-note ck-note--ok" role="status" tabIndex={-1} ref={note}>
      {children}
    </p>
  );
}
