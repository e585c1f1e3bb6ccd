// The words of the optional description line (lib/core/calendar-description-line.ts), in the
// writer's language: "Crewkit: Tuesday Crew · session 3 of 6 · Chiara hosts" for one event;
// for a series (one description for every instance) the count and the hosts in turn.
import { i18n } from '#i18n';
import type { CalendarTag } from '../core/calendar-tag';

/** Hosts named in a series' line; the rest is "…" (a description line, not a rota). */
const MAX_NAMED_HOSTS = 8;

export function descriptionLineText(tag: CalendarTag): string {
  const parts = [tag.crew];
  const instances = Object.entries(tag.instances ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (instances.length) {
    parts.push(i18n.t('calendarSync.line.series', { count: tag.of ?? instances.length }));
    const hosts = instances.flatMap(([, entry]) => (entry.host ? [entry.host] : []));
    if (hosts.length) {
      const named = hosts.slice(0, MAX_NAMED_HOSTS).join(', ');
      parts.push(
        i18n.t('calendarSync.line.seriesHosts', {
          hosts: hosts.length > MAX_NAMED_HOSTS ? `${named}, …` : named,
        }),
      );
    }
  } else {
    if (tag.number !== undefined)
      parts.push(
        tag.of !== undefined
          ? i18n.t('calendarSync.line.sessionOf', { number: tag.number, of: tag.of })
          : i18n.t('calendarSync.line.session', { number: tag.number }),
      );
    if (tag.host) parts.push(i18n.t('calendarSync.line.host', { host: tag.host }));
  }
  return `Crewkit: ${parts.join(' · ')}`;
}
