import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ROUND_COMMANDS, type RoundCommand } from '../../store/round-commands';
import './shortcuts.css';

export interface CommandBinding {
  name?: string | undefined;
  shortcut?: string | undefined;
}

interface ShortcutsInfoProps {
  /** `() => browser.commands.getAll()` in the extension. */
  getCommands: () => Promise<CommandBinding[]>;
  /** Where this browser lets people change shortcuts, e.g. chrome://extensions/shortcuts. */
  settingsPlace: string;
}

const LABEL = {
  [ROUND_COMMANDS.next]: 'shortcuts.commands.roundNext',
  [ROUND_COMMANDS.pauseResume]: 'shortcuts.commands.roundPauseResume',
} as const satisfies Record<RoundCommand, string>;

/** Where the shortcuts of this browser are changed. */
export function shortcutSettingsPlace(isFirefox: boolean): string {
  return isFirefox
    ? 'about:addons → ⚙ → Manage Extension Shortcuts'
    : 'chrome://extensions/shortcuts';
}

/** The round shortcuts as the browser has them now; the browser owns the bindings. */
export function ShortcutsInfo({ getCommands, settingsPlace }: ShortcutsInfoProps) {
  const [bindings, setBindings] = useState<CommandBinding[] | null>(null);
  useEffect(() => {
    getCommands().then(setBindings, () => setBindings([]));
  }, [getCommands]);
  const boundKey = (name: RoundCommand) =>
    bindings?.find((binding) => binding.name === name)?.shortcut || '';
  const shortcutOf = (name: RoundCommand) => boundKey(name) || i18n.t('shortcuts.notSet');
  // A suggested key the browser already uses is left unassigned at install (wxt.config.ts):
  // then say what "not set" means and where to choose one, not only where to change them.
  const anyUnset =
    bindings !== null && (Object.keys(LABEL) as RoundCommand[]).some((n) => !boundKey(n));

  return (
    <section class="ck-card ck-shortcuts" aria-labelledby="ck-shortcuts-title">
      <h2 id="ck-shortcuts-title">{i18n.t('shortcuts.title')}</h2>
      <p class="ck-muted">{i18n.t('shortcuts.intro')}</p>
      {bindings && (
        <dl class="ck-shortcuts__list">
          {(Object.keys(LABEL) as RoundCommand[]).map((name) => (
            <div key={name} class="ck-shortcuts__row">
              <dt>{i18n.t(LABEL[name])}</dt>
              <dd>
                <kbd>{shortcutOf(name)}</kbd>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p class="ck-muted">
        {anyUnset
          ? i18n.t('shortcuts.notSetHint', { where: settingsPlace })
          : i18n.t('shortcuts.change', { where: settingsPlace })}
      </p>
    </section>
  );
}
