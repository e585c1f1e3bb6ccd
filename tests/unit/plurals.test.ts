// Issue 10: counts read as people write them ("1 crew", "3 crews"), never "crew(s)". Plurals go
// through @wxt-dev/i18n's plural messages (`1:` / `n:` forms, optionally `0:`), chosen by the
// count passed as i18n.t's second argument.
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';

async function load(locale: string): Promise<Record<string, string>> {
  const messages = generateChromeMessages(
    await parseMessagesFile(resolve(`locales/${locale}.yml`)),
  );
  return Object.fromEntries(Object.entries(messages).map(([name, m]) => [name, m.message]));
}

const forms = (message: string) => message.split(' | ').length;

describe('plural wording', () => {
  it.each(['en', 'de'])('locales/%s.yml has no "(s)"-style plural left', async (locale) => {
    const messages = await load(locale);
    const bracketed = Object.entries(messages).filter(([, m]) => /\p{L}\((s|e|n|en|er)\)/u.test(m));
    expect(bracketed).toEqual([]);
  });

  it('German has one form or as many as English for each English plural', async () => {
    const [en, de] = await Promise.all([load('en'), load('de')]);
    const mismatched = Object.keys(en)
      .filter((name) => forms(en[name] ?? '') > 1)
      .filter((name) => ![1, forms(en[name] ?? '')].includes(forms(de[name] ?? '')));
    expect(mismatched).toEqual([]);
  });

  it('reads one, several and none as a person would', () => {
    const daysAgo = (n: number) => i18n.t('pathway.congregation.daysAgo', n, { count: n });
    expect([0, 1, 3].map(daysAgo)).toEqual(['today', '1 day ago', '3 days ago']);
    const crews = (n: number) => i18n.t('backup.crewCount', n, { count: n });
    const sessions = (n: number) => i18n.t('backup.sessionCount', n, { count: n });
    expect(i18n.t('backup.imported', { crews: crews(1), sessions: sessions(6) })).toBe(
      'Imported 1 crew and 6 sessions.',
    );
    expect(i18n.t('backup.imported', { crews: crews(2), sessions: sessions(1) })).toBe(
      'Imported 2 crews and 1 session.',
    );
    expect(i18n.t('pathway.ladder.hostedHere', 1, { count: 1 })).toBe('hosted once');
    expect(i18n.t('prompts.deckCount', 12, { count: 12 })).toBe('12 prompts');
  });
});
