/**
 * The nulled-theme spam footer ("Free WordPress Themes, Free Android Games", "udemy paid course free download"…),
 * visible or hidden, including link targets hidden as base64 in attributes and `document.write(atob('…'))`.
 * Where it may sit: link texts anywhere (strong in the footer, sidebar or when hidden; weak in the article, where an
 * article about free courses may honestly link one), short blocks made only of such phrases (a plain-text capture
 * of a footer), and decoded payloads. An honest "Powered by WordPress | Theme by X" matches no family.
 */
import type { Signal } from '../report.ts';
import type { PageData } from '../page/readPage.ts';
import {
  COPYRIGHT_MARK,
  SPAM_FAMILIES,
  SPAM_HOST_ALONE,
  SPAM_HOST_HOW,
  SPAM_HOST_WHAT,
  THEME_CREDIT,
} from '../data/spamFooters.ts';
import { decodeBase64 } from './decodeBase64.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';

const MAX_QUOTE = 300;
const ATOB_RE = /atob\s*\(\s*(['"`])([A-Za-z0-9+/=_-]{8,8192})\1\s*\)/g;

interface Hit {
  families: string[];
  quote: string;
  where: string;
  target?: string;
  strong: boolean;
  /** The footer, or elsewhere on the page; and the technique that hid it, if any. */
  inFooter?: boolean;
  hiddenBy?: string | null;
}

/** The families a text belongs to (lower-cased, white space collapsed). */
export function spamFamiliesOf(text: string, cap = 2_000): string[] {
  const t = text.slice(0, cap).toLowerCase().replace(/\s+/g, ' ');
  const out: string[] = [];
  const themeCredit = THEME_CREDIT.test(t) && !/\b(?:nulled|warez|download|crack)/u.test(t);
  for (const f of SPAM_FAMILIES)
    if (!(themeCredit && f.id === 'themes') && f.patterns.some((re) => re.test(t))) out.push(f.id);
  return out;
}

function spamHost(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  const label = (siteOf(host) ?? host).split('.')[0] ?? '';
  return SPAM_HOST_ALONE.test(label) || spamHostLabel(label);
}

/** A "what" word and a "how" word at different places of the label ("nulledplugins-hub": nulled + plugin). */
export function spamHostLabel(label: string): boolean {
  const what = [...label.slice(0, 63).matchAll(SPAM_HOST_WHAT)].map(
    (m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const,
  );
  if (!what.length) return false;
  for (const h of label.slice(0, 63).matchAll(SPAM_HOST_HOW)) {
    const start = h.index ?? 0;
    const end = start + h[0].length;
    if (what.some(([a, b]) => end <= a || start >= b)) return true;
  }
  return false;
}

/** How many blocks away from the copyright line a footer link may sit. */
const NEAR_COPYRIGHT = 3;

/**
 * Block indices of a footer told by its copyright line rather than its markup: after the article column, within a
 * few blocks of "© 2024 …". Themes without <footer>, role or known class names still print that line.
 */
function footerByCopyright(page: PageData): (block: number) => boolean {
  const after = page.main?.end ?? Infinity;
  const marks: number[] = [];
  for (const b of page.blocks)
    if (b.index > after && b.text.length <= 400 && COPYRIGHT_MARK.test(b.text)) marks.push(b.index);
  return (block) => block > after && marks.some((m) => Math.abs(m - block) <= NEAR_COPYRIGHT);
}

export function detectSpamFooter(page: PageData): Signal[] {
  const hits: Hit[] = [];
  const nearCopyright = footerByCopyright(page);

  for (const link of page.links) {
    const families = spamFamiliesOf(link.text);
    const foreign = siteOf(hostOf(link.href)) !== page.site;
    if (!families.length && !(link.hidden && foreign && spamHost(link.href))) continue;
    const block = page.blocks[link.block];
    const quote = block && block.text.length <= MAX_QUOTE ? block.text : link.text;
    const inFooter = link.region === 'footer' || (!link.region && nearCopyright(link.block));
    const strong = link.hidden || inFooter || link.region === 'aside' || (foreign && /\bdofollow\b/.test(link.rel));
    hits.push({
      families: families.length ? families : ['host'],
      quote,
      where: describe(inFooter ? 'footer' : link.region, link.hiddenHow, 'link'),
      target: link.href,
      strong,
      inFooter,
      hiddenBy: link.hiddenHow,
    });
  }

  for (const b of page.blocks) {
    if (b.text.length > MAX_QUOTE) continue;
    const families = spamFamiliesOf(b.text);
    if (!families.length) continue;
    // A short block that is mostly spam phrases: a footer line, also in plain-text captures without links.
    const inFooter = b.region === 'footer' || (!b.region && nearCopyright(b.index));
    const spamShare = families.length >= 2 || b.hidden || inFooter || b.text.length <= 60;
    if (spamShare)
      hits.push({
        families,
        quote: b.text,
        where: describe(inFooter ? 'footer' : b.region, b.hiddenHow, 'text'),
        strong: families.length >= 2 || b.hidden || inFooter,
        inFooter,
        hiddenBy: b.hiddenHow,
      });
  }

  for (const a of page.encodedAttrs) {
    const decoded = decodeBase64(a.value);
    if (!decoded) continue;
    const families = spamFamiliesOf(decoded);
    const isSpamUrl = /^https?:\/\//i.test(decoded.trim()) && spamHost(decoded.trim());
    if (!families.length && !isSpamUrl) continue;
    hits.push({
      families: families.length ? families : ['host'],
      quote: `${a.name}="${a.value.slice(0, 120)}"`,
      where: `base64 in ${a.tag}[${a.name}] → ${decoded.slice(0, 120)}`,
      target: /^https?:\/\//i.test(decoded.trim()) ? decoded.trim().slice(0, 500) : undefined,
      strong: true,
      hiddenBy: 'base64',
    });
  }

  for (const text of page.noscriptTexts) {
    const families = spamFamiliesOf(text);
    if (families.length)
      hits.push({
        families,
        quote: text.slice(0, MAX_QUOTE),
        where: 'noscript text (hidden from readers)',
        strong: true,
        hiddenBy: 'noscript',
      });
  }

  let scriptBudget = 100_000;
  for (const script of page.inlineScripts) {
    scriptBudget -= script.length;
    if (scriptBudget < 0) break;
    // Footers written by script: plain, hex/unicode-escaped or percent-encoded strings ("document.write(unescape('%3Ca…'))").
    const written = unescapeScript(script);
    const writtenFamilies = spamFamiliesOf(written.replace(/<[^>]{0,500}>/g, ' '), 20_000);
    if (writtenFamilies.length)
      hits.push({
        families: writtenFamilies,
        quote: written.replace(/\s+/g, ' ').trim().slice(0, 120),
        where: 'written by an inline script',
        strong: true,
        hiddenBy: 'script',
      });
    if (!script.includes('atob')) continue;
    for (const m of script.matchAll(ATOB_RE)) {
      const decoded = decodeBase64(m[2] ?? '');
      if (!decoded) continue;
      const text = decoded.replace(/<[^>]{0,500}>/g, ' ');
      const hrefs = [...decoded.matchAll(/href\s*=\s*["']?(https?:\/\/[^"'\s>]{1,300})/gi)].map((h) => h[1] as string);
      const families = spamFamiliesOf(text);
      if (!families.length && !hrefs.some(spamHost)) continue;
      hits.push({
        families: families.length ? families : ['host'],
        quote: `atob('${(m[2] ?? '').slice(0, 80)}…')`,
        where: `inline script, decoded: ${text.replace(/\s+/g, ' ').trim().slice(0, 120)}`,
        target: hrefs[0],
        strong: true,
        hiddenBy: 'atob',
      });
    }
  }

  if (!hits.length) return [];
  const strong = hits.filter((h) => h.strong);
  const families = new Set(hits.flatMap((h) => h.families));
  // A single weak hit (one article link "free online course") is not the footer family; two families are.
  if (!strong.length && families.size < 2) return [];
  const best = strong[0] ?? (hits[0] as Hit);
  const signal: Signal = {
    kind: 'spam-footer',
    quote: best.quote.slice(0, MAX_QUOTE),
    where: best.where,
    place: best.inFooter ? 'footer' : 'page',
    strength: strong.length ? 0.6 : 0.4,
  };
  if (best.hiddenBy) signal.hiddenBy = best.hiddenBy;
  if (best.target) signal.target = best.target;
  return [signal];
}

/** Script text with \xHH / \uHHHH escapes and percent-encoded string literals decoded (capped, never throws). */
function unescapeScript(script: string): string {
  let text = script
    .slice(0, 20_000)
    .replace(/\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})/g, (_m, x: string | undefined, u: string | undefined) =>
      String.fromCharCode(Number.parseInt(x ?? u ?? '0', 16)),
    );
  text = text.replace(/(['"])((?:%[0-9a-fA-F]{2}|[\w.~-]){12,4000})\1/g, (m, _q: string, body: string) => {
    if (!body.includes('%')) return m;
    try {
      return decodeURIComponent(body);
    } catch {
      return m;
    }
  });
  return text;
}

function describe(region: string | null, hiddenHow: string | null, what: string): string {
  const place = region === 'footer' ? 'footer' : region === 'aside' ? 'sidebar' : (region ?? 'page');
  return hiddenHow ? `${place} ${what}, hidden with ${hiddenHow}` : `${place} ${what}`;
}
