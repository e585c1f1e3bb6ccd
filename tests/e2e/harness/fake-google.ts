// Google's API and sign-in, played by the fixture server: the fake Calendar API
// (tests/support/fake-calendar-api.ts) at www.googleapis.com, and a fake OAuth endpoint at
// accounts.google.com that answers the implicit flow (`response_type=token`) by redirecting to
// the extension's redirect URI with a token the fake API accepts. Checked 2026-12 in headless
// Chromium 156: identity.launchWebAuthFlow follows that redirect, interactive or not, with no
// window to click (Chromium also asks accounts.google.com for /ListAccounts: answered 404).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeCalendarApi } from '../../support/fake-calendar-api.ts';
import type { FixtureServer } from './servers.ts';

export interface FakeSignIns {
  /** Every authorization request, with its query. */
  requests: URLSearchParams[];
  /**
   * Lifetimes in seconds of the next tokens issued, in order (then an hour, as Google's). The API
   * refuses such a token from its expiry on (401), as Google does.
   */
  expiresIn: number[];
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function answer(api: FakeCalendarApi, req: IncomingMessage, res: ServerResponse) {
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await bodyOf(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const request = new Request(`https://www.googleapis.com${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers,
    ...(body?.length ? { body: new Uint8Array(body) } : {}),
  });
  let response: Response;
  try {
    response = await api.handle(request);
  } catch {
    // A dropped connection (injected): the browser's fetch fails without an answer.
    req.socket.destroy();
    return;
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

const KNOWN_SCOPES = new Set([
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/calendar.events.freebusy',
]);

export function mountFakeGoogle(server: FixtureServer, api: FakeCalendarApi): FakeSignIns {
  const signIns: FakeSignIns = { requests: [], expiresIn: [] };
  server.route('www.googleapis.com', '/calendar/v3/*', (req, res) => answer(api, req, res));
  server.route('accounts.google.com', '/o/oauth2/v2/auth', (req, res) => {
    const query = new URL(req.url ?? '/', 'https://accounts.google.com').searchParams;
    signIns.requests.push(query);
    const redirect = query.get('redirect_uri') ?? '';
    const scopes = (query.get('scope') ?? '').split(' ');
    const valid =
      query.get('response_type') === 'token' &&
      // Chrome's redirect, or the loopback one Crewkit uses on Firefox (calendar-auth.ts).
      (/^https:\/\/[a-p]{32}\.chromiumapp\.org\/$/.test(redirect) ||
        /^http:\/\/127\.0\.0\.1\/mozoauth2\/[0-9a-f]{40}$/.test(redirect)) &&
      scopes.includes('https://www.googleapis.com/auth/calendar.events') &&
      scopes.every((scope) => KNOWN_SCOPES.has(scope)) &&
      Boolean(query.get('client_id'));
    let fragment = 'error=invalid_request';
    if (valid) {
      const token = api.issueToken(scopes);
      const seconds = signIns.expiresIn.shift() ?? 3600;
      if (seconds < 3600) setTimeout(() => api.revokeToken(token), seconds * 1000).unref();
      fragment = `access_token=${token}&token_type=Bearer&expires_in=${seconds}`;
    }
    res.writeHead(302, { location: `${redirect}#${fragment}&state=${query.get('state') ?? ''}` });
    res.end();
  });
  return signIns;
}
