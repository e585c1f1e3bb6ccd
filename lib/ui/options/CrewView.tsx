import { i18n } from '#i18n';
import { userTimeZone } from '../../core/calendar-session-next';
import { crewSizeNote, currentMembers, membersFromFirstSession } from '../../core/crew';
import type { Crew, Series, Session } from '../../core/model';
import { planSessions } from '../../core/series';
import { keepMeetingOutcomes } from '../../store/meeting-outcomes';
import type { CrewkitStore } from '../../store/store';
import { useFocusOnMount } from '../common/focus';
import { useLazy } from '../hooks/useLazy';
import { useStoreQuery } from '../hooks/useStoreQuery';
import type { CrewPromptsProps } from './CrewPrompts';
import { RotationList } from './RotationList';
import { SeriesStarter } from './SeriesStarter';

interface CrewViewProps {
  crew: Crew;
  store: CrewkitStore;
  now: () => number;
  subscribe: (onChange: () => void, signal: AbortSignal) => void;
  /** Take the focus on the crew's name when shown (the editor that had it just closed). */
  takeFocus?: boolean;
  onEdit: () => void;
}

/** How many sessions an open-ended series keeps planned ahead. */
const OPEN_ENDED_AHEAD = 6;

/** One crew: who is in it, its agreements, and the coming sessions with their hosts. */
export function CrewView({ crew, store, now, subscribe, takeFocus, onEdit }: CrewViewProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>(takeFocus === true);
  const data = useStoreQuery(
    async () => {
      const [series, sessions] = await Promise.all([
        store.listSeries(crew.id),
        store.listSessions(crew.id),
      ]);
      return { series, sessions };
    },
    subscribe,
    [store, crew.id],
  );
  const CrewPrompts = useLazy<CrewPromptsProps>(
    () => import('./CrewPrompts').then((m) => m.CrewPrompts),
    data.status !== 'loading',
  );
  const members = currentMembers(crew);
  const caller = crew.members.find((m) => m.id === crew.callerId);

  const toggleArchive = async () => {
    const { archivedAt: _dropped, ...rest } = crew;
    await store.putCrew(
      crew.archivedAt ? rest : { ...crew, archivedAt: new Date(now()).toISOString() },
    );
  };

  const startSeries = async (series: Series) => {
    const existing = data.status === 'ready' ? data.data.sessions : [];
    // A first series that starts before the members were entered keeps them as its hosts.
    const founded = membersFromFirstSession(crew, series.startsAt, existing);
    if (founded !== crew) await store.putCrew(founded);
    const planned = planSessions(
      founded,
      series,
      existing,
      new Date(now()).toISOString(),
      OPEN_ENDED_AHEAD,
      undefined,
      userTimeZone(),
    );
    await store.putSeries(series);
    await store.putSessions(planned);
  };

  const saveSessions = async (changed: Session[]) => {
    await store.putSessions(changed);
  };

  const series = data.status === 'ready' ? latestSeries(data.data.series) : undefined;

  return (
    <article class="ck-crew" aria-labelledby="ck-crew-name">
      <header class="ck-card ck-crew__header">
        <div class="ck-crew__title">
          <h2 id="ck-crew-name" ref={heading} tabIndex={-1}>
            {crew.name}
          </h2>
          {crew.archivedAt && <span class="ck-badge">{i18n.t('options.archived')}</span>}
        </div>
        <p class="ck-muted">
          {i18n.t('crew.summary', {
            count: members.length,
            rhythm: i18n.t(`rhythm.${crew.rhythm.kind}`),
            minutes: crew.rhythm.durationMinutes,
          })}
        </p>
        <p>
          <span class="ck-muted">{i18n.t('crew.membersLabel')}</span>{' '}
          {members.map((m) => m.name).join(', ')}
          {caller && (
            <span class="ck-muted"> · {i18n.t('crew.callerIs', { name: caller.name })}</span>
          )}
        </p>
        {crewSizeNote(crew) === 'split-hint' && (
          <p class="ck-note" role="note">
            {i18n.t('editor.splitHint', { count: members.length })}
          </p>
        )}
        {(crew.intentions?.length ?? 0) > 0 && (
          <details class="ck-agreements">
            <summary>{i18n.t('crew.intentions', { count: crew.intentions?.length ?? 0 })}</summary>
            <ul>
              {crew.intentions?.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        )}
        {crew.agreements.length > 0 && (
          <details class="ck-agreements">
            <summary>{i18n.t('crew.agreements', { count: crew.agreements.length })}</summary>
            <ul>
              {crew.agreements.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        )}
        <div class="ck-actions">
          <button type="button" class="ck-button" onClick={onEdit}>
            {i18n.t('crew.edit')}
          </button>
          <button type="button" class="ck-button" onClick={toggleArchive}>
            {crew.archivedAt ? i18n.t('crew.unarchive') : i18n.t('crew.archive')}
          </button>
        </div>
      </header>

      {data.status === 'loading' && <p class="ck-muted">{i18n.t('common.loading')}</p>}
      {data.status === 'error' && (
        <p class="ck-error" role="alert">
          {i18n.t('options.loadFailed', { detail: data.message })}
        </p>
      )}
      {data.status === 'ready' && series && (
        <RotationList
          crew={crew}
          series={series}
          sessions={data.data.sessions.filter((s) => s.seriesId === series.id)}
          now={now}
          onChange={saveSessions}
          onHeld={(sessionId) => keepMeetingOutcomes(store, crew.id, sessionId)}
          onPlanMore={() => startSeries(series)}
        />
      )}
      {data.status === 'ready' &&
        !crew.archivedAt &&
        (!series || seriesFinished(series, data.data.sessions)) && (
          <SeriesStarter crew={crew} now={now} onStart={startSeries} />
        )}
      {CrewPrompts && <CrewPrompts crew={crew} store={store} subscribe={subscribe} />}
    </article>
  );
}

function latestSeries(all: Series[]): Series | undefined {
  return [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

function seriesFinished(series: Series, sessions: Session[]): boolean {
  if (series.plannedSessions === undefined) return false;
  const own = sessions.filter((s) => s.seriesId === series.id);
  return own.length >= series.plannedSessions && own.every((s) => s.status !== 'planned');
}
