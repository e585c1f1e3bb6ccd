// The Firefox sign-in path (identity.launchWebAuthFlow with the implicit flow): what Google is
// asked, how its redirect is read, and what a denial, a cancelled window or a forged answer do.
// Chrome's getAuthToken path is here too, for the difference.
import { describe, expect, it } from 'vitest';
import { FREEBUSY_SCOPE } from '../google/free-slots';
import {
  type AuthDeps,
  authUrl,
  CALENDAR_SCOPE,
  grantFreeBusy,
  hasToken,
  type IdentityApi,
  redirectUri,
  SignInError,
  signIn,
  signOut,
  tokenFromRedirect,
  tokenSource,
} from './calendar-auth';

const HASH = '2b9fd3a8c0e4f1a6b7c8d9e0f1a2b3c4d5e6f7a8';
const FIREFOX_REDIRECT = `http://127.0.0.1/mozoauth2/${HASH}`;
const NOW = Date.parse('2026-12-01T09:00:00Z');

function firefoxDeps(answer: (url: URL, interactive: boolean) => Promise<string | undefined>) {
  const flows: { url: URL; interactive: boolean }[] = [];
  const kept = new Map<string, unknown>();
  const identity: IdentityApi = {
    // Firefox's own form; Google accepts only the loopback one (calendar-auth.ts).
    getRedirectURL: () => `https://${HASH}.extensions.allizom.org/`,
    launchWebAuthFlow: async ({ url, interactive }) => {
      const parsed = new URL(url);
      flows.push({ url: parsed, interactive });
      return answer(parsed, interactive);
    },
  };
  let n = 0;
  const deps: AuthDeps = {
    identity,
    session: {
      get: async (key) => (kept.has(key) ? { [key]: kept.get(key) } : {}),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) kept.set(k, v);
      },
      remove: async (key) => {
        kept.delete(key);
      },
    },
    clientId: 'crewkit-test.apps.googleusercontent.com',
    chromeOauth: false,
    firefox: true,
    now: () => NOW,
    state: () => `state-${++n}`,
  };
  return { deps, flows, kept };
}

/** What Google's redirect looks like after the user allowed access. */
const granted = (url: URL, token = 'ya29.firefox-token') =>
  `${url.searchParams.get('redirect_uri')}#access_token=${token}&token_type=Bearer&expires_in=3599&scope=${encodeURIComponent(url.searchParams.get('scope') ?? '')}&state=${url.searchParams.get('state')}`;

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignInError);
  return (error as SignInError).reason;
};

describe('Google sign-in on Firefox (launchWebAuthFlow)', () => {
  it('asks Google for a token with the loopback redirect Google accepts, and keeps it', async () => {
    const { deps, flows } = firefoxDeps(async (url) => granted(url));
    await signIn(deps);
    expect(flows).toHaveLength(1);
    const [flow] = flows;
    expect(flow?.interactive).toBe(true);
    expect(flow?.url.origin + (flow?.url.pathname ?? '')).toBe(
      'https://accounts.google.com/o/oauth2/v2/auth',
    );
    expect(Object.fromEntries(flow?.url.searchParams ?? [])).toEqual({
      client_id: 'crewkit-test.apps.googleusercontent.com',
      response_type: 'token',
      redirect_uri: FIREFOX_REDIRECT,
      scope: CALENDAR_SCOPE,
      state: 'state-1',
      include_granted_scopes: 'true',
    });
    expect(await hasToken(deps)).toBe(true);
    expect(await tokenSource(deps).get()).toBe('ya29.firefox-token');
    // Kept, not asked again while it is fresh.
    expect(flows).toHaveLength(1);
  });

  it('reads the token, its lifetime and the state from the fragment', () => {
    const redirect = `${FIREFOX_REDIRECT}#access_token=abc&token_type=Bearer&expires_in=120&state=s1`;
    expect(tokenFromRedirect(redirect, 's1', NOW)).toEqual({
      token: 'abc',
      expiresAt: NOW + 120_000,
      via: 'web-flow',
    });
    // A missing or odd lifetime is Google's default hour.
    expect(
      tokenFromRedirect(`${FIREFOX_REDIRECT}#access_token=abc&expires_in=soon&state=s1`, 's1', NOW)
        .expiresAt,
    ).toBe(NOW + 3_600_000);
  });

  it('refuses an answer whose state is not the one it sent (a forged or stale redirect)', async () => {
    const { deps } = firefoxDeps(async (url) =>
      granted(url).replace(/state=[^&]*$/, 'state=someone-else'),
    );
    expect(await refusal(signIn(deps))).toBe('refused');
    expect(await hasToken(deps)).toBe(false);
    expect(() => tokenFromRedirect(`${FIREFOX_REDIRECT}#access_token=abc`, 's1', NOW)).toThrow(
      SignInError,
    );
  });

  it('a denial on Google’s page is "refused"; Google wanting the user again is "needs-user"', async () => {
    const denied = firefoxDeps(
      async (url) =>
        `${FIREFOX_REDIRECT}#error=access_denied&state=${url.searchParams.get('state')}`,
    );
    expect(await refusal(signIn(denied.deps))).toBe('refused');
    const again = firefoxDeps(
      async (url) =>
        `${FIREFOX_REDIRECT}#error=interaction_required&state=${url.searchParams.get('state')}`,
    );
    expect(await refusal(signIn(again.deps))).toBe('needs-user');
    expect(await hasToken(again.deps)).toBe(false);
  });

  it('a closed sign-in window is "refused"; a silent renewal that cannot finish is "needs-user"', async () => {
    // Firefox rejects with "User cancelled or denied access." when the window is closed.
    const { deps, flows } = firefoxDeps(async () => {
      throw new Error('User cancelled or denied access.');
    });
    expect(await refusal(signIn(deps))).toBe('refused');
    expect(await refusal(tokenSource(deps).get())).toBe('needs-user');
    expect(flows.map((f) => f.interactive)).toEqual([true, false]);
    expect(new URL(flows[1]?.url ?? '').searchParams.get('prompt')).toBe('none');
    // No answer at all (undefined) is a refusal too.
    expect(await refusal(signIn(firefoxDeps(async () => undefined).deps))).toBe('refused');
  });

  it('an expired token is renewed without a window, for the same scopes', async () => {
    let issued = 0;
    const { deps, flows } = firefoxDeps(async (url) => granted(url, `token-${++issued}`));
    await signIn(deps);
    await grantFreeBusy(deps);
    expect(flows[1]?.url.searchParams.get('scope')).toBe(`${CALENDAR_SCOPE} ${FREEBUSY_SCOPE}`);
    const source = tokenSource(deps);
    expect(await source.refresh('token-2')).toBe('token-3');
    expect(flows[2]?.interactive).toBe(false);
    expect(flows[2]?.url.searchParams.get('scope')).toBe(`${CALENDAR_SCOPE} ${FREEBUSY_SCOPE}`);
  });

  it('without a client id or the identity API it says so instead of opening anything', async () => {
    const { deps, flows } = firefoxDeps(async (url) => granted(url));
    expect(await refusal(signIn({ ...deps, clientId: '' }))).toBe('not-configured');
    expect(await refusal(signIn({ ...deps, identity: undefined }))).toBe('no-permission');
    expect(flows).toEqual([]);
  });

  it('signing out forgets the token', async () => {
    const { deps } = firefoxDeps(async (url) => granted(url));
    await signIn(deps);
    await signOut(deps);
    expect(await hasToken(deps)).toBe(false);
  });
});

describe('Chrome, for the difference', () => {
  it('uses the chromiumapp.org redirect when not on Firefox', () => {
    const identity = {
      getRedirectURL: () => 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/',
    };
    expect(redirectUri(identity as IdentityApi, false)).toBe(
      'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/',
    );
    const { deps } = firefoxDeps(async () => undefined);
    const url = new URL(authUrl({ ...deps, firefox: false }, identity as IdentityApi, false, 's'));
    expect(url.searchParams.get('prompt')).toBe('none');
  });

  it('with the manifest oauth2 block, getAuthToken is asked, with the scopes', async () => {
    const asked: { interactive: boolean; scopes: string[] }[] = [];
    const { deps, flows } = firefoxDeps(async () => undefined);
    const chrome: AuthDeps = {
      ...deps,
      firefox: false,
      chromeOauth: true,
      identity: {
        ...(deps.identity as IdentityApi),
        getAuthToken: async (details) => {
          asked.push(details);
          return { token: 'chrome-token' };
        },
      },
    };
    await signIn(chrome);
    expect(asked).toEqual([{ interactive: true, scopes: [CALENDAR_SCOPE] }]);
    expect(flows).toEqual([]);
    expect(await tokenSource(chrome).get()).toBe('chrome-token');
  });
});
