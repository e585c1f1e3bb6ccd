import { i18n } from '#i18n';
import type { PanelContext } from './types';

/** Crew, session number, host and the crew's agreements (folded away until asked for). */
export function PanelHeader({ crewName, sessionLabel, hostName, agreements }: PanelContext) {
  const session = sessionLabel
    ? sessionLabel.of
      ? i18n.t('panel.header.sessionOf', { index: sessionLabel.index, of: sessionLabel.of })
      : i18n.t('panel.header.session', { index: sessionLabel.index })
    : null;
  const lines = agreements.filter((line) => line.trim() !== '');
  return (
    <header class="ck-panel__header">
      <p class="ck-panel__crew">{crewName ?? i18n.t('panel.header.quickRound')}</p>
      {(session || hostName) && (
        <p class="ck-panel__meta ck-muted">
          {[session, hostName ? i18n.t('panel.header.host', { name: hostName }) : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {lines.length > 0 && (
        <details class="ck-panel__agreements">
          <summary>{i18n.t('panel.header.agreements', { count: lines.length })}</summary>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
