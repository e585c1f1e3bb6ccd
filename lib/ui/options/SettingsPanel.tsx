import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Settings } from '../../core/model';
import { Field } from '../common/Field';

export interface SettingsStore {
  getSettings(): Promise<Settings>;
  putSettings(settings: Settings): Promise<void>;
}

/** How rounds feel on this device: the chime, the soft warning, auto-advance, the call panel. */
export function SettingsPanel({ store }: { store: SettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    store.getSettings().then(setSettings, () => setSettings(null));
  }, [store]);
  if (!settings) return null;

  const change = (patch: Partial<Settings>) => {
    // Read the latest from the store: a panel may have written quick-round names meanwhile.
    store
      .getSettings()
      .then((latest) => {
        const next = { ...latest, ...patch };
        setSettings(next);
        return store.putSettings(next);
      })
      .then(
        () => setSaved(true),
        () => setSaved(false),
      );
  };

  return (
    <section class="ck-card ck-settings" aria-labelledby="ck-settings-title">
      <h2 id="ck-settings-title">{i18n.t('settings.title')}</h2>
      <Field label={i18n.t('settings.chimeVolume')} hint={i18n.t('settings.chimeVolumeHint')}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="range"
            min={0}
            max={100}
            step={5}
            value={Math.round(settings.chimeVolume * 100)}
            aria-describedby={describedBy}
            aria-valuetext={
              settings.chimeVolume === 0
                ? i18n.t('settings.muted')
                : `${Math.round(settings.chimeVolume * 100)}%`
            }
            onChange={(e) => change({ chimeVolume: e.currentTarget.valueAsNumber / 100 })}
          />
        )}
      </Field>
      <Field label={i18n.t('settings.warnBefore')} hint={i18n.t('settings.warnBeforeHint')}>
        {({ id, describedBy }) => (
          <input
            id={id}
            class="ck-input ck-input--short"
            type="number"
            min={0}
            max={120}
            step={5}
            value={settings.warnBeforeEndSeconds}
            aria-describedby={describedBy}
            onChange={(e) => {
              const seconds = e.currentTarget.valueAsNumber;
              if (Number.isInteger(seconds) && seconds >= 0 && seconds <= 120) {
                change({ warnBeforeEndSeconds: seconds });
              }
            }}
          />
        )}
      </Field>
      <label class="ck-check">
        <input
          type="checkbox"
          checked={settings.autoAdvance}
          onChange={(e) => change({ autoAdvance: e.currentTarget.checked })}
        />
        {i18n.t('settings.autoAdvance')}
      </label>
      <label class="ck-check">
        <input
          type="checkbox"
          checked={settings.panelOnEveryCall}
          onChange={(e) => change({ panelOnEveryCall: e.currentTarget.checked })}
        />
        {i18n.t('settings.panelOnEveryCall')}
      </label>
      <label class="ck-check">
        <input
          type="checkbox"
          checked={settings.speakingEstimate === true}
          aria-describedby="ck-speaking-estimate-hint"
          onChange={(e) => change({ speakingEstimate: e.currentTarget.checked })}
        />
        {i18n.t('settings.speakingEstimate')}
      </label>
      <p class="ck-muted" id="ck-speaking-estimate-hint">
        {i18n.t('settings.speakingEstimateHint')}
      </p>
      <p class="ck-muted" role="status">
        {saved ? i18n.t('settings.saved') : ''}
      </p>
    </section>
  );
}
