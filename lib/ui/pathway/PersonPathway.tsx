// One person's pathway: the hosting log as a timeline, the ladder by group size with the next
// step in the practice's words (never a score), and hostings over time as a small chart.
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ladderOf, type NextStep, type Rung } from '../../core/pathway/ladder';
import { type HostingLog, hostingsByMonth, type PathwayRole } from '../../core/pathway/log';
import { SESSION_WHEN } from '../common/format-when';
import { roleName } from '../options/rotation-text';
import { BarChart } from './BarChart';

const RUNG_TEXT: Record<Rung, () => string> = {
  pair: () => i18n.t('pathway.ladder.pair'),
  crew: () => i18n.t('pathway.ladder.crew'),
  'larger-group': () => i18n.t('pathway.ladder.largerGroup'),
  congregation: () => i18n.t('pathway.ladder.congregation'),
};

const NEXT_TEXT: Record<NextStep, () => string> = {
  'start-with-a-crew': () => i18n.t('pathway.next.startWithACrew'),
  'ask-for-feedback': () => i18n.t('pathway.next.askForFeedback'),
  'host-another-crew': () => i18n.t('pathway.next.hostAnotherCrew'),
  'try-a-larger-group': () => i18n.t('pathway.next.tryALargerGroup'),
  'ready-for-congregation': () => i18n.t('pathway.next.readyForCongregation'),
  'grow-other-hosts': () => i18n.t('pathway.next.growOtherHosts'),
};

export function roleText(role: PathwayRole): string {
  if (role === 'host') return i18n.t('pathway.role.host');
  if (role === 'caller') return i18n.t('pathway.role.caller');
  return roleName(role).toLowerCase();
}

// One formatter for every month label: making one per label cost more than the chart itself.
let monthFormat: Intl.DateTimeFormat | undefined;

function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  monthFormat ??= new Intl.DateTimeFormat(undefined, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return monthFormat.format(Date.UTC(year, m - 1, 1));
}

/** The newest entries shown at first; the whole log is one click away. */
const TIMELINE_FIRST = 20;

export function PersonPathway({ name, log }: { name: string; log: HostingLog }) {
  const [showAll, setShowAll] = useState(false);
  const newestFirst = [...log.entries].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, TIMELINE_FIRST);
  const ladder = ladderOf(log);
  const months = hostingsByMonth(log).slice(-12);
  const rows = months.map((m) => ({
    label: monthLabel(m.month),
    value: m.hostings,
    shown: String(m.hostings),
  }));
  const busiest = months.reduce(
    (best, m) => (m.hostings > (best?.hostings ?? 0) ? m : best),
    months[0],
  );
  return (
    <div class="ck-pathway__person">
      <section aria-labelledby="ck-ladder-title">
        <h3 id="ck-ladder-title">{i18n.t('pathway.ladder.title', { name })}</h3>
        <ol class="ck-ladder">
          {ladder.rungs.map((rung) => (
            <li
              key={rung.rung}
              class={rung.reached ? 'ck-ladder__rung ck-ladder__rung--reached' : 'ck-ladder__rung'}
            >
              <span class="ck-ladder__name">{RUNG_TEXT[rung.rung]()}</span>
              <span class="ck-muted">
                {rung.reached
                  ? rung.rung === 'congregation'
                    ? i18n.t('pathway.ladder.crewsHosted', { count: rung.count })
                    : i18n.t('pathway.ladder.hostedHere', rung.count, { count: rung.count })
                  : i18n.t('pathway.ladder.notYet')}
              </span>
            </li>
          ))}
        </ol>
        <p class="ck-note ck-note--ok">
          <strong>{i18n.t('pathway.next.title')}</strong> {NEXT_TEXT[ladder.next]()}
        </p>
      </section>
      {rows.length > 0 && (
        <BarChart
          title={i18n.t('pathway.chart.hostingsTitle')}
          summary={i18n.t('pathway.chart.hostingsSummary', {
            name,
            times: i18n.t('pathway.chart.times', log.sessionsHosted, {
              count: log.sessionsHosted,
            }),
            months: i18n.t('pathway.chart.lastMonths', months.length, { count: months.length }),
            busiest: busiest ? monthLabel(busiest.month) : '',
          })}
          labelHeader={i18n.t('pathway.chart.month')}
          valueHeader={i18n.t('pathway.chart.hostings')}
          rows={rows}
        />
      )}
      <section aria-labelledby="ck-timeline-title">
        <h3 id="ck-timeline-title">{i18n.t('pathway.timeline.title')}</h3>
        <p class="ck-muted">
          {i18n.t('pathway.timeline.totals', {
            hosted: log.sessionsHosted,
            crews: log.crewsHosted,
            rounds: log.roundsRun,
          })}
        </p>
        {log.entries.length === 0 ? (
          <p class="ck-muted">{i18n.t('pathway.timeline.empty')}</p>
        ) : (
          <ol class="ck-timeline">
            {shown.map((entry) => (
              <li key={`${entry.crewId}/${entry.sessionId ?? 'called'}`} class="ck-timeline__entry">
                <time dateTime={entry.at}>{SESSION_WHEN.format(Date.parse(entry.at))}</time>
                <span>
                  {entry.kind === 'called'
                    ? i18n.t('pathway.timeline.called', {
                        crew: entry.crewName,
                        size: entry.groupSize,
                      })
                    : i18n.t('pathway.timeline.session', {
                        crew: entry.crewName,
                        index: entry.index ?? 0,
                        roles: entry.roles.map(roleText).join(', '),
                        size: entry.groupSize,
                      })}
                  {entry.roundsRun > 0 &&
                    ` · ${i18n.t('pathway.timeline.rounds', entry.roundsRun, { count: entry.roundsRun })}`}
                </span>
              </li>
            ))}
          </ol>
        )}
        {shown.length < newestFirst.length && (
          <button type="button" class="ck-button ck-button--quiet" onClick={() => setShowAll(true)}>
            {i18n.t('pathway.timeline.showAll', { count: newestFirst.length })}
          </button>
        )}
      </section>
    </div>
  );
}
