// The words of a badge ("Tuesday Crew · 3 of 6 · Chiara hosts"), through i18n.
import { i18n } from '#i18n';
import type { SessionBadge } from '../../core/calendar-session';

type Placeholder = 'crew' | 'index' | 'of' | 'host';
const PLACEHOLDER = /\{(crew|index|of|host)\}/g;
const KEPT = { crew: '{crew}', index: '{index}', of: '{of}', host: '{host}' } as const;

// Each i18n.t call goes into the browser's i18n API: in a CDP profile of 20 week navigations
// (300 events, 30 badges) those calls were ~40 ms of the calendar script's ~200 (issue 9). A
// message's text does not change while the page is open, so each is read once, placeholders kept,
// and split there into its literal runs and placeholders; filling it is a join, not a regular
// expression with a callback per badge (4 messages a badge, 30 badges a week). One pass, as
// @wxt-dev/i18n does: a crew named "{host}" stays as it is.
type Piece = string | { name: Placeholder };
const templates = new Map<string, Piece[]>();

function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) result.push(text.slice(last, match.index));
    result.push({ name: match[1] as Placeholder });
    last = match.index + match[0].length;
  }
  if (last < text.length) result.push(text.slice(last));
  return result;
}

function say(
  template: () => string,
  key: string,
  values: Partial<Record<Placeholder, string>>,
): string {
  let compiled = templates.get(key);
  if (compiled === undefined) {
    compiled = pieces(template());
    templates.set(key, compiled);
  }
  let text = '';
  for (const piece of compiled) {
    text += typeof piece === 'string' ? piece : (values[piece.name] ?? `{${piece.name}}`);
  }
  return text;
}

export function badgeText(badge: SessionBadge): string {
  const crew = badge.crewName;
  if (badge.skipped) {
    return say(() => i18n.t('calendar.badgeSkippedFull', KEPT), 'badgeSkippedFull', { crew });
  }
  const index = String(badge.index);
  if (badge.of !== undefined && badge.hostName !== undefined) {
    const values = { crew, index, of: String(badge.of), host: badge.hostName };
    return say(() => i18n.t('calendar.badge', KEPT), 'badge', values);
  }
  if (badge.of !== undefined) {
    const values = { crew, index, of: String(badge.of) };
    return say(() => i18n.t('calendar.badgeNoHost', KEPT), 'badgeNoHost', values);
  }
  if (badge.hostName !== undefined) {
    const values = { crew, index, host: badge.hostName };
    return say(() => i18n.t('calendar.badgeOpen', KEPT), 'badgeOpen', values);
  }
  return say(() => i18n.t('calendar.badgeOpenNoHost', KEPT), 'badgeOpenNoHost', { crew, index });
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
 * the end of this list (badgeForms), so "3/6 · Chiara" or just "Chiara" is left, not
 * "Tuesday Crew · 1 of 6 ·…", which hid the host (issue 9).
 */
export function badgeParts(badge: SessionBadge): BadgePart[] {
  const index = String(badge.index);
  const parts: BadgePart[] = [];
  if (badge.skipped) {
    // "Tuesday Crew · skipped", and "skipped" alone where the chip is narrow
    const skipped = say(() => i18n.t('calendar.badgeSkipped'), 'badgeSkipped', {});
    parts.push({ kind: 'skipped', long: skipped, short: skipped });
    parts.push({ kind: 'crew', long: badge.crewName, short: badge.crewName });
    return parts;
  }
  if (badge.hostName !== undefined) {
    const host = badge.hostName;
    parts.push({
      kind: 'host',
      long: say(() => i18n.t('calendar.badgeHost', KEPT), 'badgeHost', { host }),
      short: host,
    });
  }
  if (badge.of !== undefined) {
    const values = { index, of: String(badge.of) };
    parts.push({
      kind: 'count',
      long: say(() => i18n.t('calendar.badgeCount', KEPT), 'badgeCount', values),
      short: say(() => i18n.t('calendar.badgeCountShort', KEPT), 'badgeCountShort', values),
    });
  } else {
    parts.push({ kind: 'count', long: index, short: index });
  }
  parts.push({ kind: 'crew', long: badge.crewName, short: badge.crewName });
  return parts;
}

/** Between a part and the one before it in importance (drawn on its right, in reading order). */
const SEPARATOR = ' \u00b7 ';

/**
 * What a badge can show, widest first: every part in its long form, then every part short, then
 * without the last part, ... down to the first part alone ("Tuesday Crew · 3 of 6 · Chiara
 * hosts", "Tuesday Crew · 3/6 · Chiara", "3/6 · Chiara", "Chiara"), each read in reading order.
 */
export function badgeForms(badge: SessionBadge): string[] {
  const parts = badgeParts(badge);
  let long = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    long += (parts[i] as BadgePart).long + (i > 0 ? SEPARATOR : '');
  }
  // The short forms, built from the first part outwards: "Chiara", "3/6 · Chiara", ...
  const shorts: string[] = [];
  parts.forEach((part, i) => {
    shorts.push(i === 0 ? part.short : part.short + SEPARATOR + (shorts[i - 1] as string));
  });
  return [long, ...shorts.reverse()];
}

/** The pill's content width from which the long forms are used. */
export const LONG_FROM_PX = 229.5;

/**
 * Which of `forms` (badgeForms) a pill of this content width shows: the long one from
 * LONG_FROM_PX, else the widest short one that fits (`widthOf` in px), else the narrowest, which
 * the pill cuts with an ellipsis.
 */
export function fittingForm(
  forms: readonly string[],
  width: number,
  widthOf: (text: string) => number,
): number {
  if (width >= LONG_FROM_PX || forms.length < 2) return 0;
  for (let i = 1; i < forms.length - 1; i++) {
    if (widthOf(forms[i] as string) <= width) return i;
  }
  return forms.length - 1;
}
