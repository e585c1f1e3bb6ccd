import { describe, expect, test } from 'vitest';
import { isMeetingUrl, isMeetUrl, meetingCodeFromUrl } from '../../lib/sites/meet/page-detect';

describe('meetingCodeFromUrl', () => {
  test.each([
    ['https://meet.google.com/abc-defg-hij', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij?authuser=0&hs=122', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij/', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij#x', 'abc-defg-hij'],
    ['https://meet.google.com/landing', null],
    ['https://meet.google.com/landing?authuser=0', null],
    ['https://meet.google.com/new', null],
    ['https://meet.google.com/', null],
    ['https://meet.google.com/abc-defg-hijk', null],
    // One rule with the crew's saved link (lib/core/meeting-link.ts): capitals read as the code.
    ['https://meet.google.com/ABC-DEFG-HIJ', 'abc-defg-hij'],
    ['https://meet.google.com/lookup/abc-defg-hij', null],
    ['https://evil.example/abc-defg-hij', null],
    ['https://meet.google.com.evil.example/abc-defg-hij', null],
    ['not a url', null],
  ])('%s -> %s', (url, code) => {
    expect(meetingCodeFromUrl(url)).toBe(code);
    expect(isMeetingUrl(url)).toBe(code !== null);
  });
});

describe('isMeetUrl', () => {
  test('any page on meet.google.com, meeting or not (the landing page can become a call)', () => {
    expect(isMeetUrl('https://meet.google.com/')).toBe(true);
    expect(isMeetUrl('https://meet.google.com/landing')).toBe(true);
    expect(isMeetUrl('https://calendar.google.com/calendar/r')).toBe(false);
  });
});
