// The talk-time estimates a crew chose to keep with its sessions (issue 8): who seemed to speak
// how long in the calls, apart from the round timer's times (CrewBalance), labelled an estimate,
// with its numbers as text in the chart's table.
import { i18n } from '#i18n';
import type { Crew, Session } from '../../core/model';
import { formatSpoken } from '../panel/format';
import { BarChart } from './BarChart';

export function estimatedByMember(
  crew: Crew,
  sessions: readonly Session[],
): { rows: { name: string; ms: number }[]; sessions: number } {
  const totals = new Map(crew.members.map((m) => [m.id, 0]));
  let guests = 0;
  let kept = 0;
  for (const session of sessions) {
    const estimate = session.talkEstimate;
    if (!estimate) continue;
    kept += 1;
    for (const talk of estimate.members) {
      // A member since removed from the crew is counted with the guests: no name to show.
      if (totals.has(talk.memberId))
        totals.set(talk.memberId, (totals.get(talk.memberId) ?? 0) + talk.ms);
      else guests += talk.ms;
    }
    guests += estimate.guests?.ms ?? 0;
  }
  const rows = crew.members.map((m) => ({ name: m.name, ms: totals.get(m.id) ?? 0 }));
  if (guests > 0) rows.push({ name: i18n.t('pathway.chart.guests'), ms: guests });
  return { rows, sessions: kept };
}

export function TalkEstimateChart({
  crew,
  sessions,
}: {
  crew: Crew;
  sessions: readonly Session[];
}) {
  const { rows, sessions: kept } = estimatedByMember(crew, sessions);
  if (kept === 0) return null;
  const most = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
  return (
    <BarChart
      title={i18n.t('pathway.chart.estimateTitle', { crew: crew.name })}
      summary={i18n.t('pathway.chart.estimateSummary', {
        sessions: kept,
        most: most.name,
        mostTime: formatSpoken(most.ms),
      })}
      labelHeader={i18n.t('pathway.chart.member')}
      valueHeader={i18n.t('pathway.chart.estimated')}
      rows={rows.map((row) => ({ label: row.name, value: row.ms, shown: formatSpoken(row.ms) }))}
    />
  );
}
