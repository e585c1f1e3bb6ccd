import { render } from 'preact';
import { i18n } from '#i18n';
import { browserRegistrationDeps } from '../../lib/background/jitsi-browser-deps';
import { syncJitsiRegistrations } from '../../lib/background/jitsi-registration';
import { sendMessage } from '../../lib/messaging/messenger';
import { onStoreChanged, openStore } from '../../lib/store';
import '../../lib/ui/theme.css';
import { GOOGLE_API_ORIGIN } from '../../lib/google/client';
import { showLoadFailure } from '../../lib/ui/common/load-failure';
import { OptionsApp } from '../../lib/ui/options/OptionsApp';

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  try {
    // Writes made here reach content scripts through the background, which the message wakes.
    const store = await openStore(undefined, {
      onCommitted: (change) => {
        sendMessage('page:storeChanged', change).catch(() => {
          // The background relays to content scripts; if it cannot, they refresh on next load.
        });
      },
    });
    render(
      <OptionsApp
        store={store}
        now={Date.now}
        shortcuts={{
          getCommands: () => browser.commands.getAll(),
          isFirefox: import.meta.env.FIREFOX,
        }}
        subscribe={(onChange, signal) => onStoreChanged(onChange, signal)}
        reminders={{
          requestNotifications: () =>
            browser.permissions.request({ permissions: ['notifications'] }),
          load: () => sendMessage('page:reminderSettings'),
          save: (settings) => sendMessage('page:saveReminders', settings),
        }}
        calendarSync={{
          requestAccess: () =>
            browser.permissions.request({
              // On Firefox `identity` is a plain permission (wxt.config.ts), and Firefox refuses
              // a request for one not declared optional: ask only for the API host there.
              permissions: import.meta.env.FIREFOX ? [] : ['identity'],
              origins: [GOOGLE_API_ORIGIN],
            }),
          status: () => sendMessage('page:calendarSyncStatus'),
          turnOn: () => sendMessage('page:calendarSyncOn'),
          turnOff: () => sendMessage('page:calendarSyncOff'),
          syncNow: () => sendMessage('page:calendarSyncNow'),
          setDescriptionLine: (on) => sendMessage('page:calendarDescriptionLine', { on }),
          sharedCrews: () => sendMessage('page:calendarSharedCrews'),
          adopt: (eventId) => sendMessage('page:calendarAdoptCrew', { eventId }),
          seriesToInvite: () => sendMessage('page:calendarSeriesToInvite'),
          freeSlots: (crewId, seriesId) =>
            sendMessage('page:calendarFreeSlots', { crewId, seriesId }),
          invite: (crewId, seriesId, startsAt) =>
            sendMessage('page:calendarInviteSeries', {
              crewId,
              seriesId,
              ...(startsAt ? { startsAt } : {}),
            }),
        }}
        jitsi={{
          permissions: browser.permissions,
          // Synced here too, right after saving: the permission event may reach the background
          // before the settings write does.
          syncRegistrations: () =>
            syncJitsiRegistrations(
              browserRegistrationDeps(async () => (await store.getSettings()).jitsiOrigins),
            ),
        }}
      />,
      root,
    );
  } catch (error) {
    // A database written by a newer Crewkit, or storage turned off: say so, change nothing.
    showLoadFailure(root, i18n.t('options.loadFailed', { detail: (error as Error).message }));
  }
}
main();
