import { defineConfig } from 'wxt';

// Host permissions are the two Google sites Crewkit reads; everything else (Google's API,
// Jitsi origins, notifications) is optional and asked for when the user turns it on.
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['https://meet.google.com/*', 'https://calendar.google.com/*'],
    optional_permissions: ['notifications'],
    optional_host_permissions: ['https://www.googleapis.com/*', 'https://meet.jit.si/*'],
    action: { default_title: '__MSG_extName__' },
    // Round shortcuts (issue 3); the background applies them to the round on the floor
    // (lib/ui/round-controller/commands.ts). Users change the keys in the browser's settings.
    commands: {
      'round-next': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_shortcuts_commands_roundNext__',
      },
      'round-pause-resume': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_shortcuts_commands_roundPauseResume__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crewkit@crewkit.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
