import { describe, expect, it } from 'vitest';
import { cleanOrigins, originPattern, parseJitsiOrigin } from './origin';

describe('parseJitsiOrigin', () => {
  it.each([
    ['https://jitsi.example.org', 'https://jitsi.example.org'],
    ['  https://Jitsi.Example.ORG/  ', 'https://jitsi.example.org'],
    ['jitsi.example.org', 'https://jitsi.example.org'],
    ['HTTPS://meet.crew.coop', 'https://meet.crew.coop'],
    ['https://talk.bücher.example', 'https://talk.xn--bcher-kva.example'],
    ['https://jitsi.example.org:443', 'https://jitsi.example.org'],
  ])('accepts %j as %s', (text, origin) => {
    expect(parseJitsiOrigin(text)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://insecure.example', 'not-https'],
    ['ftp://jitsi.example.org', 'not-https'],
    ['https://', 'not-a-url'],
    ['https://jitsi example.org', 'not-a-url'],
    ['https://ada:secret@jitsi.example.org', 'credentials'],
    ['https://ada@jitsi.example.org', 'credentials'],
    ['https://*.example.org', 'wildcard'],
    ['https://jitsi.example.org:8443', 'port'],
    ['https://meet.google.com', 'google'],
    ['meet.google.com', 'google'],
    ['https://www.google.co.uk', 'google'],
    ['https://www.googleapis.com', 'google'],
    ['https://google.com', 'google'],
    ['https://meet.jit.si', 'public-jitsi'],
  ])('rejects %j: %s', (text, kind) => {
    const parsed = parseJitsiOrigin(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.kind).toBe(kind);
  });

  it('does not take a host that only contains "google" for Google', () => {
    expect(parseJitsiOrigin('https://notgoogle.com')).toEqual({
      ok: true,
      origin: 'https://notgoogle.com',
    });
    expect(parseJitsiOrigin('https://google.example.org')).toEqual({
      ok: true,
      origin: 'https://google.example.org',
    });
  });

  it('turns a room link into a hint with the server address to use instead', () => {
    for (const text of [
      'https://jitsi.example.org/TuesdayCrew',
      'https://jitsi.example.org/?room=x',
      'https://jitsi.example.org/#config',
    ]) {
      expect(parseJitsiOrigin(text)).toEqual({
        ok: false,
        problem: { kind: 'path', origin: 'https://jitsi.example.org' },
      });
    }
  });
});

describe('originPattern', () => {
  it('covers every page of the origin', () => {
    expect(originPattern('https://jitsi.example.org')).toBe('https://jitsi.example.org/*');
  });
});

describe('cleanOrigins', () => {
  it('keeps valid, normalised origins once each, in order', () => {
    expect(
      cleanOrigins([
        'https://b.example.org',
        'https://a.example.org',
        'https://b.example.org',
        'http://c.example.org',
        'https://A.example.org',
        'https://meet.jit.si',
        'https://d.example.org/room',
      ]),
    ).toEqual(['https://b.example.org', 'https://a.example.org']);
  });
});
