// Chrome refuses to load an extension whose messages.json has a bad message name, so every key
// of locales/en.yml (nested keys joined with "_") must be a valid name: letters, digits, _ and @.
// Every other locale must say everything English says, with the same placeholders: a missing
// message falls back to English mid-sentence, and a renamed placeholder shows as "{name}".
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

async function load(locale: string): Promise<Record<string, string>> {
  const messages = generateChromeMessages(
    await parseMessagesFile(resolve(`locales/${locale}.yml`)),
  );
  return Object.fromEntries(Object.entries(messages).map(([name, m]) => [name, m.message]));
}

function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{[^{}]+\}/g) ?? [])].sort();
}

const others = readdirSync(resolve('locales'))
  .filter((file) => file.endsWith('.yml') && file !== 'en.yml')
  .map((file) => file.replace(/\.yml$/, ''));

describe('locales/en.yml', () => {
  it('only has message names Chrome accepts', async () => {
    const names = Object.keys(await load('en'));
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((name) => !/^[A-Za-z0-9_@]+$/.test(name))).toEqual([]);
  });

  it('has no empty message', async () => {
    const messages = await load('en');
    expect(Object.entries(messages).filter(([, m]) => !m.trim())).toEqual([]);
  });
});

describe('the other locales', () => {
  it('include German', () => {
    expect(others).toContain('de');
  });

  describe.each(others)('locales/%s.yml', (locale) => {
    it('has every English message and nothing English lacks', async () => {
      const en = await load('en');
      const other = await load(locale);
      expect(Object.keys(en).filter((name) => !(name in other))).toEqual([]);
      expect(Object.keys(other).filter((name) => !(name in en))).toEqual([]);
    });

    it('uses the same placeholders as English in each message', async () => {
      const en = await load('en');
      const other = await load(locale);
      const differing = Object.keys(en)
        .filter((name) => name in other)
        .filter(
          (name) => placeholders(en[name] ?? '').join() !== placeholders(other[name] ?? '').join(),
        )
        .map((name) => ({
          name,
          en: placeholders(en[name] ?? ''),
          [locale]: placeholders(other[name] ?? ''),
        }));
      expect(differing).toEqual([]);
    });

    it('has no empty message', async () => {
      const other = await load(locale);
      expect(Object.entries(other).filter(([, m]) => !m.trim())).toEqual([]);
    });
  });
});
