import { defineConfig } from 'wxt';

// Least privilege: the one Google site Crewkit reads today (Meet) is a host permission; Jitsi
// servers are optional and asked for when the user adds one. Calendar, Google's API and
// notifications join when the features that need them are built, not before.
const ICONS = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  128: 'icon/128.png',
};

export default defineConfig({
  // The polyfill module points `wxt/browser` at webextension-polyfill, so `browser.*` returns
  // promises and behaves the same in Chrome and Firefox (sizes it adds: store/README.md).
  modules: ['@wxt-dev/i18n/module', '@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // assets/ holds the icon (drawn once in assets/icon.svg, exported by scripts/icons.mjs); its
  // files are copied as they are into the build, so assets/icon/16.png ships as icon/16.png.
  publicDir: 'assets',
  // `npm run zip` also writes the sources zip Firefox Add-ons asks for (the build is minified);
  // the store pictures and test output are not sources.
  zip: {
    excludeSources: ['store/**', 'test-results/**', 'demo-screenshots/**', 'bench-results/**'],
  },
  // `CREWKIT_SOURCEMAP=1 npx wxt build` writes source maps, to see what makes a bundle heavy;
  // `CREWKIT_NOMINIFY=1` keeps names and lines readable in a CPU profile (issue 9's profiling).
  vite: () => ({
    build: {
      sourcemap: process.env.CREWKIT_SOURCEMAP === '1',
      ...(process.env.CREWKIT_NOMINIFY === '1' ? { minify: false } : {}),
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` registers the Jitsi content script for granted origins only
    // (lib/background/jitsi-registration.ts); it carries no install warning.
    // `alarms` (no install warning): the Calendar sync's periodic sync and its outbox drain
    // must survive the service worker being stopped, which timers do not (DESIGN.md).
    permissions: [
      'storage',
      'scripting',
      'alarms',
      ...(browser === 'firefox' ? ['identity'] : ['sidePanel']),
    ],
    // Asked for only when the user turns Google Calendar sync on (lib/ui/options/CalendarSync.tsx).
    // `notifications`: asked for when the user turns reminders on (lib/ui/options/Reminders.tsx).
    // Firefox rejects `identity` as an optional permission (web-ext lint: "Invalid
    // optional_permissions"); there it is a plain permission, which Firefox grants silently.
    optional_permissions: browser === 'firefox' ? ['notifications'] : ['identity', 'notifications'],
    // Chrome's own sign-in (identity.getAuthToken) needs a client registered for the extension's
    // id in the manifest; without it every browser uses launchWebAuthFlow (README).
    ...(browser !== 'firefox' && process.env.WXT_GOOGLE_CHROME_CLIENT_ID
      ? {
          oauth2: {
            client_id: process.env.WXT_GOOGLE_CHROME_CLIENT_ID,
            scopes: ['https://www.googleapis.com/auth/calendar.events'],
          },
        }
      : {}),
    host_permissions: ['https://meet.google.com/*', 'https://calendar.google.com/*'],
    // `https://*/*` is here only so the options page may request ONE self-hosted Jitsi origin
    // the user typed: Chrome refuses to request an origin not covered by the manifest
    // ("Cannot request origin permission for … since it was not declared in the manifest"), and
    // its permissions docs say to include "https://*/*" in optional_host_permissions for hosts
    // known only at runtime. Optional entries show no install warning, and the runtime prompt
    // names only the origin requested (developer.chrome.com/docs/extensions/reference/api/permissions).
    // www.googleapis.com: the Calendar API, asked for when the user turns Calendar sync on.
    optional_host_permissions: [
      'https://meet.jit.si/*',
      'https://www.googleapis.com/*',
      'https://*/*',
    ],
    // The call panel's frame (lib/features/call/frame-host.ts): the one page a web page may load,
    // as an iframe over a call, so the panel is drawn in its own process, not the call page's
    // (issue 8, meet-overhead-ratio). On every origin because Jitsi servers are the user's own
    // (registered at runtime, which this key cannot be); the page shows nothing outside a call
    // tab's panel script. Chrome's `use_dynamic_url` gives it a per-session address, so no page
    // can tell Crewkit is installed by loading it; Firefox's moz-extension address is already
    // random per installation.
    web_accessible_resources: [
      {
        resources: ['call-frame.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    // Round shortcuts (issue 3); the background applies them to the round on the floor
    // (lib/ui/round-controller/commands.ts). Users change the keys in the browser's settings.
    // Chromium silently leaves a suggested key unassigned when it is one of its own shortcuts
    // (CommandService::CanAutoAssign → chrome::IsChromeAccelerator): Alt+Shift+N and Alt+Shift+P
    // came up "not set" in a fresh profile on Linux (checked 2026-12 with commands.getAll in the
    // e2e profile), while Alt+Shift+Period and Alt+Shift+Comma were assigned. The pair sits side
    // by side on every common layout (German too).
    commands: {
      'round-next': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_shortcuts_commands_roundNext__',
      },
      'round-pause-resume': {
        suggested_key: { default: 'Alt+Shift+Comma' },
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
