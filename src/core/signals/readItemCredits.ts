/**
 * Credits inside a block that the whole-block reading skips or refuses: each line of a block (a plain-text capture keeps
 * an archive's items as lines, each ending in its own "Fuente: …" or "– BERNAMA"), a table cell (old layouts put
 * the article in tables), and an agency signed at the end of a paragraph with no label. A line in the middle of
 * the page is an item's edge only when its claim is strong: a link or URL to another site, a publisher the
 * directory knows, or a name dated like a clipping. Data and picture credits are still refused by acceptSourceClaim.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { CAPTION_CLASS } from '../data/citationContexts.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { acceptSourceClaim } from './acceptSourceClaim.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { namedOutlet } from './namedOutlet.ts';
import { readAgencyByline } from './readAgencyByline.ts';
import { readAgencyService, readCreditByline } from './readCreditByline.ts';
import { readEndCredit } from './readEndCredit.ts';
import { readSourceLine, type FoundSourceLine } from './readSourceLine.ts';
import { closingLabelAt } from './readClosingLabel.ts';
import { readSlashCredit } from './readSlashCredit.ts';
import { readTitledOutlet } from './readTitledOutlet.ts';
import { placeOf } from './sourceLinePlace.ts';
import { sourceLinePatterns } from './sourceLinePatterns.ts';

const MAX_LINES = 80;
const MAX_CREDIT_LINE = 220;
const MAX_FOUND = 6;
const MAX_FIELDS = 4;
/** A short block that is only an outlet and a date ("Kyodo\n3/5/2019"), as wire reposts head each item. */
const MAX_SLUG = 80;
const MAX_SLUG_DATE = 24;
/** The text an agency alone on the next line signs: a paragraph's worth, so a caption's credit is not read. */
const MIN_ENTRY = 100;
const MIN_LAST_PARAGRAPH = 60;
const CREDIT_BOX = /credit|author|byline|caption|photo|copyright/iu;

export function readItemCredits(page: PageData, b: PageBlock): FoundSourceLine[] {
  if (CAPTION_CLASS.test(b.className) || (b.nearMedia && b.mediaBefore)) return [];
  const found: FoundSourceLine[] = [];
  const blockPlace = placeOf(page, b);
  const place = blockPlace === 'top' ? 'top' : 'end';
  const text = b.text.normalize('NFC');
  const slug = outletSlug(text);
  if (slug) return [named(page, b, slug, 'slug', place, text)].filter((f): f is FoundSourceLine => f !== null);
  const lines = text.split('\n', MAX_LINES);
  // The line before: an agency alone on its line signs the entry above it only when that is running text.
  let before = lastLine(page.blocks[b.index - 1]);
  const lastLineAt = lines.findLastIndex((l) => l.trim() !== '');
  for (const [i, raw] of lines.entries()) {
    if (found.length >= MAX_FOUND) break;
    const line = raw.trim();
    if (!line) continue;
    const above = before;
    before = line;
    // A short line, or one field of a meta line, read as a credit line of its own at its item's edge.
    const labelled = line.length <= MAX_CREDIT_LINE ? labelledCredit(page, b, line) : null;
    if (labelled) {
      found.push({ ...labelled, place, quote: line });
      continue;
    }
    // "… the last sentence. Source: X" closing an item or the article's last paragraph.
    const closed = closingCredit(page, b, line, blockPlace === 'end' && i === lastLineAt);
    if (closed) {
      found.push({ ...closed, place });
      continue;
    }
    // "… the last sentence./Outlet": an outlet glued after the paragraph with a slash, at the article's edges, or
    // mid-page (an item of an archive) when the directory knows it.
    const slashed = readSlashCredit(line);
    const glued =
      slashed && (blockPlace !== 'middle' || namedOutlet(slashed))
        ? named(page, b, slashed, 'slash', place, line)
        : null;
    if (glued) {
      found.push(glued);
      continue;
    }
    const byline = readAgencyByline(line);
    const credit = byline ? null : readEndCredit(line);
    // An agency's service named as the page's heading ("<Agency> Regional Bulletin - 7"): only the page's first block.
    const service = byline || credit || b.index !== page.main?.start ? null : readAgencyService(line);
    // A heading naming the outlet beside a section or a title ("Channel: Outlet | Section", "Title – Outlet"): the
    // page's heading or the line right under it, alone in its block.
    const titled = byline || credit || service || !pageHeading(page, b, lines) ? null : readTitledOutlet(line);
    const signature = byline || credit ? null : (service ?? readCreditByline(line, bylineEdge(b, lines, blockPlace)));
    const f = byline
      ? named(page, b, byline.written, byline.label, place, line)
      : titled
        ? named(page, b, titled, 'titled', place, line)
        : credit
          ? named(page, b, credit.written, credit.how, place, line)
          : signature && (!SIGNS_ABOVE.has(signature.how) || signsEntry(b, above, blockPlace))
            ? named(page, b, signature.written, signature.how, place, line)
            : null;
    if (f) found.push(f);
  }
  return found;
}

/** The page's heading, or the block right under it, one line alone: where mirrors and aggregators name the feed. */
function pageHeading(page: PageData, b: PageBlock, lines: readonly string[]): boolean {
  const start = page.main?.start;
  if (start === undefined || b.index > start + 1 || b.nearMedia) return false;
  return lines.filter((l) => l.trim()).length === 1;
}

/**
 * A block that stands where a byline does: one line alone at the article's top or end, no picture beside it, not a
 * heading or a box of credits or captions. There an outlet and a writer ("Broadcaster/ Jane Roe") credit the text.
 */
function bylineEdge(b: PageBlock, lines: readonly string[], place: string): boolean {
  if (place === 'middle' || b.nearMedia || /^h[1-6]$/u.test(b.tag)) return false;
  if (CREDIT_BOX.test(`${b.className} ${b.wrappers.join(' ')}`)) return false;
  return lines.filter((l) => l.trim()).length === 1;
}

/** Credits that sign the entry above them only when that is running text (a bare name elsewhere is a logo). */
const SIGNS_ABOVE: ReadonlySet<string> = new Set(['alone', 'paired', 'opening']);
/** The last line of a visible block (the text an agency on the next line would sign). */
function lastLine(b: PageBlock | undefined): string {
  if (!b || b.hidden || b.inFigure) return '';
  const text = b.text.slice(-2 * MIN_ENTRY);
  return text.slice(text.lastIndexOf('\n') + 1).trim();
}

/**
 * An entry's text above an agency alone on its line: a sentence's end, and a paragraph's length, or a shorter
 * last paragraph where the article ends. Not a caption's few words or a headline.
 */
function signsEntry(b: PageBlock, above: string, place: string): boolean {
  // Mid-article, a bare agency under a paragraph credits a gallery's picture; a credits or authors box is the
  // markup's own (a picture's credit, or the site's byline for its agency copy, which the credits read).
  if (place === 'middle' || CREDIT_BOX.test(`${b.className} ${b.wrappers.join(' ')}`)) return false;
  if (!/[.!?。！？।۔"”»)]$/u.test(above)) return false;
  return above.length >= MIN_ENTRY || (place === 'end' && above.length >= MIN_LAST_PARAGRAPH);
}

/** The line, or one of its fields, read as a source line with a strong claim. */
function labelledCredit(page: PageData, b: PageBlock, line: string): FoundSourceLine | null {
  // Meta lines put several fields on one line ("Site www.x.cn 2007年02月27日 來源:…"): each label starts a field.
  // Only after meta fields (a date, a host): "By The New York Times | Source: Reuters" is a chart's credit line.
  const starts = [
    0,
    ...[...line.matchAll(sourceLinePatterns().midLabel)]
      .slice(0, MAX_FIELDS)
      .map((m) => m.index ?? 0)
      .filter((i) => metaFields(line.slice(0, i))),
  ];
  for (const start of new Set(starts)) {
    const field = line.slice(start);
    const f = readSourceLine(page, { ...b, text: field.trim() }, 'end');
    if (f?.claim && strong(page, b, f.claim, field)) return f;
  }
  return null;
}

/** An outlet named without a label (a byline, a signature, a slug), kept where the context rules allow. */
function named(
  page: PageData,
  b: PageBlock,
  written: string,
  how: string,
  place: 'top' | 'end',
  quote: string,
): FoundSourceLine | null {
  const claim: Claim = { value: written, type: 'name', via: 'source-line' };
  if (!acceptSourceClaim(page, b, claim, { rest: written, place: 'end', caption: false, credit: false })) return null;
  return { block: b, claim, how: 'end-credit', label: how, place, quote };
}

/**
 * A label closing the line (readClosingLabel), read as a source line of its own: a strong claim anywhere, any name
 * where the article ends.
 */
function closingCredit(page: PageData, b: PageBlock, line: string, articleEnd: boolean): FoundSourceLine | null {
  const at = closingLabelAt(line);
  if (at <= 0) return null;
  const field = line.slice(at);
  const f = readSourceLine(page, { ...b, text: field }, 'end');
  if (!f?.claim || !(articleEnd || strong(page, b, f.claim, field))) return null;
  return { ...f, quote: field };
}

/** What comes before a label in a meta line: a date or a host among its fields. */
function metaFields(before: string): boolean {
  return nameWithoutDate(before).dated || /(?:^|\s)(?:www\.)?[a-z0-9-]+\.[a-z]{2,}(?:\s|$)/iu.test(before);
}

/**
 * "Kyodo\n3/5/2019", "Reuters — 12.04.2021": a short block of an outlet the directory knows and a date, nothing
 * else. With a time or a note ("AFP\n30 avril 2015 à 07:19 (Mis à jour …)") it is the page's own byline and
 * publication time, as a partner prints an agency's story.
 */
function outletSlug(text: string): string | null {
  if (text.length > MAX_SLUG || /[:：(（]/u.test(text)) return null;
  const { name, dated } = nameWithoutDate(text.replace(/\s+/gu, ' '));
  if (!dated || !name || text.length - name.length > MAX_SLUG_DATE) return null;
  return namedOutlet(name) ? name : null;
}

/**
 * A claim that stands without the block's place: another site's URL, a known publisher, a dated name. A name
 * linked to the site's own pages ("Zdroj: <a href=/autori/ctk>ČTK</a>" in a box about another of its stories) is
 * the site's own author page, not a source.
 */
function strong(page: PageData, b: PageBlock, claim: Claim, line: string): boolean {
  if (claim.type !== 'name') return true;
  if (b.linkHrefs.some((href) => siteOf(hostOf(href)) === page.site)) return false;
  return namedOutlet(claim.value) !== null || nameWithoutDate(line).dated;
}
