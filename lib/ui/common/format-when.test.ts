import { describe, expect, it } from 'vitest';
import { dateLocale, SESSION_WHEN } from './format-when';

describe('dates follow the language of the messages', () => {
  it('keeps the browser’s regional form of the same language', () => {
    expect(dateLocale('en', 'en-GB')).toBe('en-GB');
    expect(dateLocale('de', 'de-AT')).toBe('de-AT');
  });

  it('uses the messages’ language when the browser reports another one', () => {
    expect(dateLocale('de', 'en-US')).toBe('de');
    expect(dateLocale('en', 'fr-FR')).toBe('en');
    expect(dateLocale('en', undefined)).toBe('en');
  });

  it('formats a session start in English with the English messages', () => {
    expect(SESSION_WHEN.format(new Date(2026, 11, 1, 18, 0))).toBe('Tue, Dec 1, 06:00 PM');
  });

  it('reads as German dates do', () => {
    const german = new Intl.DateTimeFormat(dateLocale('de', 'en-US'), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(german.format(new Date(2026, 11, 1, 18, 0))).toBe('Di., 1. Dez., 18:00');
  });
});
