// Google sign-in in the Firefox build, in Debian's Firefox ESR (harness/firefox.ts): Firefox has
// no getAuthToken, so turning sync on goes through identity.launchWebAuthFlow to the fake OAuth
// endpoint at accounts.google.com (harness/fake-google.ts), which redirects to the loopback URI
// Google accepts from Firefox (http://127.0.0.1/mozoauth2/<hash>, calendar-auth.ts); Firefox
// catches that redirect and hands the token to the background, which then syncs against the
// fake Calendar API at www.googleapis.com.
//
// Tokens from the implicit flow last an hour; an expired one is renewed without a window
// (`prompt=none`, `interactive: false`, lib/background/calendar-auth.ts): the second test has the
// fake endpoint issue a token that expires at once and sees the sync renew it silently.
//
// Google's API host is an optional permission, asked for inside the click; headless Firefox
// cannot click its prompt, so the pref `extensions.webextOptionalPermissionPrompts` = false makes
// Firefox grant it without one (what a user accepting the prompt reaches). The build is the
// shipped one.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FakeCalendarApi } from '../support/fake-calendar-api.ts';
import { type FakeSignIns, mountFakeGoogle } from './harness/fake-google.ts';
import {
  clickButton,
  hasFirefox,
  type LaunchedFirefox,
  launchFirefoxWithExtension,
  waitForText,
} from './harness/firefox.ts';
import { type FixtureServer, startFixtureServer } from './harness/servers.ts';

let server: FixtureServer;
let firefox: LaunchedFirefox;
let api: FakeCalendarApi;
let signIns: FakeSignIns;

// Needs /usr/bin/firefox-esr and port 443 (root), as tests/e2e/firefox.e2e.test.ts.
const canRun = hasFirefox() && process.getuid?.() === 0;

describe.skipIf(!canRun && !process.env.CI)('Google sign-in in Firefox ESR', () => {
  beforeAll(async () => {
    server = await startFixtureServer({ port: 443 });
    api = new FakeCalendarApi({ checkTokens: true });
    signIns = mountFakeGoogle(server, api);
    api.seed('primary', {
      id: 'crewcall1',
      summary: 'Tuesday Crew',
      start: { dateTime: '2026-12-08T18:00:00Z' },
      end: { dateTime: '2026-12-08T19:00:00Z' },
    });
    firefox = await launchFirefoxWithExtension('.output/firefox-mv3', {
      extraHosts: ['accounts.google.com', 'www.googleapis.com'],
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('turning sync on signs in through launchWebAuthFlow and syncs with the token', async () => {
    const options = await firefox.openExtensionPage('options.html', 'section.ck-calendar-sync');
    await waitForText(options, 'Sync is off.', 15_000);
    expect(signIns.requests).toEqual([]);
    await clickButton(options, 'Turn on sync');
    await waitForText(options, 'Sync is on.', 30_000);

    expect(signIns.requests).toHaveLength(1);
    const query = signIns.requests[0];
    expect(query?.get('response_type')).toBe('token');
    expect(query?.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1\/mozoauth2\/[0-9a-f]{40}$/);
    expect(query?.get('scope')).toBe('https://www.googleapis.com/auth/calendar.events');
    expect(query?.get('state')).toBeTruthy();
    // The sync's requests carried the token the fake endpoint issued (checkTokens: else 401).
    const listed = api.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/events'));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((r) => r.status === 200)).toBe(true);
    await options.screenshot({
      path: 'test-results/screenshots/firefox-signin-on.png',
      fullPage: true,
    });
    await options.close();
  });

  test('an expired token is renewed without a prompt, and the sync goes on with the new one', async () => {
    const options = await firefox.openExtensionPage('options.html', 'section.ck-calendar-sync');
    await waitForText(options, 'Sync is on.', 15_000);
    await clickButton(options, 'Turn off sync');
    await waitForText(options, 'Sync is off.', 15_000);
    const before = signIns.requests.length;
    const listedBefore = api.requests.length;
    // The sign-in's token expires after a second (inside the renewal margin: it counts as
    // expired at once); the one after it lasts an hour.
    signIns.expiresIn.push(1);
    await clickButton(options, 'Turn on sync');
    await waitForText(options, 'Sync is on.', 30_000);
    await expect.poll(() => signIns.requests.length, { timeout: 20_000 }).toBe(before + 2);
    const [asked, renewed] = signIns.requests.slice(before);
    expect(asked?.get('prompt')).toBeNull();
    expect(renewed?.get('prompt')).toBe('none');
    expect(renewed?.get('scope')).toBe('https://www.googleapis.com/auth/calendar.events');
    expect(renewed?.get('redirect_uri')).toBe(asked?.get('redirect_uri'));
    // A second later the first token is refused; the sync still lists with the renewed one.
    await new Promise((done) => setTimeout(done, 1500));
    await clickButton(options, 'Sync now');
    const listed = () =>
      api.requests
        .slice(listedBefore)
        .filter((r) => r.method === 'GET' && r.path.endsWith('/events'));
    await expect.poll(() => listed().filter((r) => r.status === 200).length).toBeGreaterThan(1);
    expect(listed().every((r) => r.status === 200)).toBe(true);
    expect(signIns.requests).toHaveLength(before + 2);
    await options.close();
  });
});
