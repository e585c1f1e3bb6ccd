import { i18n } from '#i18n';

// Dates follow the language Crewkit speaks, so "Treffen 3" sits beside "Di., 1. Dez." and not
// "Tue, Dec 1". The messages name their own language (`locale` in locales/<lang>.yml): the
// browser picks the messages file, and its UI-language APIs do not always agree with that pick
// (headless Chromium 156 with --lang=de shows German messages while getUILanguage() and
// @@ui_locale say en-US, checked 2026-12).
let formatter: Intl.DateTimeFormat | undefined;

export function dateLocale(messagesLocale: string, uiLanguage: string | undefined): string {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  if (uiLanguage && primary(uiLanguage) === primary(messagesLocale)) return uiLanguage;
  return messagesLocale;
}

// navigator.language, not the extension API (lib/ui uses none): the browser's preferred language,
// whose regional form (en-GB, de-AT) is kept when it is the language of the messages.
function browserLanguage(): string | undefined {
  return globalThis.navigator?.language || undefined;
}

function sessionFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat(dateLocale(i18n.t('locale') || 'en', browserLanguage()), {
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
