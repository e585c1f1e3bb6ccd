// What the polite live region says, and when: a new speaker (or phase), a turn's end, the round's
// end. Never every second: screen-reader users hear the countdown only when they ask the timer.
import { i18n } from '#i18n';
import type { RoundView } from '../../core/round';
import { slotKey } from '../../core/round';
import { formatRemaining } from './format';
import { slotName } from './OrderList';

export interface AnnounceMoment {
  currentKey: string | null;
  turnEnded: boolean;
  hasEnded: boolean;
}

export function momentOf(view: RoundView): AnnounceMoment {
  return {
    currentKey: view.current ? slotKey(view.current) : null,
    turnEnded: view.turnEnded,
    hasEnded: view.hasEnded,
  };
}

/** The sentence for the change from `before` to the view now, or null when nothing to say. */
export function announcementFor(before: AnnounceMoment, view: RoundView): string | null {
  const now = momentOf(view);
  if (now.hasEnded && !before.hasEnded) return i18n.t('panel.announce.ended');
  if (view.current && now.currentKey !== before.currentKey) {
    const name = slotName(view.current);
    const time = formatRemaining(view.remainingMs);
    return view.current.kind === 'turn'
      ? i18n.t('panel.announce.speaker', { name, time })
      : i18n.t('panel.announce.phase', { name, time });
  }
  if (view.current && now.turnEnded && !before.turnEnded) {
    return i18n.t('panel.announce.turnEnded', { name: slotName(view.current) });
  }
  return null;
}
