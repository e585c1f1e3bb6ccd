// The shipped build with Google sync's optional permissions already granted, for the Calendar
// sync e2e tests. Why a modified copy (as in jitsi.e2e.test.ts): `identity` and the Google API
// host are OPTIONAL permissions, granted when the user turns sync on and accepts the browser's
// prompt, which headless Chromium cannot click. The copy moves them into the granted lists, the
// state a user reaches after accepting. Everything else is the shipped code. The build itself
// carries a test client id (scripts/e2e.mjs), as a release build carries the real one (README).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { tuesdayCrewOnly } from '../call-helpers.ts';

export const GOOGLE_API = 'https://www.googleapis.com/*';

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
  // The shipped manifest asks for neither at install.
  expect(manifest.optional_permissions).toContain('identity');
  expect(manifest.permissions).not.toContain('identity');
  expect(manifest.optional_host_permissions).toContain(GOOGLE_API);
  expect(manifest.host_permissions).not.toContain(GOOGLE_API);
  manifest.optional_permissions = manifest.optional_permissions?.filter((p) => p !== 'identity');
  manifest.permissions = [...manifest.permissions, 'identity'];
  manifest.optional_host_permissions = manifest.optional_host_permissions.filter(
    (p) => p !== GOOGLE_API,
  );
  manifest.host_permissions = [...manifest.host_permissions, GOOGLE_API];
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}

/** The demo's Tuesday Crew in local mode from scratch: no session knows an event yet. */
export function localCrew(): string {
  const demo = tuesdayCrewOnly(
    JSON.parse(readFileSync('tests/fixtures/backups/demo.json', 'utf8')),
  ) as {
    sessions: Record<string, unknown>[];
  };
  for (const session of demo.sessions) {
    delete session.calendarRef;
    delete session.meetCode;
  }
  return JSON.stringify(demo);
}

/**
 * The demo crew with its series starting `first` (ms), weekly, the members with e-mail
 * addresses (name@example.org) and no standing link: ready for the first invitation.
 */
export function crewToInvite(first: number): string {
  const demo = JSON.parse(localCrew()) as {
    crews: { members: { name: string; email?: string }[]; meetingLink?: string }[];
    series: { startsAt: string }[];
    sessions: { index: number; startsAt: string }[];
  };
  for (const series of demo.series) series.startsAt = new Date(first).toISOString();
  for (const session of demo.sessions) {
    session.startsAt = new Date(first + (session.index - 1) * 7 * 24 * 3_600_000).toISOString();
  }
  for (const crew of demo.crews) {
    delete crew.meetingLink;
    for (const member of crew.members) member.email = `${member.name.toLowerCase()}@example.org`;
  }
  return JSON.stringify(demo);
}
