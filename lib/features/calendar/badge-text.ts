// The words of a badge ("Tuesday Crew · 3 of 6 · Chiara hosts"), through i18n.
import { i18n } from '#i18n';
import type { SessionBadge } from '../../core/calendar-session';

export function badgeText(badge: SessionBadge): string {
  const crew = badge.crewName;
  if (badge.skipped) return i18n.t('calendar.badgeSkippedFull', { crew });
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

/** One part of a badge, in a long form for wide chips and a short one for narrow columns. */
export interface BadgePart {
  kind: 'host' | 'count' | 'crew' | 'skipped';
  long: string;
  short: string;
}

/**
 * The badge's parts, most useful first: who hosts (what people look for on the week), then the
 * number, then the crew (the chip's own title usually names it). A narrow chip drops parts from
 * the end of this list (badge-view.ts), so "3/6 · Chiara" or just "Chiara" is left, not
 * "Tuesday Crew · 1 of 6 ·…", which hid the host (issue 9).
 */
export function badgeParts(badge: SessionBadge): BadgePart[] {
  const index = String(badge.index);
  const parts: BadgePart[] = [];
  if (badge.skipped) {
    // "Tuesday Crew · skipped", and "skipped" alone where the chip is narrow
    const skipped = i18n.t('calendar.badgeSkipped');
    parts.push({ kind: 'skipped', long: skipped, short: skipped });
    parts.push({ kind: 'crew', long: badge.crewName, short: badge.crewName });
    return parts;
  }
  if (badge.hostName !== undefined) {
    const host = badge.hostName;
    parts.push({ kind: 'host', long: i18n.t('calendar.badgeHost', { host }), short: host });
  }
  if (badge.of !== undefined) {
    const of = String(badge.of);
    parts.push({
      kind: 'count',
      long: i18n.t('calendar.badgeCount', { index, of }),
      short: i18n.t('calendar.badgeCountShort', { index, of }),
    });
  } else {
    parts.push({ kind: 'count', long: index, short: index });
  }
  parts.push({ kind: 'crew', long: badge.crewName, short: badge.crewName });
  return parts;
}
