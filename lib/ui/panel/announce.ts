// What the polite live region says, and when: a new speaker (or phase), a turn's end, the round's
// end. Never every second: screen-reader users hear the countdown only when they ask the timer.
import { i18n } from '#i18n';
import type { RoundView } from '../../core/round';
import { slotKey } from '../../core/round';
import { formatRemaining } from './format';
import { slotName } from './OrderList';

export interface AnnounceMoment {
  currentKey: string | null;
  /** The meeting's phase on now, when the round is a meeting. */
  phase: string | null;
  turnEnded: boolean;
  hasEnded: boolean;
}

export function momentOf(view: RoundView, phase: string | null = null): AnnounceMoment {
  return {
    currentKey: view.current ? slotKey(view.current) : null,
    phase,
    turnEnded: view.turnEnded,
    hasEnded: view.hasEnded,
  };
}

/** The sentence for the change from `before` to the view now, or null when nothing to say. */
export function announcementFor(
  before: AnnounceMoment,
  view: RoundView,
  phase: string | null = null,
): string | null {
  const now = momentOf(view, phase);
  if (now.hasEnded && !before.hasEnded) {
    return view.current === null && phase === null && before.phase !== null
      ? i18n.t('panel.announce.meetingEnded')
      : i18n.t('panel.announce.ended');
  }
  if (view.current && now.currentKey !== before.currentKey) {
    const name = slotName(view.current);
    const time = formatRemaining(view.remainingMs);
    if (view.current.kind !== 'turn') return i18n.t('panel.announce.phase', { name, time });
    const speaker = i18n.t('panel.announce.speaker', { name, time });
    // A meeting's round phase begins: say which, then who speaks first.
    return phase && phase !== before.phase
      ? `${i18n.t('panel.announce.phaseBegins', { name: phase })} ${speaker}`
      : speaker;
  }
  if (view.current && now.turnEnded && !before.turnEnded) {
    return i18n.t('panel.announce.turnEnded', { name: slotName(view.current) });
  }
  return null;
}
