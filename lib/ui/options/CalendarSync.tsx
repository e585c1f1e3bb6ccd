// "Google Calendar sync" in the options page: off by default; turning it on asks the browser
// for Google sign-in and the Calendar API (inside the click: browsers prompt only for a user
// gesture), then signs in through the background. Also lists crews found in crewmates' shared
// tags, to adopt. Everything browser-side arrives as props from entrypoints/options.
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SharedCrew } from '../../core/calendar-tag-adopt';
import type { CalendarSyncStatus, FreeSlotsAnswer, SeriesToInvite } from '../../messaging/protocol';
import { SeriesInvite } from './SeriesInvite';

export interface CalendarSyncBrowser {
  /** `permissions.request` for `identity` and the Google API host; must run inside the click. */
  requestAccess(): Promise<boolean>;
  status(): Promise<CalendarSyncStatus>;
  turnOn(): Promise<CalendarSyncStatus>;
  turnOff(): Promise<CalendarSyncStatus>;
  syncNow(): Promise<CalendarSyncStatus>;
  /** "Also write one line in the event description". */
  setDescriptionLine(on: boolean): Promise<CalendarSyncStatus>;
  sharedCrews(): Promise<SharedCrew[]>;
  adopt(eventId: string): Promise<string | null>;
  seriesToInvite(): Promise<SeriesToInvite[]>;
  /** "Find times that suit everyone" (the background asks Google for free/busy then). */
  freeSlots(crewId: string, seriesId: string): Promise<FreeSlotsAnswer>;
  invite(
    crewId: string,
    seriesId: string,
    startsAt?: string,
  ): Promise<{ eventId: string; meetLink?: string } | null>;
}

type Notice = { kind: 'status' | 'error'; text: string } | null;

const PROBLEM_KEYS = {
  'not-configured': 'calendarSync.problem.notConfigured',
  'no-permission': 'calendarSync.problem.noPermission',
  refused: 'calendarSync.problem.refused',
  'needs-user': 'calendarSync.problem.needsUser',
  'signed-out': 'calendarSync.problem.signedOut',
  offline: 'calendarSync.problem.offline',
  busy: 'calendarSync.problem.busy',
  quota: 'calendarSync.problem.quota',
  forbidden: 'calendarSync.problem.forbidden',
} as const;

export function CalendarSync({ sync }: { sync: CalendarSyncBrowser }) {
  const [status, setStatus] = useState<CalendarSyncStatus | null>(null);
  const [shared, setShared] = useState<SharedCrew[]>([]);
  const [toInvite, setToInvite] = useState<SeriesToInvite[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const show = async (next: CalendarSyncStatus) => {
    setStatus(next);
    setShared(next.enabled ? await sync.sharedCrews().catch(() => []) : []);
    setToInvite(next.enabled ? await sync.seriesToInvite().catch(() => []) : []);
  };
  useEffect(() => {
    sync.status().then(show, () => {});
  }, [sync]);

  const act = async (work: () => Promise<CalendarSyncStatus>) => {
    setBusy(true);
    setNotice(null);
    try {
      await show(await work());
    } catch (error) {
      setNotice({
        kind: 'error',
        text: i18n.t('common.unexpectedError', { detail: String(error) }),
      });
    } finally {
      setBusy(false);
    }
  };

  const turnOn = () => {
    // The permission request comes first and synchronously, inside the click.
    const access = sync.requestAccess();
    act(async () => {
      if (!(await access.catch(() => false))) {
        setNotice({ kind: 'error', text: i18n.t('calendarSync.denied') });
        return sync.status();
      }
      return sync.turnOn();
    });
  };

  const adopt = (crew: SharedCrew) =>
    act(async () => {
      const id = await sync.adopt(crew.eventId);
      setNotice(
        id
          ? { kind: 'status', text: i18n.t('calendarSync.adopted', { name: crew.name }) }
          : { kind: 'error', text: i18n.t('calendarSync.adoptFailed', { name: crew.name }) },
      );
      return sync.status();
    });

  const invite = (series: SeriesToInvite, startsAt: string | undefined) =>
    act(async () => {
      const created = await sync.invite(series.crewId, series.seriesId, startsAt).catch(() => null);
      setNotice(
        created
          ? { kind: 'status', text: i18n.t('calendarSync.invited', { title: series.title }) }
          : { kind: 'error', text: i18n.t('calendarSync.inviteFailed', { title: series.title }) },
      );
      return sync.status();
    });

  return (
    <section class="ck-card ck-calendar-sync" aria-labelledby="ck-calendar-sync-title">
      <h2 id="ck-calendar-sync-title">{i18n.t('calendarSync.title')}</h2>
      <p class="ck-muted">{i18n.t('calendarSync.intro')}</p>
      {status && !status.configured && <p>{i18n.t('calendarSync.notConfigured')}</p>}
      {status?.configured && (
        <div class="ck-calendar-sync__state">
          <p role="status">
            {i18n.t(status.enabled ? 'calendarSync.on' : 'calendarSync.off')}{' '}
            {status.enabled &&
              status.lastSyncAt !== undefined &&
              i18n.t('calendarSync.lastSync', {
                time: new Date(status.lastSyncAt).toLocaleString(),
              })}
          </p>
          {status.problem && <p class="ck-error">{i18n.t(PROBLEM_KEYS[status.problem])}</p>}
          {status.waiting > 0 && (
            <p>{i18n.t('calendarSync.waiting', status.waiting, { count: status.waiting })}</p>
          )}
          {status.blocked > 0 && (
            <p>{i18n.t('calendarSync.blocked', status.blocked, { count: status.blocked })}</p>
          )}
          {status.enabled ? (
            <>
              <button
                type="button"
                class="ck-button"
                disabled={busy}
                onClick={() => act(sync.syncNow)}
              >
                {i18n.t('calendarSync.syncNow')}
              </button>{' '}
              <button
                type="button"
                class="ck-button"
                disabled={busy}
                onClick={() => act(sync.turnOff)}
              >
                {i18n.t('calendarSync.turnOff')}
              </button>
              <p class="ck-muted">{i18n.t('calendarSync.turnOffHint')}</p>
              <p>
                <input
                  id="ck-calendar-sync-line"
                  type="checkbox"
                  role="switch"
                  checked={status.descriptionLine}
                  aria-checked={status.descriptionLine}
                  aria-describedby="ck-calendar-sync-line-hint"
                  disabled={busy}
                  onChange={(e) => {
                    // Shown at once: the switch would otherwise snap back while the background
                    // saves, and a second press in that moment would be lost. Put back on failure.
                    const on = e.currentTarget.checked;
                    const before = status;
                    setStatus({ ...status, descriptionLine: on });
                    act(() =>
                      sync.setDescriptionLine(on).catch((error: unknown) => {
                        setStatus(before);
                        throw error;
                      }),
                    );
                  }}
                />{' '}
                <label for="ck-calendar-sync-line">{i18n.t('calendarSync.descriptionLine')}</label>
              </p>
              <p id="ck-calendar-sync-line-hint" class="ck-muted">
                {i18n.t('calendarSync.descriptionLineHint')}
              </p>
            </>
          ) : (
            <>
              <button
                type="button"
                class="ck-button ck-button--primary"
                disabled={busy}
                onClick={turnOn}
              >
                {i18n.t('calendarSync.turnOn')}
              </button>
              <p class="ck-muted">{i18n.t('calendarSync.turnOnHint')}</p>
            </>
          )}
        </div>
      )}
      {notice && (
        <p
          class={notice.kind === 'error' ? 'ck-error' : 'ck-muted'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
      {status?.enabled && toInvite.length > 0 && (
        <>
          <h3>{i18n.t('calendarSync.inviteTitle')}</h3>
          <p class="ck-muted">{i18n.t('calendarSync.inviteIntro')}</p>
          <ul class="ck-calendar-sync__shared">
            {toInvite.map((series) => (
              <SeriesInvite
                key={series.seriesId}
                series={series}
                busy={busy}
                findTimes={(s) => sync.freeSlots(s.crewId, s.seriesId)}
                invite={invite}
              />
            ))}
          </ul>
        </>
      )}
      {status?.enabled && (
        <>
          <h3>{i18n.t('calendarSync.sharedTitle')}</h3>
          {shared.length === 0 ? (
            <p class="ck-muted">{i18n.t('calendarSync.sharedNone')}</p>
          ) : (
            <ul class="ck-calendar-sync__shared">
              {shared.map((crew) => (
                <li key={crew.eventId}>
                  <strong>{crew.name}</strong>{' '}
                  <span class="ck-muted">
                    {i18n.t('calendarSync.sharedPeople', { count: crew.people.length })}
                  </span>{' '}
                  <button
                    type="button"
                    class="ck-button"
                    disabled={busy}
                    aria-label={i18n.t('calendarSync.adoptLabel', { name: crew.name })}
                    onClick={() => adopt(crew)}
                  >
                    {i18n.t('calendarSync.adopt')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
