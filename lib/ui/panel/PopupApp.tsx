import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { nextSessionOf } from '../../core/crew-context';
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
    default:
      return i18n.t('popup.missing.page');
  }
}

interface NextLine {
  crewId: string;
  crew: string;
  startsAt: number;
  host: string | undefined;
}

async function nextLines(store: NonNullable<PopupAppProps['store']>, now: number) {
  const crews = (await store.listCrews()).filter((crew) => !crew.archivedAt);
  const lines = await Promise.all(
    crews.map(async (crew): Promise<NextLine | null> => {
      const [series, sessions] = await Promise.all([
        store.listSeries(crew.id),
        store.listSessions(crew.id),
      ]);
      const next = nextSessionOf(crew, series, sessions, now);
      if (!next) return null;
      return {
        crewId: crew.id,
        crew: crew.name,
        startsAt: Date.parse(next.row.startsAt),
        host: next.row.hostName,
      };
    }),
  );
  return lines
    .filter((line): line is NextLine => line !== null)
    .sort((a, b) => a.startsAt - b.startsAt);
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
  const [lines, setLines] = useState<NextLine[]>([]);
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
          {i18n.t('popup.degradedDetail', {
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
              return (
                <li key={line.crewId}>
                  {line.host
                    ? i18n.t('popup.nextSession', { crew: line.crew, when, host: line.host })
                    : i18n.t('popup.nextSessionNoHost', { crew: line.crew, when })}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </main>
  );
}
