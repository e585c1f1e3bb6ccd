import { i18n } from '#i18n';

// Dates follow the language Crewkit speaks: the locale file the browser picked says its own
// language (common.dateLocale), so a page's text and its dates never disagree, even when the
// browser's UI language has no Crewkit translation and English is used. `Intl` with no locale
// would use navigator.language, which in Firefox comes from the content-language preference and
// can differ from the UI ("Treffen 3" beside "Tue, Dec 1"). No browser API here (lib/ui).
let formatter: Intl.DateTimeFormat | undefined;

function uiLanguage(): string | undefined {
  const tag = i18n.t('common.dateLocale');
  try {
    return tag ? (Intl.getCanonicalLocales(tag)[0] ?? undefined) : undefined;
  } catch {
    return undefined; // A mistyped tag in a locale file: the runtime's default, not a crash.
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
