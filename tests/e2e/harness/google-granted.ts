// A copy of the built extension with the optional Google permissions (`identity`, the Calendar
// API host) moved into the granted lists: the state a user reaches after turning sync on and
// accepting the browser's prompt, which headless Chromium cannot click. Everything else is the
// shipped code (the same reasoning as tests/e2e/calendar-sync.e2e.test.ts).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const GOOGLE_API_HOST = 'https://www.googleapis.com/*';

/** The copy's folder; the caller removes it. Throws if the shipped manifest already grants them. */
export function buildWithGoogleGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crewkit-google-granted-'));
  cpSync(resolve('.output/chrome-mv3'), dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    permissions: string[];
    optional_permissions?: string[];
    host_permissions: string[];
    optional_host_permissions: string[];
  };
  if (
    !manifest.optional_permissions?.includes('identity') ||
    !manifest.optional_host_permissions.includes(GOOGLE_API_HOST)
  ) {
    throw new Error('the shipped manifest should ask for identity and the Google API later');
  }
  manifest.optional_permissions = manifest.optional_permissions.filter((p) => p !== 'identity');
  manifest.permissions = [...manifest.permissions, 'identity'];
  manifest.optional_host_permissions = manifest.optional_host_permissions.filter(
    (p) => p !== GOOGLE_API_HOST,
  );
  manifest.host_permissions = [...manifest.host_permissions, GOOGLE_API_HOST];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}
