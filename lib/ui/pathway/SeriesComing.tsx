// The series' coming sessions with their dates and hosts, under the series on the pathway page:
// where the host sees that the kickoff's schedule (issue 10) moved them, and who hosts each.
import { i18n } from '#i18n';
import { icsSessions } from '../../core/ics';
import type { Crew, Series, Session } from '../../core/model';
import { agendaOfSession } from '../../core/starter-series';
import { SESSION_WHEN } from '../common/format-when';
import './SeriesComing.css';

interface SeriesComingProps {
  crew: Crew;
  series: Series;
  sessions: Session[];
}

export function SeriesComing({ crew, series, sessions }: SeriesComingProps) {
  const planned = new Set(sessions.filter((s) => s.status === 'planned').map((s) => s.id));
  // The hosts the .ics file gives them: the rotation's, pins and swaps included.
  const coming = icsSessions({
    crew,
    series,
    sessions,
    agendaFor: (index) => agendaOfSession(series, index),
  }).filter((s) => planned.has(s.sessionId));
  if (coming.length === 0) return null;
  const titleId = `ck-coming-${series.id}`;
  return (
    <div class="ck-series-coming">
      <h4 id={titleId}>{i18n.t('pathway.series.coming')}</h4>
      <ol aria-labelledby={titleId}>
        {coming.map((s) => (
          <li key={s.sessionId}>
            {i18n.t('pathway.series.comingRow', {
              index: s.index,
              when: SESSION_WHEN.format(Date.parse(s.startsAt)),
              host: s.hostName
                ? i18n.t('rotation.hosts', { name: s.hostName })
                : i18n.t('pathway.series.noHost'),
            })}
          </li>
        ))}
      </ol>
    </div>
  );
}
