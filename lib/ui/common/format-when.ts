import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

// Dates follow the language Crewkit speaks, so "Treffen 3" sits beside "Di., 1. Dez." and not
// "Tue, Dec 1". The messages name their own language (`locale` in locales/<lang>.yml): the
// browser picks the messages file, and its UI-language APIs do not always agree with that pick
// (headless Chromium 156 with --lang=de shows German messages while getUILanguage() and
// @@ui_locale say en-US, checked 2026-12). When the browser's UI language is a regional form
// of the same language (en-GB, de-AT), its regional formats are kept.
let formatter: Intl.DateTimeFormat | undefined;

export function dateLocale(messagesLocale: string, uiLanguage: string | undefined): string {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  if (uiLanguage && primary(uiLanguage) === primary(messagesLocale)) return uiLanguage;
  return messagesLocale;
}

function uiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.() || undefined;
  } catch {
    return undefined;
  }
}

function sessionFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat(dateLocale(i18n.t('locale') || 'en', uiLanguage()), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  return formatter;
}

/**
 * How a session's date and time read everywhere Crewkit shows one: "Tue, Dec 1, 06:00 PM" in
 * English, "Di., 1. Dez., 18:00" in German.
 */
export const SESSION_WHEN = {
  format: (date: Date | number): string => sessionFormatter().format(date),
};
