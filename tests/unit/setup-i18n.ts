// Component tests read the real English messages: fakeBrowser's i18n.getMessage is replaced by
// one backed by locales/en.yml, converted the way @wxt-dev/i18n converts it for the build.
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(await parseMessagesFile(resolve('locales/en.yml')));

fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
