// Signing in to Google for the Calendar sync, only once the user turned sync on (the options
// page asked for the `identity` permission and the API host at that moment). Facts:
// reference/google-calendar.md, "Signing in from an extension" (seen 2026-12).
//
// - Chrome with an `oauth2` block in the manifest (a build made with WXT_GOOGLE_CHROME_CLIENT_ID,
//   a client registered for the extension's pinned id): `identity.getAuthToken`, Chrome keeps and
//   refreshes the token; a token Google refused is dropped with `removeCachedAuthToken`.
// - Everywhere else (Firefox, Edge, Chromium, or Chrome without that block):
//   `identity.launchWebAuthFlow` with the implicit flow (`response_type=token`, no client secret
//   exists to leak: the client id is public configuration, WXT_GOOGLE_CLIENT_ID). Tokens last an
//   hour; a new one is asked for without a window (`prompt=none`, interactive false) and the user
//   is asked again only if Google wants them to. Redirect: Chrome's
//   `https://<id>.chromiumapp.org/`; on Firefox the loopback `http://127.0.0.1/mozoauth2/<hash>`
//   Google accepts. Checked 2026-12 in headless Chromium 156: launchWebAuthFlow against a fake
//   accounts.google.com (host-mapped) returns the redirect with the token, interactive or not.
//
// Free/busy (the caller's first invitation, "Find times that suit everyone") needs one more scope,
// asked for only when the user asks for proposals (`grantFreeBusy`): freebusy.query does not
// accept `calendar.events` (lib/google/free-slots.ts says which scopes it does). The token then
// remembers its scopes, and a silent renewal asks for the same ones.
//
// The token lives in `storage.session` (memory only, gone when the browser closes), never in
// IndexedDB or a backup. Signing out forgets it.

import { FREEBUSY_SCOPE } from '../google/free-slots';

export const CALENDAR_SCOPE = 'https://www.googleapis.com/auth/calendar.events';
export const AUTH_ENDPOINT = 'https://accounts.google.com/o/oauth2/v2/auth';
const TOKEN_KEY = 'calendarToken';
/** A token this close to expiring is replaced before use. */
const EXPIRY_MARGIN_MS = 60_000;

export interface IdentityApi {
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  getRedirectURL(): string;
  /** Chrome only, and only with the manifest's oauth2 block. */
  getAuthToken?(details: {
    interactive: boolean;
    scopes: string[];
  }): Promise<{ token?: string } | string | undefined>;
  removeCachedAuthToken?(details: { token: string }): Promise<void>;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface AuthDeps {
  /** Undefined while the optional `identity` permission is not granted. */
  identity: IdentityApi | undefined;
  session: SessionArea;
  /** The web client id for launchWebAuthFlow; empty when this build has none. */
  clientId: string;
  /** True when the manifest carries Chrome's oauth2 block (use getAuthToken). */
  chromeOauth: boolean;
  firefox: boolean;
  now: () => number;
  state: () => string;
}

export class SignInError extends Error {
  constructor(readonly reason: 'not-configured' | 'no-permission' | 'refused' | 'needs-user') {
    super(`Google sign-in: ${reason}`);
    this.name = 'SignInError';
  }
}

interface StoredToken {
  token: string;
  expiresAt: number;
  via: 'web-flow' | 'chrome';
  /** The scopes asked for (absent on tokens kept before free/busy existed: calendar.events). */
  scopes?: string[];
}

export function redirectUri(identity: IdentityApi, firefox: boolean): string {
  const chromeStyle = identity.getRedirectURL();
  if (!firefox) return chromeStyle;
  const hash = new URL(chromeStyle).hostname.split('.')[0] ?? '';
  return `http://127.0.0.1/mozoauth2/${hash}`;
}

export function authUrl(
  deps: AuthDeps,
  identity: IdentityApi,
  interactive: boolean,
  state: string,
  scopes: string[] = [CALENDAR_SCOPE],
): string {
  const url = new URL(AUTH_ENDPOINT);
  url.searchParams.set('client_id', deps.clientId);
  url.searchParams.set('response_type', 'token');
  url.searchParams.set('redirect_uri', redirectUri(identity, deps.firefox));
  url.searchParams.set('scope', scopes.join(' '));
  url.searchParams.set('state', state);
  url.searchParams.set('include_granted_scopes', 'true');
  if (!interactive) url.searchParams.set('prompt', 'none');
  return url.toString();
}

/** The token of a redirect (`#access_token=…&expires_in=…&state=…`), checked against `state`. */
export function tokenFromRedirect(
  redirect: string | undefined,
  state: string,
  now: number,
): StoredToken {
  if (!redirect) throw new SignInError('refused');
  const fragment = new URLSearchParams(new URL(redirect).hash.slice(1));
  const token = fragment.get('access_token');
  if (fragment.get('error'))
    throw new SignInError(fragment.get('error') === 'access_denied' ? 'refused' : 'needs-user');
  if (!token || fragment.get('state') !== state) throw new SignInError('refused');
  const seconds = Number(fragment.get('expires_in') ?? '3600');
  return {
    token,
    expiresAt: now + (Number.isFinite(seconds) ? seconds : 3600) * 1000,
    via: 'web-flow',
  };
}

async function obtain(
  deps: AuthDeps,
  interactive: boolean,
  scopes: string[] = [CALENDAR_SCOPE],
): Promise<StoredToken> {
  const { identity } = deps;
  if (!identity) throw new SignInError('no-permission');
  if (deps.chromeOauth && identity.getAuthToken) {
    const answer = await identity.getAuthToken({ interactive, scopes }).catch(() => undefined);
    const token = typeof answer === 'string' ? answer : answer?.token;
    if (!token) throw new SignInError(interactive ? 'refused' : 'needs-user');
    // Chrome refreshes it itself; we only keep it for this worker's life span of requests.
    return { token, expiresAt: deps.now() + 30 * 60_000, via: 'chrome', scopes };
  }
  if (!deps.clientId) throw new SignInError('not-configured');
  const state = deps.state();
  const redirect = await identity
    .launchWebAuthFlow({ url: authUrl(deps, identity, interactive, state, scopes), interactive })
    .catch(() => {
      throw new SignInError(interactive ? 'refused' : 'needs-user');
    });
  return { ...tokenFromRedirect(redirect, state, deps.now()), scopes };
}

/** Interactive sign-in (the user turned sync on). */
export async function signIn(deps: AuthDeps): Promise<void> {
  const token = await obtain(deps, true);
  await deps.session.set({ [TOKEN_KEY]: token });
}

async function storedToken(deps: AuthDeps): Promise<StoredToken | undefined> {
  const value = (await deps.session.get(TOKEN_KEY))[TOKEN_KEY] as StoredToken | undefined;
  return value && typeof value.token === 'string' ? value : undefined;
}

/** Forget the token (and Chrome's cached copy). Tags already written stay on the events. */
export async function signOut(deps: AuthDeps): Promise<void> {
  const stored = await storedToken(deps);
  await deps.session.remove(TOKEN_KEY);
  if (stored?.via === 'chrome')
    await deps.identity?.removeCachedAuthToken?.({ token: stored.token });
}

/**
 * "Find times that suit everyone": the free/busy scope as well, asked for interactively now
 * (once: a kept token that has it is used as it is). Throws SignInError when the user says no;
 * the token kept for the sync is not touched then.
 */
export async function grantFreeBusy(deps: AuthDeps): Promise<void> {
  const stored = await storedToken(deps);
  if (stored?.scopes?.includes(FREEBUSY_SCOPE) && stored.expiresAt - EXPIRY_MARGIN_MS > deps.now())
    return;
  const token = await obtain(deps, true, [CALENDAR_SCOPE, FREEBUSY_SCOPE]);
  await deps.session.set({ [TOKEN_KEY]: token });
}

/** The client's token source: the kept token, else a new one without a window. */
export function tokenSource(deps: AuthDeps) {
  const fresh = async (scopes: string[] | undefined) => {
    const token = await obtain(deps, false, scopes);
    await deps.session.set({ [TOKEN_KEY]: token });
    return token.token;
  };
  return {
    async get() {
      const stored = await storedToken(deps);
      if (stored && stored.expiresAt - EXPIRY_MARGIN_MS > deps.now()) return stored.token;
      return fresh(stored?.scopes);
    },
    async refresh(rejected: string) {
      const stored = await storedToken(deps);
      await deps.session.remove(TOKEN_KEY);
      if (stored?.via === 'chrome')
        await deps.identity?.removeCachedAuthToken?.({ token: rejected });
      return fresh(stored?.scopes);
    },
  };
}

export async function hasToken(deps: AuthDeps): Promise<boolean> {
  return (await storedToken(deps)) !== undefined;
}
