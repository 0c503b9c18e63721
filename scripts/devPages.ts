/**
 * The dev real pages (test/real/dev) as the diagnostic and fitting scripts read them: each labelled case with its
 * page read the way the engine reads it. The held-out set is never read: tuning looks at dev pages only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHtmlLinkedom } from '../src/adapters/parseHtmlLinkedom.ts';
import { readPage, type PageData } from '../src/core/page/readPage.ts';
import { textToDocument } from '../src/core/text/textToDocument.ts';

/** One line of cases.jsonl: the fields the scripts use (test/real/README.md describes them all). */
export interface DevCase {
  id: string;
  url: string;
  lang: string;
  kind: string;
  expect: { verdict: 'suspected' | 'clean'; claimedSource: string | null };
  aliases?: string[];
}

export interface DevPage {
  case: DevCase;
  page: PageData;
}

const DEV_DIR = path.resolve(import.meta.dirname, '..', 'test', 'real', 'dev');

/**
 * Every dev case that `keep` accepts and that has a stored page, in the file's order; each page is read only when the
 * caller reaches it.
 */
export function* devPages(keep: (c: DevCase) => boolean = () => true): Generator<DevPage> {
  const web = JSON.parse(fs.readFileSync(path.join(DEV_DIR, 'web.json'), 'utf8')) as {
    pages: { url: string; file: string; type: string }[];
  };
  const entryOf = new Map(web.pages.map((p) => [p.url, p]));
  const cases = fs
    .readFileSync(path.join(DEV_DIR, 'cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevCase);
  for (const c of cases) {
    if (!keep(c)) continue;
    const entry = entryOf.get(c.url);
    if (!entry) continue;
    const text = fs.readFileSync(path.join(DEV_DIR, entry.file), 'utf8');
    const doc =
      entry.type === 'text/plain' ? textToDocument(text, c.url, parseHtmlLinkedom) : parseHtmlLinkedom(text, c.url);
    yield { case: c, page: readPage(doc, c.url) };
  }
}
