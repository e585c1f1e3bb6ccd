import { i18n } from '#i18n';
import { type RoundLog, type RoundState, roundLog } from '../../core/round';
import { formatSpoken } from './format';

interface RoundSummaryProps {
  round: RoundState;
  now: () => number;
  onNewRound: () => void;
}

function personNotes(person: RoundLog['people'][number], log: RoundLog): string {
  return [
    person.passed ? i18n.t('panel.summary.passed') : '',
    person.left ? i18n.t('panel.summary.left') : '',
    !person.passed && !person.left && !log.spokenOrder.includes(person.personId)
      ? i18n.t('panel.summary.notReached')
      : '',
    person.overtimeMs >= 1000
      ? i18n.t('panel.summary.over', { time: formatSpoken(person.overtimeMs) })
      : '',
    person.addedMs > 0 ? i18n.t('panel.summary.added', { time: formatSpoken(person.addedMs) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function phaseNotes(phase: RoundLog['phases'][number]): string {
  return [
    phase.skipped ? i18n.t('panel.summary.skipped') : '',
    phase.overtimeMs >= 1000
      ? i18n.t('panel.summary.over', { time: formatSpoken(phase.overtimeMs) })
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * After the round: how long each person spoke; after a meeting, how long each phase ran and, over
 * all its rounds, each person. Kept on this device only.
 */
export function RoundSummary({ round, now, onNewRound }: RoundSummaryProps) {
  const log = roundLog(round, now());
  const isMeeting = round.budget.kind === 'phases';
  const rows = (cells: { key: string; name: string; ms: number; notes: string }[]) =>
    cells.map(({ key, name, ms, notes }) => (
      <tr key={key}>
        <th scope="row">{name}</th>
        <td>{formatSpoken(ms)}</td>
        <td class="ck-muted">{notes}</td>
      </tr>
    ));
  const table = (caption: string, first: string, body: ReturnType<typeof rows>) => (
    <table class="ck-summary__table">
      <caption class="ck-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col">{i18n.t('panel.summary.time')}</th>
          <th scope="col">{i18n.t('panel.summary.notes')}</th>
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
  return (
    <section class="ck-summary" aria-labelledby="ck-summary-title">
      {/* Focusable from script only: the stage before it is gone, the focus lands here. */}
      <h2 id="ck-summary-title" tabIndex={-1}>
        {isMeeting ? i18n.t('panel.summary.meetingTitle') : i18n.t('panel.summary.title')}
      </h2>
      <p class="ck-muted">
        {i18n.t('panel.summary.total', { time: formatSpoken(log.elapsedMs - log.pausedMs) })}
      </p>
      {log.phases.length > 0 &&
        table(
          i18n.t('panel.summary.phasesCaption'),
          i18n.t('panel.summary.phase'),
          rows(
            log.phases.map((phase) => ({
              key: phase.phaseId,
              name: phase.title,
              ms: phase.spentMs,
              notes: phaseNotes(phase),
            })),
          ),
        )}
      {log.people.length > 0 &&
        table(
          i18n.t('panel.summary.caption'),
          i18n.t('panel.summary.person'),
          rows(
            log.people.map((person) => ({
              key: person.personId,
              name: person.name,
              ms: person.spokeMs,
              notes: personNotes(person, log),
            })),
          ),
        )}
      <p class="ck-summary__private">{i18n.t('panel.summary.private')}</p>
      <button type="button" class="ck-button ck-button--primary" onClick={onNewRound}>
        {isMeeting ? i18n.t('panel.summary.newMeeting') : i18n.t('panel.summary.newRound')}
      </button>
    </section>
  );
}
