// The time balance of a crew's rounds: how long each member has spoken across the rounds kept
// with the crew's sessions, as a chart with its table and a one-line summary.
import { i18n } from '#i18n';
import type { Crew, RoundRecord } from '../../core/model';
import { parseRoundState, roundLog } from '../../core/round';
import { BarChart } from './BarChart';

export function spokenByMember(crew: Crew, rounds: RoundRecord[]): { name: string; ms: number }[] {
  const totals = new Map(crew.members.map((m) => [m.id, 0]));
  for (const record of rounds) {
    const state = parseRoundState(record.state);
    if (!state || state.startedAt === null) continue;
    for (const person of roundLog(state, state.endedAt ?? state.startedAt).people) {
      if (totals.has(person.personId))
        totals.set(person.personId, (totals.get(person.personId) ?? 0) + person.spokeMs);
    }
  }
  return crew.members.map((m) => ({ name: m.name, ms: totals.get(m.id) ?? 0 }));
}

const minutes = (ms: number) =>
  i18n.t('pathway.chart.minutes', { minutes: (ms / 60_000).toFixed(1) });

export function CrewBalance({ crew, rounds }: { crew: Crew; rounds: RoundRecord[] }) {
  const spoken = spokenByMember(crew, rounds);
  const total = spoken.reduce((sum, p) => sum + p.ms, 0);
  if (total === 0) return null;
  const most = spoken.reduce((a, b) => (b.ms > a.ms ? b : a));
  const least = spoken.reduce((a, b) => (b.ms < a.ms ? b : a));
  return (
    <BarChart
      title={i18n.t('pathway.chart.balanceTitle', { crew: crew.name })}
      summary={i18n.t('pathway.chart.balanceSummary', {
        rounds: i18n.t('pathway.timeline.rounds', rounds.length, { count: rounds.length }),
        most: most.name,
        mostTime: minutes(most.ms),
        least: least.name,
        leastTime: minutes(least.ms),
      })}
      labelHeader={i18n.t('pathway.chart.member')}
      valueHeader={i18n.t('pathway.chart.spoken')}
      rows={spoken.map((p) => ({ label: p.name, value: p.ms, shown: minutes(p.ms) }))}
    />
  );
}
