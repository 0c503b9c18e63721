/**
 * The UI's words, read from the built extension's `_locales/<lang>/messages.json`, so the tests assert what a reader
 * sees without copying every sentence here: a popup in the wrong state shows another key's words and fails.
 * Placeholders are filled the way `chrome.i18n.getMessage` does ($NAME$ → its "$1" content → the substitution).
 */
import fs from 'node:fs';
import path from 'node:path';
import { CHROME_DIST } from './launch.ts';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Messages = (key: string, ...substitutions: string[]) => string;

export function loadMessages(lang = 'en', dist = CHROME_DIST): Messages {
  const file = path.join(dist, '_locales', lang, 'messages.json');
  const table = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Entry>;
  return (key, ...subs) => {
    const entry = table[key];
    if (!entry) throw new Error(`no message "${key}" in ${file}`);
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = Object.entries(entry.placeholders ?? {}).find(
        ([k]) => k.toLowerCase() === name.toLowerCase(),
      )?.[1].content;
      if (!content) return whole;
      return content.replace(/\$(\d)/g, (m, n: string) => subs[Number(n) - 1] ?? m);
    });
  };
}
