/**
 * The outlet a WordPress feed footer names in its text ("The post <title> appeared first on <Outlet>.", in every
 * pack's translation): a text capture or a scraper that strips links keeps the words and loses the links, and the
 * words still say where the post first appeared. Most translations put the outlet after the phrase (en, fr, es, de,
 * pt, nl, ru, vi, id…); verb-final ones put it just before (ja "… は <Outlet> に最初に表示されました", ko "<Outlet>에
 * 처음 등장했습니다"), where only its last word can be told from the title: that much is read, no more.
 */
import type { Claim } from '../report.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { stripTrailingPunctuation } from '../url/stripTrailingPunctuation.ts';
import { HOST_TEXT_RE } from './sourceLinePatterns.ts';

/** A footer line is short: the title and the outlet. Longer lines are not read. */
const MAX_LINE = 600;
const MAX_OUTLET = 80;
const MAX_OUTLET_WORDS = 8;
const MAX_LINES = 200;

const footerRe = perPackSet(
  (phrasesOf) => new RegExp(phraseAlternation(phrasesOf('feedFooters'), { bounded: true }), 'iu'),
);
/** What closes the outlet: the sentence's end, a bracket, a bar or a spaced dash (a theme's credit after it). */
const OUTLET_END = /[.。!！?？]\s|[.。!！?？]$|\s[|｜]\s|\s[-–—]\s|[(（]/u;

export interface FeedFooterOutlet {
  /** The footer line as written (capped). */
  line: string;
  claim: Claim;
}

/** The outlet named by the first feed-footer line of `text`, or null (no footer, or no outlet readable in it). */
export function readFeedFooterOutlet(text: string): FeedFooterOutlet | null {
  const lines = text.normalize('NFC').split('\n', MAX_LINES);
  for (const raw of lines) {
    const line = raw.replace(/\s+/gu, ' ').trim();
    if (!line || line.length > MAX_LINE) continue;
    const m = footerRe().exec(line);
    if (!m) continue;
    const after = line.slice(m.index + m[0].length);
    const outlet =
      after.trim() && !/^[\s.。!！]*$/u.test(after) ? outletAfter(after) : outletBefore(line.slice(0, m.index));
    const claim = outlet ? claimOf(outlet) : null;
    if (claim) return { line: line.slice(0, 300), claim };
  }
  return null;
}

function outletAfter(after: string): string | null {
  // Some translations keep a preposition's tail after the phrase ("… first appeared on: Outlet").
  const t = after.replace(/^[\s:：\-–—]+/u, '');
  const end = OUTLET_END.exec(t);
  return clean(end ? t.slice(0, end.index) : t);
}

function outletBefore(before: string): string | null {
  const words = before.trim().split(/\s+/u);
  return clean(words[words.length - 1] ?? '');
}

function clean(raw: string): string | null {
  const t = stripTrailingPunctuation(raw.trim())
    .replace(/^["'“”‘’«»「『„]+|["'“”‘’«»」』]+$/gu, '')
    .trim();
  if (!t || t.length > MAX_OUTLET || !/\p{L}/u.test(t)) return null;
  if (t.split(/\s+/u).length > MAX_OUTLET_WORDS) return null;
  return t;
}

function claimOf(outlet: string): Claim {
  if (HOST_TEXT_RE.test(outlet) && !outlet.includes('/'))
    return { value: outlet.toLowerCase(), type: 'host', via: 'feed-footer' };
  return { value: outlet, type: 'name', via: 'feed-footer' };
}
