// What the user typed as "a self-hosted Jitsi server", checked before any permission is asked
// for. Pure: no browser APIs, so every rule is unit-tested in Node.

import { JITSI_PUBLIC_ORIGIN } from './page-detect';

export type JitsiOriginProblem =
  | { kind: 'empty' }
  | { kind: 'not-a-url' }
  | { kind: 'not-https' }
  | { kind: 'credentials' }
  /** A room link or any path: the server's address is enough. `origin` is what to type. */
  | { kind: 'path'; origin: string }
  /** Match patterns for host permissions cannot name a port in every browser (Firefox). */
  | { kind: 'port' }
  | { kind: 'wildcard' }
  /** Google Meet has its own support; a Google host is never a Jitsi server. */
  | { kind: 'google' }
  /** meet.jit.si has its own switch. */
  | { kind: 'public-jitsi' };

export type ParsedJitsiOrigin =
  | { ok: true; origin: string }
  | { ok: false; problem: JitsiOriginProblem };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// google.com, google.co.uk, google.de …, their subdomains, and Google's API and content hosts.
const GOOGLE_HOST =
  /(^|\.)(google(\.[a-z]{2,3}){1,2}|googleapis\.com|googleusercontent\.com|gstatic\.com|goo\.gl)$/;

/**
 * `https://jitsi.example.org` from "jitsi.example.org", "https://Jitsi.Example.org/" and the like.
 * A bare host name is taken as https, the only scheme a Jitsi server can run on (WebRTC needs a
 * secure context).
 */
export function parseJitsiOrigin(text: string): ParsedJitsiOrigin {
  const trimmed = text.trim();
  if (trimmed === '') return fail({ kind: 'empty' });
  const withScheme = HAS_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return fail({ kind: 'not-a-url' });
  }
  if (url.protocol !== 'https:') return fail({ kind: 'not-https' });
  if (url.hostname === '' || /\s/.test(trimmed)) return fail({ kind: 'not-a-url' });
  if (url.username !== '' || url.password !== '') return fail({ kind: 'credentials' });
  if (url.hostname.includes('*')) return fail({ kind: 'wildcard' });
  if (url.port !== '') return fail({ kind: 'port' });
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return fail({ kind: 'path', origin: url.origin });
  }
  const host = url.hostname.replace(/\.$/, '');
  if (GOOGLE_HOST.test(host)) return fail({ kind: 'google' });
  if (url.origin === JITSI_PUBLIC_ORIGIN) return fail({ kind: 'public-jitsi' });
  return { ok: true, origin: url.origin };
}

/** The host permission (and content script match) for an origin: every page on it. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Valid, distinct origins in the order given: stored settings may come from an old backup. */
export function cleanOrigins(origins: readonly string[]): string[] {
  const clean: string[] = [];
  for (const origin of origins) {
    const parsed = parseJitsiOrigin(origin);
    if (parsed.ok && parsed.origin === origin && !clean.includes(origin)) clean.push(origin);
  }
  return clean;
}

function fail(problem: JitsiOriginProblem): ParsedJitsiOrigin {
  return { ok: false, problem };
}
