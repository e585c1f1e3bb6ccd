// Chrome refuses to load an extension whose messages.json has a bad message name, so every key
// of locales/en.yml (nested keys joined with "_") must be a valid name: letters, digits, _ and @.
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

describe('locales/en.yml', () => {
  it('only has message names Chrome accepts', async () => {
    const messages = generateChromeMessages(await parseMessagesFile(resolve('locales/en.yml')));
    const names = Object.keys(messages);
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((name) => !/^[A-Za-z0-9_@]+$/.test(name))).toEqual([]);
  });

  it('has no empty message', async () => {
    const messages = generateChromeMessages(await parseMessagesFile(resolve('locales/en.yml')));
    expect(Object.entries(messages).filter(([, m]) => !m.message.trim())).toEqual([]);
  });
});
