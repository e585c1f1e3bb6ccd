// A throwaway self-signed certificate for the fake Google/Jitsi hosts. Chromium runs with
// --ignore-certificate-errors, so the certificate only has to exist; it is made fresh per
// process so no key ever lands in the repository.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Every host name the fixture server answers for (the shipped manifest's match patterns). */
export const FAKE_HOSTS = [
  'meet.google.com',
  'calendar.google.com',
  'www.googleapis.com',
  // The fake OAuth endpoint the Calendar sync signs in through (fake-google.ts).
  'accounts.google.com',
  'meet.jit.si',
  'jitsi.example.org',
] as const;

export interface TlsMaterial {
  key: string;
  cert: string;
}

let cached: Promise<TlsMaterial> | undefined;

/** The process's certificate, made with the `openssl` CLI on first use. */
export function testCertificate(): Promise<TlsMaterial> {
  cached ??= makeCertificate();
  return cached;
}

async function makeCertificate(): Promise<TlsMaterial> {
  const dir = mkdtempSync(join(tmpdir(), 'crewkit-cert-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  const altNames = FAKE_HOSTS.map((host) => `DNS:${host}`).join(',');
  try {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=crewkit-e2e',
      '-addext',
      `subjectAltName=${altNames}`,
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ]);
  } catch (error) {
    cached = undefined;
    throw new Error(
      `openssl could not make the test certificate (on Debian: apt-get install -y openssl): ${String(error)}`,
    );
  }
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
}
