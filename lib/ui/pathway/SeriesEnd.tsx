// The end of a series: the retrospective's decision (continue, change, split) recorded with the
// series, and the series as an .ics file for crewmates on other calendars.

import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { userTimeZone } from '../../core/calendar-session-next';
import { icsFileName, seriesToIcs } from '../../core/ics';
import type { RetrospectiveHeard } from '../../core/meeting-retrospective';
import type { Crew, Retrospective, Series, Session } from '../../core/model';
import { continueSeries, retrospectiveOf, splitCrew } from '../../core/pathway/retrospective';
import { changedCrew, nextSeriesShape, unchanged } from '../../core/pathway/series-change';
import { agendaOfSession } from '../../core/starter-series';
import type { CrewkitStore } from '../../store/store';
import { downloadText } from '../common/download';
import { Field } from '../common/Field';
import { crewProblemText } from '../options/problem-text';
import { SeriesChangeFields } from './SeriesChangeFields';
import { SeriesComing } from './SeriesComing';

export function icsWords() {
  return {
    eventTitle: ({
      crew,
      index,
      of,
      host,
    }: {
      crew: string;
      index: number;
      of?: number;
      host?: string;
    }) =>
      host === undefined
        ? i18n.t('pathway.ics.titleNoHost', { crew, index })
        : of === undefined
          ? i18n.t('pathway.ics.titleOpen', { crew, index, host })
          : i18n.t('pathway.ics.title', { crew, index, of, host }),
    hostLine: (host: string) => i18n.t('pathway.ics.hostLine', { host }),
    agendaLine: (phase: { title: string; minutes: number }) =>
      i18n.t('pathway.ics.agendaLine', { title: phase.title, minutes: phase.minutes }),
  };
}

export function downloadSeriesIcs(crew: Crew, series: Series, sessions: Session[], now: number) {
  const text = seriesToIcs({
    crew,
    series,
    sessions,
    agendaFor: (index) => agendaOfSession(series, index),
    words: icsWords(),
    now: new Date(now),
  });
  downloadText(icsFileName(crew, series), text, 'text/calendar');
}

const isFinished = (sessions: Session[]) =>
  sessions.length > 0 && sessions.every((s) => s.status !== 'planned');

interface SeriesEndProps {
  store: CrewkitStore;
  crew: Crew;
  series: Series;
  sessions: Session[];
  retrospectives: Retrospective[];
  now: () => number;
  /** What the retrospective meeting's rounds heard (lib/core/meeting-retrospective.ts). */
  heard?: RetrospectiveHeard | undefined;
}

type Choice = 'continue' | 'change' | 'split';
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function SeriesEnd({
  store,
  crew,
  series,
  sessions,
  retrospectives,
  now,
  heard,
}: SeriesEndProps) {
  const own = sessions.filter((s) => s.seriesId === series.id);
  const decided = retrospectiveOf(retrospectives, series.id);
  const [choice, setChoice] = useState<Choice>('continue');
  const [liked, setLiked] = useState(heard?.liked.join('\n') ?? '');
  const [wouldChange, setWouldChange] = useState(heard?.wouldChange.join('\n') ?? '');
  const [title, setTitle] = useState(i18n.t('pathway.retro.nextTitle', { title: series.title }));
  const [change, setChange] = useState(() => unchanged(crew, series));
  const [groupOf, setGroupOf] = useState<Record<string, 0 | 1>>(() =>
    Object.fromEntries(
      crew.members.filter((m) => !m.leftAt).map((m, i) => [m.id, i % 2 === 0 ? 0 : 1]),
    ),
  );
  const [problem, setProblem] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  const finished = isFinished(own);

  const decide = async () => {
    const at = new Date(now()).toISOString();
    const said = { liked: lines(liked), wouldChange: lines(wouldChange) };
    if (choice === 'split') {
      const groups = [0, 1].map((g) => {
        const memberIds = Object.entries(groupOf)
          .filter(([, v]) => v === g)
          .map(([id]) => id);
        return {
          name: i18n.t('pathway.retro.splitName', { crew: crew.name, n: g + 1 }),
          memberIds,
          callerId: memberIds[0] ?? '',
        };
      });
      const result = splitCrew({ crew, series, groups, now: at, ...said });
      if (!result.ok) {
        setProblem(i18n.t('pathway.retro.splitProblem'));
        return;
      }
      for (const made of result.crews) await store.putCrew(made);
      await store.putCrew(result.archivedCrew);
      await store.putRetrospective(result.retrospective);
      return;
    }
    let changed = crew;
    if (choice === 'change') {
      // The crew editor's rules decide: a change can never leave a crew the editor would refuse.
      const edited = changedCrew(crew, change, at);
      if (!edited.ok) {
        setProblem(edited.problems.map((p) => crewProblemText(p.code)).join(' '));
        return;
      }
      changed = edited.crew;
      await store.putCrew(changed);
    }
    const result = continueSeries({
      crew: changed,
      series,
      sessions: own,
      now: at,
      title,
      decision: choice,
      timeZone: userTimeZone(),
      ...(choice === 'change' ? { shape: nextSeriesShape(change.agenda) } : {}),
      ...said,
    });
    await store.putSeries(result.series);
    await store.putSessions(result.sessions);
    await store.putRetrospective(result.retrospective);
  };

  return (
    <div class="ck-series-end">
      <div class="ck-row">
        <p class="ck-series-end__title">
          <strong>{series.title}</strong>{' '}
          <span class="ck-muted">
            {i18n.t('pathway.retro.heldOf', {
              held: own.filter((s) => s.status === 'held').length,
              count: own.length,
            })}
          </span>
        </p>
        <button
          type="button"
          class="ck-button"
          onClick={() => downloadSeriesIcs(crew, series, sessions, now())}
          aria-label={i18n.t('pathway.ics.downloadOf', { series: series.title, crew: crew.name })}
        >
          {i18n.t('pathway.ics.download')}
        </button>
      </div>
      <SeriesComing crew={crew} series={series} sessions={own} />
      {decided && (
        <p class="ck-note ck-note--ok">
          {i18n.t(`pathway.retro.decided.${decided.decision}`)}
          {decided.liked.length > 0 &&
            ` ${i18n.t('pathway.retro.likedShort', { liked: decided.liked.join('; ') })}`}
        </p>
      )}
      {!decided && finished && !open && (
        <button type="button" class="ck-button ck-button--primary" onClick={() => setOpen(true)}>
          {i18n.t('pathway.retro.open', { series: series.title })}
        </button>
      )}
      {!decided && finished && open && (
        <form
          class="ck-retro-form"
          onSubmit={(event) => {
            event.preventDefault();
            setProblem(undefined);
            decide().catch((error: Error) =>
              setProblem(i18n.t('common.unexpectedError', { detail: error.message })),
            );
          }}
        >
          <h4>{i18n.t('pathway.retro.title')}</h4>
          <Field label={i18n.t('pathway.retro.liked')}>
            {({ id }) => (
              <textarea
                class="ck-textarea"
                id={id}
                rows={2}
                value={liked}
                onInput={(e) => setLiked(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={i18n.t('pathway.retro.wouldChange')}>
            {({ id }) => (
              <textarea
                class="ck-textarea"
                id={id}
                rows={2}
                value={wouldChange}
                onInput={(e) => setWouldChange(e.currentTarget.value)}
              />
            )}
          </Field>
          <fieldset class="ck-retro-choice">
            <legend>{i18n.t('pathway.retro.decision')}</legend>
            {(['continue', 'change', 'split'] as const).map((c) => (
              <label key={c} class="ck-check">
                <input
                  type="radio"
                  name={`retro-${series.id}`}
                  checked={choice === c}
                  onChange={() => setChoice(c)}
                />
                {i18n.t(`pathway.retro.choice.${c}`)}
              </label>
            ))}
          </fieldset>
          {choice !== 'split' && (
            <Field label={i18n.t('pathway.retro.nextSeries')}>
              {({ id }) => (
                <input
                  class="ck-input"
                  id={id}
                  value={title}
                  onInput={(e) => setTitle(e.currentTarget.value)}
                />
              )}
            </Field>
          )}
          {choice === 'change' && (
            <SeriesChangeFields
              crew={crew}
              change={change}
              onChange={setChange}
              seriesId={series.id}
            />
          )}
          {choice === 'split' && (
            <fieldset class="ck-retro-split">
              <legend>{i18n.t('pathway.retro.splitLegend')}</legend>
              {crew.members
                .filter((m) => !m.leftAt)
                .map((m) => (
                  <Field key={m.id} label={m.name}>
                    {({ id }) => (
                      <select
                        class="ck-select"
                        id={id}
                        value={String(groupOf[m.id] ?? 0)}
                        onChange={(e) =>
                          setGroupOf({ ...groupOf, [m.id]: e.currentTarget.value === '1' ? 1 : 0 })
                        }
                      >
                        {[0, 1].map((g) => (
                          <option key={g} value={String(g)}>
                            {i18n.t('pathway.retro.splitName', { crew: crew.name, n: g + 1 })}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                ))}
              <p class="ck-muted">{i18n.t('pathway.retro.splitHint')}</p>
            </fieldset>
          )}
          <div class="ck-actions">
            <button type="submit" class="ck-button ck-button--primary">
              {i18n.t('pathway.retro.record')}
            </button>
          </div>
          {problem && (
            <p class="ck-error" role="alert">
              {problem}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
