import { i18n } from '#i18n';
import { type RoundState, roundLog } from '../../core/round';
import { formatSpoken } from './format';

interface RoundSummaryProps {
  round: RoundState;
  now: () => number;
  onNewRound: () => void;
}

/** After the round: how long each person spoke (or each phase ran). Kept on this device only. */
export function RoundSummary({ round, now, onNewRound }: RoundSummaryProps) {
  const log = roundLog(round, now());
  return (
    <section class="ck-summary" aria-labelledby="ck-summary-title">
      {/* Focusable from script only: the stage before it is gone, the focus lands here. */}
      <h2 id="ck-summary-title" tabIndex={-1}>
        {i18n.t('panel.summary.title')}
      </h2>
      <p class="ck-muted">
        {i18n.t('panel.summary.total', { time: formatSpoken(log.elapsedMs - log.pausedMs) })}
      </p>
      <table class="ck-summary__table">
        <caption class="ck-visually-hidden">{i18n.t('panel.summary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              {log.phases.length ? i18n.t('panel.summary.phase') : i18n.t('panel.summary.person')}
            </th>
            <th scope="col">{i18n.t('panel.summary.time')}</th>
            <th scope="col">{i18n.t('panel.summary.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {log.people.map((person) => (
            <tr key={person.personId}>
              <th scope="row">{person.name}</th>
              <td>{formatSpoken(person.spokeMs)}</td>
              <td class="ck-muted">
                {[
                  person.passed ? i18n.t('panel.summary.passed') : '',
                  person.left ? i18n.t('panel.summary.left') : '',
                  !person.passed && !person.left && !log.spokenOrder.includes(person.personId)
                    ? i18n.t('panel.summary.notReached')
                    : '',
                  person.overtimeMs >= 1000
                    ? i18n.t('panel.summary.over', { time: formatSpoken(person.overtimeMs) })
                    : '',
                  person.addedMs > 0
                    ? i18n.t('panel.summary.added', { time: formatSpoken(person.addedMs) })
                    : '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </td>
            </tr>
          ))}
          {log.phases.map((phase) => (
            <tr key={phase.phaseId}>
              <th scope="row">{phase.title}</th>
              <td>{formatSpoken(phase.spentMs)}</td>
              <td class="ck-muted">
                {phase.overtimeMs >= 1000
                  ? i18n.t('panel.summary.over', { time: formatSpoken(phase.overtimeMs) })
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="ck-summary__private">{i18n.t('panel.summary.private')}</p>
      <button type="button" class="ck-button ck-button--primary" onClick={onNewRound}>
        {i18n.t('panel.summary.newRound')}
      </button>
    </section>
  );
}
