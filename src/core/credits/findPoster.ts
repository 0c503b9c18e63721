/**
 * Who posted the copy: the copying site's user ("by quoc_vu", "Posted by admin", "Đăng bởi …", "Autor: …"), read
 * from the site's own author links (WordPress /author/ archives, rel=author, Blogger's profile) and from short
 * "posted by" lines above the article. Not the original's credited authors, which a copy keeps inside the text.
 */
import type { PageBlock, PageData } from '../page/readPage.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';

const MAX_NAME = 60;
/** A block this long is article text, not a meta line. */
const LEAD_PARAGRAPH = 200;
// Link texts of account pages that are actions, not people.
const ACTION =
  /^(?:join|sign ?in|sign ?up|log ?in|log ?out|register|subscribe|my account|account|profile|view profile|edit|more|all posts|see all|author|authors)\b/i;
// Blogger and theme meta lines run the name into the date: "Posted by newsdesk January 12, 2015".
const MONTH =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maret|mei|agustus|desember|tháng|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)$/i;
const NO_SPACE_SCRIPT = /[\u0e00-\u0e7f\u0900-\u097f\u3000-\u9fff\uac00-\ud7af]/u;
// Longest first; a label in a spaced script must end at a word's end ("Di" is not the start of "Diposting oleh"),
// while "作者张三" runs the name straight on. Compiled for the page's packs (data/lang/packSet.ts): the scan runs this.
const postedBy = perPackSet((phrasesOf) => {
  const labels = phrasesOf('posterLabels');
  const spaced = phraseAlternation(labels.filter((l) => !NO_SPACE_SCRIPT.test(l)));
  const tight = phraseAlternation(labels.filter((l) => NO_SPACE_SCRIPT.test(l)));
  return new RegExp(`^(?:${spaced}(?![\\p{L}\\p{N}])|${tight})\\s*[:：]?\\s*(.+)$`, 'iu');
});

export function findPoster(page: PageData): string | null {
  // 1. The site's own author archive or author-rel link: the account that published this copy.
  for (const link of page.links) {
    if (link.hidden || link.region === 'aside' || link.region === 'footer' || link.region === 'comments') continue;
    const own = siteOf(hostOf(link.href)) === page.site;
    if (!own) continue;
    const authorLink =
      /(^|\s)author(\s|$)/.test(link.rel) ||
      /\/(author|authors|autor|auteur|user|users|profile|members?)\/[^/?#]+\/?$/i.test(safePath(link.href)) ||
      /blogger\.com\/profile\//i.test(link.href);
    if (!authorLink) continue;
    const name = cleanName(link.text);
    if (name) return name;
  }
  // 2. A short "by X" / "Đăng bởi X" line before the article text (the theme's meta line).
  // Up to the article's first real paragraph: a plain-text capture has no theme markup to say where the meta
  // line ends, only the title, then "by quoc_vu", then the text.
  const start = page.main?.start ?? page.blocks.length;
  for (const b of page.blocks) {
    if (b.index >= start + 1 && b.text.length > LEAD_PARAGRAPH) break;
    const name = posterLine(b);
    if (name) return name;
  }
  return null;
}

function posterLine(b: PageBlock): string | null {
  if (b.hidden || b.region === 'nav' || b.region === 'aside' || b.text.length > 160) return null;
  const re = postedBy();
  for (const line of b.text.split('\n')) {
    const m = re.exec(line.trim());
    if (!m) continue;
    // "by quoc_vu 17 views" / "Posted by admin on 12/3" — the name ends before counters and dates.
    const name = cleanName(
      (m[1] ?? '').split(/\s+(?:on|le|el|am|vào|lúc|ngày|tanggal|at|\||·|•|-|–|—)\s+|\s+\d/u)[0] ?? '',
    );
    if (name) return name;
  }
  return null;
}

function cleanName(text: string): string | null {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const cut = words.findIndex((w, i) => i > 0 && (MONTH.test(w) || /\d/.test(w)));
  const t = (cut > 0 ? words.slice(0, cut) : words)
    .join(' ')
    .replace(/^[\s@:：-]+|[\s,.;:|·•-]+$/gu, '')
    .trim();
  if (ACTION.test(t)) return null;
  if (!t || t.length > MAX_NAME || !/\p{L}/u.test(t) || t.split(' ').length > 5) return null;
  return t;
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
