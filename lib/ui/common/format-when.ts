import { browser } from 'wxt/browser';

// Dates follow the language Crewkit speaks: the browser's UI language, the same one that picks
// locales/<lang>.yml. `Intl` with no locale would use navigator.language, which in Firefox comes
// from the content-language preference and can differ from the UI ("Treffen 3" beside "Tue, Dec 1").
let formatter: Intl.DateTimeFormat | undefined;

function uiLanguage(): string | undefined {
  try {
    return browser.i18n?.getUILanguage?.() || undefined;
  } catch {
    return undefined;
  }
}

function sessionFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat(uiLanguage(), {
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
