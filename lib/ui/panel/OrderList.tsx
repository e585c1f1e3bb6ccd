import { i18n } from '#i18n';
import { type RoundEvent, type RoundState, type Slot, slotKey } from '../../core/round';
import { formatSpoken } from './format';

interface OrderListProps {
  round: RoundState;
  elapsedBySlot: Record<string, number>;
  /** Show move buttons on the people still to come (before the start, and during the round). */
  canReorder: boolean;
  dispatch: (event: RoundEvent) => void;
}

export function slotName(slot: Slot): string {
  return slot.kind === 'turn' ? slot.name : slot.title;
}

/** The order with who has spoken, who is speaking now and who is still to come. */
export function OrderList({ round, elapsedBySlot, canReorder, dispatch }: OrderListProps) {
  const upcomingKeys = round.entries
    .filter((entry) => entry.status === 'upcoming')
    .map((entry) => slotKey(entry.slot));
  const move = (key: string, delta: number) => {
    const order = [...upcomingKeys];
    const from = order.indexOf(key);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= order.length) return;
    order.splice(from, 1);
    order.splice(to, 0, key);
    dispatch({ type: 'reorder', order });
  };
  const isAgenda = round.budget.kind === 'phases';

  return (
    <ol
      class="ck-order"
      aria-label={isAgenda ? i18n.t('panel.order.agendaLabel') : i18n.t('panel.order.label')}
    >
      {round.entries.map((entry) => {
        const key = slotKey(entry.slot);
        const name = slotName(entry.slot);
        const at = upcomingKeys.indexOf(key);
        const isCurrent = entry.status === 'current';
        return (
          <li
            key={key}
            class={`ck-order__item ck-order__item--${entry.status}`}
            aria-current={isCurrent ? 'true' : undefined}
          >
            <span class="ck-order__mark" aria-hidden="true">
              {entry.status === 'done'
                ? '✓'
                : isCurrent
                  ? '▶'
                  : entry.status === 'upcoming'
                    ? '·'
                    : '–'}
            </span>
            <span class="ck-order__name">{name}</span>
            <span class="ck-order__state ck-muted">
              {isCurrent && i18n.t('panel.order.now')}
              {entry.status === 'done' && formatSpoken(elapsedBySlot[key] ?? entry.spentMs)}
              {entry.status === 'passed' && i18n.t('panel.order.passed')}
              {entry.status === 'left' && i18n.t('panel.order.left')}
              {entry.status === 'upcoming' && entry.passes > 0 && i18n.t('panel.order.speaksLast')}
              {entry.slot.kind === 'phase' &&
                entry.status === 'upcoming' &&
                i18n.t('panel.order.minutes', { minutes: entry.slot.minutes })}
            </span>
            {canReorder && at >= 0 && upcomingKeys.length > 1 && (
              <span class="ck-order__move">
                <button
                  type="button"
                  class="ck-button ck-button--quiet ck-button--icon"
                  aria-label={i18n.t('panel.order.moveUp', { name })}
                  disabled={at === 0}
                  onClick={() => move(key, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="ck-button ck-button--quiet ck-button--icon"
                  aria-label={i18n.t('panel.order.moveDown', { name })}
                  disabled={at === upcomingKeys.length - 1}
                  onClick={() => move(key, 1)}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
