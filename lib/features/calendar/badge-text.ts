// The words of a badge ("Tuesday Crew · 3 of 6 · Chiara hosts"), through i18n.
import { i18n } from '#i18n';
import type { SessionBadge } from '../../core/calendar-session';

export function badgeText(badge: SessionBadge): string {
  const crew = badge.crewName;
  const index = String(badge.index);
  if (badge.of !== undefined && badge.hostName !== undefined) {
    return i18n.t('calendar.badge', { crew, index, of: String(badge.of), host: badge.hostName });
  }
  if (badge.of !== undefined) {
    return i18n.t('calendar.badgeNoHost', { crew, index, of: String(badge.of) });
  }
  if (badge.hostName !== undefined) {
    return i18n.t('calendar.badgeOpen', { crew, index, host: badge.hostName });
  }
  return i18n.t('calendar.badgeOpenNoHost', { crew, index });
}
