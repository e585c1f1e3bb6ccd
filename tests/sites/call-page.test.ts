import { describe, expect, test } from 'vitest';
import { isCallPage } from '../../lib/sites/call-page';

describe('isCallPage (the popup asks before offering "open in this call")', () => {
  const origins = ['https://jitsi.example.org'];
  test.each([
    ['https://meet.google.com/abc-defg-hij?authuser=0', true],
    ['https://meet.google.com/landing', false],
    ['https://meet.jit.si/CrewTuesday', true],
    ['https://meet.jit.si/static/close3.html', false],
    ['https://jitsi.example.org/acme/crew', true],
    ['https://jitsi.example.org/', false],
    // A page on a host the user never added is not a call, whatever its path looks like.
    ['https://example.com/pricing', false],
    ['https://calendar.google.com/calendar', false],
  ])('%s -> %s', (url, expected) => {
    expect(isCallPage(url, origins)).toBe(expected);
  });
});
