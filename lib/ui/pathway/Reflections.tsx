// The host's private reflection after hosting: prompts from the reflection deck, the ready-made
// feedback request to copy into a chat or an e-mail, and crewmates' answers pasted in.
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Reflection } from '../../core/model';
import type { LogEntry } from '../../core/pathway/log';
import { hostReflectionPrompts, newReflection } from '../../core/pathway/reflection';
import { promptLanguage } from '../../core/prompts';
import type { CrewkitStore } from '../../store/store';
import { Field } from '../common/Field';
import { SESSION_WHEN } from '../common/format-when';

interface ReflectionsProps {
  store: CrewkitStore;
  name: string;
  /** The person's hostings (log entries with the host role), newest first. */
  hostings: LogEntry[];
  /** Member id of the person in each crew. */
  memberIn: (crewId: string) => string | undefined;
  reflections: Reflection[];
  now: () => number;
  /** Open the form for this session (from the call panel's offer). */
  initialSessionId?: string | undefined;
}

export function feedbackRequestText(name: string, crew: string): string {
  return i18n.t('pathway.reflection.requestText', { name, crew });
}

export function Reflections({
  store,
  name,
  hostings,
  memberIn,
  reflections,
  now,
  initialSessionId,
}: ReflectionsProps) {
  const language = promptLanguage(i18n.t('locale'));
  const prompts = hostReflectionPrompts(language);
  const [sessionKey, setSessionKey] = useState(() => {
    const start = hostings.find((h) => h.sessionId === initialSessionId) ?? hostings[0];
    return start ? `${start.crewId}/${start.sessionId}` : '';
  });
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [feedback, setFeedback] = useState('');
  const [status, setStatus] = useState<string | undefined>();
  const chosen = hostings.find((h) => `${h.crewId}/${h.sessionId}` === sessionKey);
  const request = feedbackRequestText(name, chosen?.crewName ?? '');

  const save = async () => {
    const memberId = chosen && memberIn(chosen.crewId);
    if (!chosen || !memberId) return;
    const at = new Date(now()).toISOString();
    const existing = reflections.find(
      (r) => r.crewId === chosen.crewId && r.sessionId === chosen.sessionId,
    );
    const draft = {
      crewId: chosen.crewId,
      sessionId: chosen.sessionId,
      memberId,
      answers,
      feedbackText: feedback,
    };
    const fresh = newReflection(draft, at, undefined, language);
    // A second save for the same session adds the new feedback and replaces answers only if given.
    const record = existing
      ? {
          ...existing,
          answers: fresh.answers.length > 0 ? fresh.answers : existing.answers,
          feedback: [...existing.feedback, ...fresh.feedback],
        }
      : fresh;
    try {
      await store.putReflection(record);
      setAnswers({});
      setFeedback('');
      setStatus(i18n.t('pathway.reflection.saved'));
    } catch (error) {
      setStatus(i18n.t('common.unexpectedError', { detail: (error as Error).message }));
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(request);
      setStatus(i18n.t('pathway.reflection.copied'));
    } catch {
      setStatus(i18n.t('pathway.reflection.copyFailed'));
    }
  };

  const mine = [...reflections].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return (
    <section class="ck-pathway__reflections" aria-labelledby="ck-reflect-title">
      <h3 id="ck-reflect-title">{i18n.t('pathway.reflection.title')}</h3>
      <p class="ck-muted">{i18n.t('pathway.reflection.intro')}</p>
      {hostings.length === 0 ? (
        <p class="ck-muted">{i18n.t('pathway.reflection.nothingHosted', { name })}</p>
      ) : (
        <form
          class="ck-reflection-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Field label={i18n.t('pathway.reflection.session')}>
            {({ id }) => (
              <select
                class="ck-select"
                id={id}
                value={sessionKey}
                onChange={(e) => setSessionKey(e.currentTarget.value)}
              >
                {hostings.map((h) => (
                  <option key={`${h.crewId}/${h.sessionId}`} value={`${h.crewId}/${h.sessionId}`}>
                    {i18n.t('pathway.reflection.sessionOption', {
                      crew: h.crewName,
                      index: h.index ?? 0,
                      when: SESSION_WHEN.format(Date.parse(h.at)),
                    })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {prompts.map((prompt) => (
            <Field key={prompt.id} label={prompt.text}>
              {({ id }) => (
                <textarea
                  class="ck-textarea"
                  id={id}
                  rows={2}
                  value={answers[prompt.id] ?? ''}
                  onInput={(e) => setAnswers({ ...answers, [prompt.id]: e.currentTarget.value })}
                />
              )}
            </Field>
          ))}
          <div class="ck-feedback-request">
            <p>
              <strong>{i18n.t('pathway.reflection.requestTitle')}</strong>
            </p>
            <p class="ck-feedback-request__text">{request}</p>
            <button type="button" class="ck-button" onClick={() => void copy()}>
              {i18n.t('pathway.reflection.copy')}
            </button>
          </div>
          <Field
            label={i18n.t('pathway.reflection.answers')}
            hint={i18n.t('pathway.reflection.answersHint')}
          >
            {({ id, describedBy }) => (
              <textarea
                class="ck-textarea"
                id={id}
                rows={3}
                aria-describedby={describedBy}
                value={feedback}
                onInput={(e) => setFeedback(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="ck-actions">
            <button type="submit" class="ck-button ck-button--primary">
              {i18n.t('pathway.reflection.save')}
            </button>
          </div>
          {status && (
            <p class="ck-muted" role="status">
              {status}
            </p>
          )}
        </form>
      )}
      {mine.length > 0 && (
        <ul class="ck-reflection-list">
          {mine.map((r) => {
            const entry = hostings.find(
              (h) => h.crewId === r.crewId && h.sessionId === r.sessionId,
            );
            return (
              <li key={r.id} class="ck-reflection">
                <p class="ck-muted">
                  {entry
                    ? i18n.t('pathway.reflection.sessionOption', {
                        crew: entry.crewName,
                        index: entry.index ?? 0,
                        when: SESSION_WHEN.format(Date.parse(entry.at)),
                      })
                    : SESSION_WHEN.format(Date.parse(r.createdAt))}
                </p>
                <dl>
                  {r.answers.map((a) => (
                    <div key={a.promptId}>
                      <dt>{a.prompt}</dt>
                      <dd>{a.text}</dd>
                    </div>
                  ))}
                </dl>
                {r.feedback.length > 0 && (
                  <>
                    <p>
                      <strong>{i18n.t('pathway.reflection.feedbackHeading')}</strong>
                    </p>
                    <ul>
                      {r.feedback.map((f) => (
                        <li key={`${f.receivedAt}/${f.text}`}>
                          {f.from ? `${f.from}: ` : ''}
                          {f.text}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
