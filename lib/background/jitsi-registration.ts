// Keeps the Jitsi content script registered for exactly the Jitsi origins Crewkit may run on:
// meet.jit.si while its optional host permission is granted, and each self-hosted origin the
// user added (Settings.jitsiOrigins) while its permission is granted. The script is never in the
// manifest's content_scripts, which would turn those hosts into install-time permissions.
// Browser APIs are injected so the whole diff is tested with fakes.

import { cleanOrigins, originPattern } from '../sites/jitsi/origin';
import { JITSI_PUBLIC_ORIGIN } from '../sites/jitsi/page-detect';

/** Where WXT writes entrypoints/jitsi.content (a `registration: 'runtime'` content script). */
export const JITSI_SCRIPT_FILE = 'content-scripts/jitsi.js';
/** Registration ids are this prefix plus the host, so Crewkit's other scripts are never touched. */
export const JITSI_SCRIPT_ID_PREFIX = 'crewkit-jitsi:';

/** The part of `chrome.scripting.RegisteredContentScript` this module writes and reads. */
export interface JitsiScriptRegistration {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

export interface RegistrationDeps {
  /** The self-hosted origins the user added (Settings.jitsiOrigins). */
  getJitsiOrigins(): Promise<readonly string[]>;
  permissions: { contains(request: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(): Promise<JitsiScriptRegistration[]>;
    registerContentScripts(scripts: JitsiScriptRegistration[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
  /**
   * Runs the sync alone across the extension's pages and worker (Web Locks in production), so
   * a permission event and the options page syncing at once never register the same id twice.
   */
  exclusive?: <T>(run: () => Promise<T>) => Promise<T>;
}

export interface JitsiSyncResult {
  /** Origins whose script is registered after the sync. */
  active: string[];
  registered: string[];
  unregistered: string[];
}

export function registrationId(origin: string): string {
  return `${JITSI_SCRIPT_ID_PREFIX}${new URL(origin).host}`;
}

export function registrationFor(origin: string): Required<JitsiScriptRegistration> {
  return {
    id: registrationId(origin),
    matches: [originPattern(origin)],
    js: [JITSI_SCRIPT_FILE],
    // The call UI is rendered by Jitsi's own scripts later; idle is soon enough and cheapest.
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/** Registers, keeps or unregisters the Jitsi content script so it matches the granted origins. */
export function syncJitsiRegistrations(deps: RegistrationDeps): Promise<JitsiSyncResult> {
  const exclusive = deps.exclusive ?? ((run) => run());
  return exclusive(() => sync(deps));
}

async function sync(deps: RegistrationDeps): Promise<JitsiSyncResult> {
  const candidates = [JITSI_PUBLIC_ORIGIN, ...cleanOrigins(await deps.getJitsiOrigins())];
  const granted: string[] = [];
  for (const origin of candidates) {
    // `contains` also answers yes when a wider grant (e.g. "all sites") covers the origin.
    if (await deps.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
  }
  const wanted = new Map(
    granted.map((origin) => [registrationId(origin), registrationFor(origin)]),
  );
  const ours = (await deps.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(JITSI_SCRIPT_ID_PREFIX),
  );

  // Stale ones (another file name after an update, other matches) are replaced, not kept.
  const outdated = ours.filter((script) => {
    const want = wanted.get(script.id);
    return want === undefined || !sameRegistration(script, want);
  });
  const kept = new Set(ours.filter((script) => !outdated.includes(script)).map((s) => s.id));
  if (outdated.length > 0) {
    await deps.scripting.unregisterContentScripts({ ids: outdated.map((script) => script.id) });
  }
  const toRegister = [...wanted.values()].filter((script) => !kept.has(script.id));
  if (toRegister.length > 0) await deps.scripting.registerContentScripts(toRegister);

  const originOf = (id: string) => granted.find((origin) => registrationId(origin) === id);
  return {
    active: granted,
    registered: toRegister.map((script) => originOf(script.id) ?? script.id),
    unregistered: outdated
      .filter((script) => !wanted.has(script.id))
      .map((script) => script.matches?.[0]?.replace(/\/\*$/, '') ?? script.id),
  };
}

function sameRegistration(
  script: JitsiScriptRegistration,
  want: Required<JitsiScriptRegistration>,
): boolean {
  const same = (a: readonly string[] | undefined, b: readonly string[]) =>
    a !== undefined && a.length === b.length && a.every((value, i) => value === b[i]);
  return (
    same(script.matches, want.matches) &&
    same(script.js, want.js) &&
    (script.runAt ?? 'document_idle') === want.runAt &&
    script.persistAcrossSessions !== false
  );
}
