import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type UpcomingSession, upcomingSessions } from '../../core/upcoming-sessions';
import type { CrewkitStore } from '../../store';
import { SESSION_WHEN as WHEN } from '../common/format-when';

export interface PopupAppProps {
  store: Pick<CrewkitStore, 'listCrews' | 'listSeries' | 'listSessions'> | null;
  now: () => number;
  /** Must run synchronously inside the click: browsers open side panels only on a user gesture. */
  openSidePanel: (quick: boolean) => void;
  openOptions: () => void;
  /** False where the browser has no way to open the side panel from the popup. */
  canOpenSidePanel: boolean;
  /** Set when the active tab is a Meet or Jitsi call: opens Crewkit's panel inside it. */
  openInCall?: (() => void) | undefined;
  /** Sites whose pages no longer match what Crewkit expects, with what was not found. */
  degraded?: { site: string; missing: string[] }[] | undefined;
}

const SITE_NAMES: Record<string, string> = {
  meet: 'Google Meet',
  jitsi: 'Jitsi',
  calendar: 'Google Calendar',
};

/** The adapters' codes for what they could not find (lib/sites), in words. */
function missingText(code: string): string {
  switch (code) {
    case 'icon-ligatures':
      return i18n.t('popup.missing.icons');
    case 'call-controls':
      return i18n.t('popup.missing.callControls');
    case 'participant-tiles':
      return i18n.t('popup.missing.tiles');
    case 'tile-names':
      return i18n.t('popup.missing.tileNames');
    case 'conference-page':
      return i18n.t('popup.missing.conference');
    case 'local-display-name':
      return i18n.t('popup.missing.ownName');
    case 'calendar-grid':
      return i18n.t('popup.missing.calendarGrid');
    case 'event-chips':
      return i18n.t('popup.missing.eventChips');
    case 'event-dialog-id':
      return i18n.t('popup.missing.eventDialogId');
    default:
      return i18n.t('popup.missing.page');
  }
}

/** Today's and the next crew sessions (lib/core/upcoming-sessions.ts), read from the store. */
async function nextLines(store: NonNullable<PopupAppProps['store']>, now: number) {
  const crews = (await store.listCrews()).filter((crew) => !crew.archivedAt);
  const books = await Promise.all(
    crews.map(async (crew) => {
      const [series, sessions] = await Promise.all([
        store.listSeries(crew.id),
        store.listSessions(crew.id),
      ]);
      return { crew, series, sessions };
    }),
  );
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return upcomingSessions(books, now, { start: start.getTime(), end: end.getTime() });
}

/** The toolbar popup: open the side panel, start a quick round, reach crews and settings. */
export function PopupApp({
  store,
  now,
  openSidePanel,
  openOptions,
  canOpenSidePanel,
  openInCall,
  degraded = [],
}: PopupAppProps) {
  const [lines, setLines] = useState<UpcomingSession[]>([]);
  useEffect(() => {
    if (!store) return;
    nextLines(store, now()).then(setLines, () => setLines([]));
  }, [store]);

  return (
    <main class="ck-root ck-popup">
      <h1 class="ck-popup__title">{i18n.t('extName')}</h1>
      <div class="ck-popup__actions">
        {openInCall && (
          <button type="button" class="ck-button ck-button--primary" onClick={openInCall}>
            {i18n.t('popup.openInCall')}
          </button>
        )}
        <button
          type="button"
          class={openInCall ? 'ck-button' : 'ck-button ck-button--primary'}
          disabled={!canOpenSidePanel}
          onClick={() => openSidePanel(false)}
        >
          {i18n.t('popup.openSidePanel')}
        </button>
        <button
          type="button"
          class="ck-button"
          disabled={!canOpenSidePanel}
          onClick={() => openSidePanel(true)}
        >
          {i18n.t('popup.quickRound')}
        </button>
        <button type="button" class="ck-button ck-button--quiet" onClick={openOptions}>
          {i18n.t('popup.crewsAndSettings')}
        </button>
      </div>
      {!canOpenSidePanel && <p class="ck-note">{i18n.t('popup.noSidePanel')}</p>}
      {degraded.map(({ site, missing }) => (
        <p key={site} class="ck-note" role="status">
          <strong>{i18n.t('popup.degraded', { site: SITE_NAMES[site] ?? site })}</strong>{' '}
          {i18n.t(site === 'calendar' ? 'popup.degradedDetailCalendar' : 'popup.degradedDetail', {
            missing: [...new Set(missing.map(missingText))].join(', '),
          })}
        </p>
      ))}
      {lines.length > 0 && (
        <section aria-labelledby="ck-popup-next">
          <h2 id="ck-popup-next" class="ck-popup__subtitle">
            {i18n.t('popup.nextSessions')}
          </h2>
          <ul class="ck-popup__next">
            {lines.map((line) => {
              const when = WHEN.format(line.startsAt);
              const crew = line.crewName;
              return (
                <li key={line.sessionId}>
                  {line.today && <strong>{i18n.t('popup.today')} </strong>}
                  {line.hostName
                    ? i18n.t('popup.nextSession', { crew, when, host: line.hostName })
                    : i18n.t('popup.nextSessionNoHost', { crew, when })}
                  {line.joinUrl && (
                    <>
                      {' '}
                      <a
                        href={line.joinUrl}
                        target="_blank"
                        rel="noreferrer"
                        aria-label={i18n.t('popup.joinCall', { crew })}
                      >
                        {i18n.t('popup.join')}
                      </a>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </main>
  );
}
