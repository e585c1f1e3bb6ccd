import { describe, expect, test } from 'vitest';
import { isJitsiUrl, roomFromUrl } from '../../lib/sites/jitsi/page-detect';

describe('roomFromUrl', () => {
  test.each([
    ['https://meet.jit.si/Crew-Tuesday', 'crew-tuesday'],
    ['https://meet.jit.si/crew-tuesday?lang=de#config.prejoinConfig.enabled=false', 'crew-tuesday'],
    ['https://meet.jit.si/Caf%C3%A9Crew', 'cafécrew'],
    ['https://meet.jit.si/acme/crew', 'acme/crew'],
    ['https://meet.jit.si/Acme/Crew?lang=de', 'acme/crew'],
    ['https://meet.jit.si/with%20space', null],
    ['https://meet.jit.si/', null],
    ['https://meet.jit.si/static/close3.html', null],
    ['https://meet.jit.si/config.js', null],
    ['https://meet.jit.si/a/b/c', null],
    ['https://jitsi.example.org/crew', null],
  ])('%s -> %s', (url, room) => {
    expect(roomFromUrl(url)).toBe(room);
  });

  test('a self-hosted origin the user added is recognised, only that origin', () => {
    const origins = ['https://meet.jit.si', 'https://jitsi.example.org'];
    expect(roomFromUrl('https://jitsi.example.org/Crew', origins)).toBe('crew');
    expect(isJitsiUrl('https://jitsi.example.org:8443/Crew', origins)).toBe(false);
    expect(isJitsiUrl('http://jitsi.example.org/Crew', origins)).toBe(false);
  });
});
