// For people who host many crews: every crew with its next session and host, crews that have not
// met for longer than their rhythm, who has not hosted yet (a gentle note) and the spread share.
import { i18n } from '#i18n';
import type { IsoTime } from '../../core/model';
import {
  congregationOverview,
  hostingSpread,
  hostKeys,
  notHostedYet,
} from '../../core/pathway/congregation';
import { SESSION_WHEN } from '../common/format-when';
import type { PathwayData } from './usePathwayData';

export function CongregationView({ data, now }: { data: PathwayData; now: IsoTime }) {
  const rows = congregationOverview(data.crews, data.series, data.sessions, now);
  // Who has hosted walks every session: once for both figures.
  const hosts = hostKeys(data.crews, data.sessions);
  const spread = hostingSpread(data.crews, data.sessions, hosts);
  const waiting = notHostedYet(data.crews, data.sessions, hosts);
  const overdue = rows.filter((r) => r.overdue);
  const percent = Math.round(spread.share * 100);
  return (
    <section class="ck-card ck-pathway__section" aria-labelledby="ck-congregation-title">
      <h2 id="ck-congregation-title">{i18n.t('pathway.congregation.title')}</h2>
      <p class="ck-muted">{i18n.t('pathway.congregation.intro')}</p>
      <div class="ck-spread">
        <p class="ck-spread__figure">
          {i18n.t('pathway.congregation.spread', {
            hosted: spread.hosted,
            members: spread.members,
            percent,
          })}
        </p>
        <meter
          class="ck-spread__bar"
          aria-label={i18n.t('pathway.congregation.spreadLabel')}
          min={0}
          max={100}
          value={percent}
        >
          {percent}%
        </meter>
      </div>
      {overdue.length > 0 && (
        <p class="ck-note">
          {i18n.t('pathway.congregation.overdueNote', overdue.length, { count: overdue.length })}
        </p>
      )}
      <table class="ck-table">
        <caption class="ck-visually-hidden">{i18n.t('pathway.congregation.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('pathway.congregation.crew')}</th>
            <th scope="col">{i18n.t('pathway.congregation.next')}</th>
            <th scope="col">{i18n.t('pathway.congregation.host')}</th>
            <th scope="col">{i18n.t('pathway.congregation.lastMet')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.crewId} class={row.overdue ? 'ck-row--overdue' : undefined}>
              <th scope="row">{row.crewName}</th>
              <td>
                {row.next
                  ? SESSION_WHEN.format(Date.parse(row.next.startsAt))
                  : i18n.t('pathway.congregation.nothingPlanned')}
              </td>
              <td>{row.next?.hostName ?? '—'}</td>
              <td>
                {row.lastMetAt
                  ? i18n.t('pathway.congregation.daysAgo', row.daysSinceMet, {
                      count: row.daysSinceMet,
                    })
                  : i18n.t('pathway.congregation.notMetYet')}
                {row.overdue && (
                  <span class="ck-badge ck-badge--warn">
                    {i18n.t('pathway.congregation.overdue')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {waiting.length > 0 && (
        <p class="ck-note ck-note--ok">
          {i18n.t('pathway.congregation.notHostedYet', {
            names: waiting.map((w) => w.name).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
