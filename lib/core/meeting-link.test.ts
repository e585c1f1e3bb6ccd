import { describe, expect, it } from 'vitest';
import { MEET_CODE, meetCodeOfPath, parseMeetingLink } from './meeting-link';

describe('parseMeetingLink: Google Meet', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij/', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij?authuser=1', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij?pli=1&authuser=0#x', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij#chat', 'abc-defg-hij'],
    ['meet.google.com/xyz-wxyz-abc', 'xyz-wxyz-abc'],
    ['  https://meet.google.com/qrs-tuvw-xyz  ', 'qrs-tuvw-xyz'],
    ['https://MEET.GOOGLE.COM/ABC-DEFG-HIJ', 'abc-defg-hij'],
  ])('reads the code from %s', (url, code) => {
    expect(parseMeetingLink(url)).toEqual({ kind: 'meet', code });
  });

  it.each([
    'https://meet.google.com/',
    'https://meet.google.com',
    'https://meet.google.com/landing',
    'https://meet.google.com/new',
    'https://meet.google.com/lookup/abcdef',
    'https://meet.google.com/abc-defg-hij/extra',
    'https://meet.google.com/ab-defg-hij',
    'https://meet.google.com/abcd-defg-hij',
    'https://meet.google.com/abc-def-hij',
    'https://meet.google.com/abc-defg-hijk',
    'https://meet.google.com/abc-d3fg-hij',
    'https://meet.google.com/abcdefghij',
    'http://meet.google.com/abc-defg-hij',
    'https://user:pw@meet.google.com/abc-defg-hij',
    'https://calendar.google.com/abc-defg-hij',
    'https://meet.google.com.evil.example/abc-defg-hij',
  ])('rejects %s as a Meet link', (url) => {
    expect(parseMeetingLink(url)?.kind).not.toBe('meet');
  });
});

describe('parseMeetingLink: Jitsi', () => {
  it.each([
    ['https://meet.jit.si/OurCrewCircle', 'https://meet.jit.si', 'OurCrewCircle'],
    ['https://meet.jit.si/OurCrewCircle/', 'https://meet.jit.si', 'OurCrewCircle'],
    [
      'https://meet.jit.si/OurCrewCircle#config.startWithAudioMuted=true',
      'https://meet.jit.si',
      'OurCrewCircle',
    ],
    ['https://meet.jit.si/OurCrewCircle?lang=de', 'https://meet.jit.si', 'OurCrewCircle'],
    ['meet.jit.si/tuesday-crew', 'https://meet.jit.si', 'tuesday-crew'],
    ['https://jitsi.example.org/Caf%C3%A9Crew', 'https://jitsi.example.org', 'CaféCrew'],
    ['https://video.example.net:8443/crew42', 'https://video.example.net:8443', 'crew42'],
  ])('reads %s', (url, origin, room) => {
    expect(parseMeetingLink(url)).toEqual({ kind: 'jitsi', origin, room });
  });

  it.each([
    'https://meet.jit.si/',
    'https://meet.jit.si',
    'https://meet.jit.si/a/b/c',
    'https://meet.jit.si/static/close3.html',
    'https://meet.jit.si/config.js',
    'https://meet.jit.si/acme/with%20space',
    'http://meet.jit.si/OurCrew',
    'https://meet.jit.si/with%20space',
    'https://meet.jit.si/bad%E0%A4%A',
    'https://localhost/room',
    'https://accounts.google.com/room',
    'https://user@meet.jit.si/room',
  ])('rejects %s', (url) => {
    expect(parseMeetingLink(url)).toBeNull();
  });
});

describe('parseMeetingLink: a self-hosted tenant', () => {
  it('reads https://host/tenant/room the way the Jitsi adapter reads rooms', () => {
    expect(parseMeetingLink('https://jitsi.example.org/acme/TuesdayCrew')).toEqual({
      kind: 'jitsi',
      origin: 'https://jitsi.example.org',
      tenant: 'acme',
      room: 'TuesdayCrew',
    });
    expect(parseMeetingLink('https://meet.jit.si/a/b')).toMatchObject({ tenant: 'a', room: 'b' });
  });
});

describe('one Meet code rule', () => {
  it.each([
    ['/abc-defg-hij', { code: 'abc-defg-hij', more: false }],
    ['/ABC-DEFG-HIJ/', { code: 'abc-defg-hij', more: false }],
    ['/abc-defg-hij/extra', { code: 'abc-defg-hij', more: true }],
    ['/landing', null],
    ['/', null],
  ])('%s', (path, expected) => {
    expect(meetCodeOfPath(path)).toEqual(expected);
  });

  it('MEET_CODE is the whole code and nothing else', () => {
    expect(MEET_CODE.test('abc-defg-hij')).toBe(true);
    expect(MEET_CODE.test('abc-defg-hij ')).toBe(false);
    expect(MEET_CODE.test('xabc-defg-hij')).toBe(false);
  });
});

describe('parseMeetingLink: not a link', () => {
  it.each([
    '',
    '   ',
    'javascript:alert(1)',
    'JavaScript://meet.google.com/abc-defg-hij',
    'data:text/html,<b>hi</b>',
    'ftp://meet.jit.si/room',
    'file:///etc/passwd',
    'mailto:crew@example.org',
    'not a url at all',
    'https://',
    'https://exa mple.org/room',
    'abc-defg-hij',
  ])('rejects %j', (url) => {
    expect(parseMeetingLink(url)).toBeNull();
  });
});
