// "Reminders" in the options page: off by default; turning them on asks for the optional
// `notifications` permission inside the click, then the background schedules the alarms.
import { useEffect, useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';

export interface ReminderSettingsValue {
  enabled: boolean;
  minutesBefore: number;
  myEmail?: string;
}

export interface RemindersBrowser {
  /** `permissions.request({ permissions: ['notifications'] })`; must run inside the click. */
  requestNotifications(): Promise<boolean>;
  load(): Promise<ReminderSettingsValue>;
  save(settings: ReminderSettingsValue): Promise<number>;
}

export function Reminders({ reminders }: { reminders: RemindersBrowser }) {
  const [settings, setSettings] = useState<ReminderSettingsValue | null>(null);
  const [notice, setNotice] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);
  const id = useId();
  useEffect(() => {
    reminders.load().then(setSettings, () => {});
  }, [reminders]);
  if (!settings) return null;

  const save = (event: Event) => {
    event.preventDefault();
    // The permission prompt comes first and synchronously, inside the submit.
    const allowed = settings.enabled ? reminders.requestNotifications() : Promise.resolve(true);
    (async () => {
      const granted = await allowed.catch(() => false);
      const next = { ...settings, enabled: settings.enabled && granted };
      const count = await reminders.save(next);
      setSettings(next);
      setNotice(
        !granted
          ? { kind: 'error', text: i18n.t('reminders.denied') }
          : {
              kind: 'status',
              text: next.enabled ? i18n.t('reminders.saved', { count }) : i18n.t('reminders.off'),
            },
      );
    })().catch((error: unknown) =>
      setNotice({
        kind: 'error',
        text: i18n.t('common.unexpectedError', { detail: String(error) }),
      }),
    );
  };

  return (
    <section class="ck-card ck-reminders" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{i18n.t('reminders.title')}</h2>
      <p class="ck-muted">{i18n.t('reminders.intro')}</p>
      <form onSubmit={save}>
        <p>
          <input
            id={`${id}-on`}
            type="checkbox"
            role="switch"
            checked={settings.enabled}
            aria-checked={settings.enabled}
            onChange={(e) => setSettings({ ...settings, enabled: e.currentTarget.checked })}
          />{' '}
          <label for={`${id}-on`}>{i18n.t('reminders.switch')}</label>
        </p>
        <p>
          <label for={`${id}-minutes`}>{i18n.t('reminders.minutes')}</label>{' '}
          <input
            id={`${id}-minutes`}
            class="ck-input"
            type="number"
            min={1}
            max={240}
            value={settings.minutesBefore}
            onInput={(e) =>
              setSettings({ ...settings, minutesBefore: Number(e.currentTarget.value) || 10 })
            }
          />
        </p>
        <p>
          <label for={`${id}-email`}>{i18n.t('reminders.myEmail')}</label>{' '}
          <input
            id={`${id}-email`}
            class="ck-input"
            type="email"
            value={settings.myEmail ?? ''}
            onInput={(e) => setSettings({ ...settings, myEmail: e.currentTarget.value.trim() })}
          />
        </p>
        <button type="submit" class="ck-button">
          {i18n.t('reminders.save')}
        </button>
      </form>
      {notice && (
        <p
          class={notice.kind === 'error' ? 'ck-error' : 'ck-muted'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
    </section>
  );
}
