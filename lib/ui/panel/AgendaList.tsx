import { i18n } from '#i18n';
import { type RoundEvent, type RoundState, slotKey } from '../../core/round';
import { formatSpoken } from './format';
import { PHASE_MINUTES } from './MeetingBar';

interface AgendaListProps {
  round: RoundState;
  elapsedBySlot: Record<string, number>;
  /** An engine event, with the sentence a screen reader hears once it is done. */
  act: (event: RoundEvent, said: string) => void;
}

const MARK = { done: '✓', current: '▶', upcoming: '·', skipped: '–', passed: '–', left: '–' };

/**
 * A meeting's phases: run, on now, still to come. Those still to come can move earlier or later
 * among themselves, get one or five more minutes, or be skipped (the phase on now has its own bar).
 */
export function AgendaList({ round, elapsedBySlot, act }: AgendaListProps) {
  const from = round.status === 'ready' ? round.index : round.index + 1;
  const movable = round.entries.slice(from).map((entry) => slotKey(entry.slot));
  const canChange = round.status !== 'ended';
  const move = (phaseId: string, name: string, delta: -1 | 1) => {
    const place = movable.indexOf(phaseId) + delta + 1;
    act({ type: 'movePhase', phaseId, delta }, i18n.t('panel.meeting.moved', { name, place }));
  };

  return (
    <ol class="ck-order ck-agenda-run" aria-label={i18n.t('panel.order.agendaLabel')}>
      {round.entries.map((entry) => {
        if (entry.slot.kind !== 'phase') return null;
        const { phaseId, title: name, minutes } = entry.slot;
        const at = movable.indexOf(phaseId);
        const isCurrent = entry.status === 'current';
        const plannedMinutes = minutes + Math.round(entry.addedMs / 60_000);
        return (
          <li
            key={phaseId}
            class={`ck-order__item ck-order__item--${entry.status}`}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span class="ck-order__mark" aria-hidden="true">
              {MARK[entry.status]}
            </span>
            <span class="ck-order__name">{name}</span>
            <span class="ck-order__state ck-muted">
              {isCurrent && i18n.t('panel.order.phaseNow')}
              {entry.status === 'done' && formatSpoken(elapsedBySlot[phaseId] ?? entry.spentMs)}
              {entry.status === 'skipped' && i18n.t('panel.order.skipped')}
              {entry.status === 'upcoming' &&
                i18n.t('panel.order.minutes', { minutes: plannedMinutes })}
            </span>
            {canChange && at >= 0 && (
              <span class="ck-order__move">
                {movable.length > 1 && (
                  <>
                    <button
                      type="button"
                      class="ck-button ck-button--quiet ck-button--icon"
                      aria-label={i18n.t('panel.meeting.moveEarlier', { name })}
                      disabled={at === 0}
                      onClick={() => move(phaseId, name, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="ck-button ck-button--quiet ck-button--icon"
                      aria-label={i18n.t('panel.meeting.moveLater', { name })}
                      disabled={at === movable.length - 1}
                      onClick={() => move(phaseId, name, 1)}
                    >
                      ↓
                    </button>
                  </>
                )}
                {/* +1 and +5 as on the bar of the phase on now; each names its phase. */}
                {PHASE_MINUTES.map((more) => (
                  <button
                    key={more}
                    type="button"
                    class="ck-button ck-button--quiet"
                    aria-label={i18n.t('panel.meeting.addMinutesLabel', more, {
                      minutes: more,
                      name,
                    })}
                    onClick={() =>
                      act(
                        { type: 'addPhaseTime', phaseId, ms: more * 60_000 },
                        i18n.t('panel.meeting.added', more, { minutes: more, name }),
                      )
                    }
                  >
                    {i18n.t('panel.meeting.addMinutes', { minutes: more })}
                  </button>
                ))}
                {round.status !== 'ready' && (
                  <button
                    type="button"
                    class="ck-button ck-button--quiet"
                    aria-label={i18n.t('panel.meeting.skipLabel', { name })}
                    onClick={() =>
                      act({ type: 'skipPhase', phaseId }, i18n.t('panel.meeting.skipped', { name }))
                    }
                  >
                    {i18n.t('panel.meeting.skip')}
                  </button>
                )}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
