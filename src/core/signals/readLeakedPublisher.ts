/**
 * The original's structured data carried along as visible text: a scraper that copies a page's markup as text keeps
 * its JSON-LD, whose publisher block names the original (`"@type": "Organization", "name": "…", "url": "https://…"`),
 * sometimes with its quotes turned typographic («», “”). The publisher's address (else its name) is the claim; the
 * page's own publisher is dropped by the detector (pageIdentity). A page about structured data shows such blocks too
 * ("Example Inc"): the publisher must also be an outlet the tables know, or be named in the page's own text (the
 * original's words naming itself: "in this report by <outlet>").
 *
 * Linear: only blocks holding "@type" are read, each up to MAX_TEXT characters; the fields are read in a bounded
 * window after the type, by regexes with one bounded class each.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/pageData.ts';
import { namedOutlet } from './namedOutlet.ts';

const MAX_BLOCKS = 400;
const MAX_TEXT = 20_000;
const WINDOW = 400;
const MAX_FOUND = 2;
/** A publisher type: schema.org's organisation types a news page's publisher is written as. */
const Q = '["«»“”\'„]';
const PUBLISHER_TYPE = new RegExp(
  `${Q}@type${Q}\\s*:\\s*${Q}(?:NewsMedia|Media|News|)(?:Organi[sz]ation|Corporation)${Q}`,
  'gu',
);
const NAME_FIELD = /["«“”'„]name["»“”'„]\s*:\s*["«“”'„]([^"«»“”„\n]{2,80})["»“”'„]/u;
const URL_FIELD = /["«“”'„]url["»“”'„]\s*:\s*["«“”'„](https?:\/\/[^"«»“”„\s]{3,200})["»“”'„]/u;

export interface LeakedPublisher {
  block: PageBlock;
  claim: Claim;
  quote: string;
}

export function readLeakedPublishers(page: PageData): LeakedPublisher[] {
  const out: LeakedPublisher[] = [];
  for (const block of page.blocks.slice(0, MAX_BLOCKS)) {
    if (block.hidden || !block.text.includes('@type')) continue;
    const text = block.text.slice(0, MAX_TEXT);
    for (const m of text.matchAll(PUBLISHER_TYPE)) {
      const near = text.slice(m.index, m.index + WINDOW);
      const url = URL_FIELD.exec(near)?.[1];
      const written = NAME_FIELD.exec(near)?.[1];
      const name = written ? unescapeJson(written).trim() : undefined;
      if (!name || !namesOf(name).some((n) => namedOutlet(n) || namedElsewhere(page, block, n))) continue;
      const claim: Claim | null = url
        ? { value: url, type: 'url', via: 'copied-boilerplate' }
        : { value: name, type: 'name', via: 'copied-boilerplate' };
      out.push({ block, claim, quote: near.slice(0, 160) });
      if (out.length >= MAX_FOUND) return out;
    }
  }
  return out;
}

/** The name and its shorter heads ("El Comercio Perú" → "El Comercio"): a country or a company form may close it. */
function namesOf(name: string): string[] {
  const words = name.split(/\s+/u).slice(0, 8);
  const out: string[] = [];
  for (let n = words.length; n >= Math.min(2, words.length); n--) {
    const head = words.slice(0, n).join(' ');
    if (head.length >= 4) out.push(head);
  }
  return out;
}

/** The name written in another block's text (bounded: the first MAX_BLOCKS blocks, each capped). */
function namedElsewhere(page: PageData, self: PageBlock, name: string): boolean {
  const want = name.toLowerCase();
  if (want.length < 4) return false;
  return page.blocks
    .slice(0, MAX_BLOCKS)
    .some((b) => b !== self && !b.hidden && b.text.slice(0, MAX_TEXT).toLowerCase().includes(want));
}

/** "Per\u00fa" → "Perú": JSON's \u escapes, kept when malformed. */
function unescapeJson(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})/gu, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
