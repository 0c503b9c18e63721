/**
 * Deterministic perturbations of a corpus page: what another scraper theme, another generator or another locale would
 * plausibly serve for the same case. Each kind changes ONE family of features (class names, wrappers, the source
 * line's place / label / form, the spam footer's phrases / hiding, the feed footer's locale, the poster line, and on
 * clean pages honest credits that must not fire), keeping the case's labels true. A kind that does not apply to a
 * page returns null (the harness then counts it as not applicable, never as a pass).
 *
 * Locating what to change uses the engine's own reading of the unperturbed page (the source-line / feed-footer
 * quote, the poster): the harness passes them in `hints`, so this file stays a pure HTML → HTML transform.
 */
import { parseHTML } from 'linkedom';
import { getDomain } from 'tldts';
import {
  DATA_CITATIONS,
  FEED_TEMPLATES,
  NAME_FORMS,
  PHOTO_CREDITS,
  POSTER_LABELS,
  POWERED_BY,
  SOURCE_LABELS,
  SOURCE_LEADS,
  SPAM_HOST_HOW,
  SPAM_HOST_WORDS,
  SPAM_PHRASES,
} from './heldOutPhrases.ts';

export type PerturbKind =
  | 'rename-attrs'
  | 'rewrap'
  | 'div-soup'
  | 'source-move'
  | 'source-label'
  | 'source-form'
  | 'source-lead'
  | 'source-name'
  | 'other-theme'
  | 'spam-phrase'
  | 'spam-hide'
  | 'feed-locale'
  | 'poster-label'
  | 'hotlink-form'
  | 'canonical-form'
  | 'clean-citation'
  | 'clean-photo-credit'
  | 'clean-powered-by'
  | 'clean-own-cdn';

export const KINDS: readonly PerturbKind[] = [
  'rename-attrs',
  'rewrap',
  'div-soup',
  'source-move',
  'source-label',
  'source-form',
  'source-lead',
  'source-name',
  'other-theme',
  'spam-phrase',
  'spam-hide',
  'feed-locale',
  'poster-label',
  'hotlink-form',
  'canonical-form',
  'clean-citation',
  'clean-photo-credit',
  'clean-powered-by',
  'clean-own-cdn',
];

export interface CaseLike {
  url: string;
  tags: string[];
  expect: {
    verdict: 'copy' | 'suspected' | 'clean';
    claimedSource: string | null;
    signals: string[];
    originalUrl: string | null;
  };
}

/** What the engine read on the unperturbed page, to locate the parts a kind rewrites. */
export interface Hints {
  sourceQuote?: string | null;
  feedQuote?: string | null;
  poster?: string | null;
  /** Whether a text is a spam-footer phrase (the engine's family test), to strip the page's own footer first. */
  isSpam?: (text: string) => boolean;
}

export interface Perturbed {
  html: string;
  /** What was done, for the failure listing. */
  note: string;
  /** The poster name a check must still find (poster-label only). */
  poster?: string;
  /** Signals the perturbed page must still carry (defaults to the case's). */
  mustNot?: string[];
}

/** Which cases a kind applies to (before locating anything in the page). */
export function appliesTo(kind: PerturbKind, c: CaseLike): boolean {
  const s = c.expect.signals;
  switch (kind) {
    case 'rename-attrs':
    case 'rewrap':
    case 'div-soup':
    case 'other-theme':
      return !c.tags.includes('plain-text');
    case 'source-move':
    case 'source-label':
    case 'source-name':
      return (
        s.includes('source-line') &&
        c.expect.claimedSource !== null &&
        !/^https?:/i.test(c.expect.claimedSource) &&
        !s.includes('feed-footer')
      );
    case 'source-form':
    case 'source-lead':
      return (
        s.includes('source-line') &&
        c.expect.claimedSource !== null &&
        !s.includes('feed-footer') &&
        !s.includes('canonical')
      );
    case 'spam-phrase':
    case 'spam-hide':
      return s.includes('spam-footer') && !c.tags.includes('plain-text');
    case 'feed-locale':
      return s.includes('feed-footer');
    case 'poster-label':
      return c.expect.verdict !== 'clean' && !c.tags.includes('plain-text');
    case 'hotlink-form':
      return s.includes('hotlinked-media');
    case 'canonical-form':
      return s.includes('canonical');
    case 'clean-citation':
    case 'clean-photo-credit':
    case 'clean-powered-by':
    case 'clean-own-cdn':
      return c.expect.verdict === 'clean';
  }
}

/** mulberry32: small, seeded, good enough to pick variants. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length) % list.length] as T;

export function perturb(
  html: string,
  kind: PerturbKind,
  c: CaseLike,
  seed: number,
  hints: Hints = {},
): Perturbed | null {
  const r = rng(hash(`${kind}|${c.url}|${seed}`));
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const note = KIND_FNS[kind](doc, r, c, hints);
  if (note === null) return null;
  const out: Perturbed = {
    html: `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`,
    note: typeof note === 'string' ? note : note.note,
  };
  if (typeof note !== 'string' && note.poster) out.poster = note.poster;
  return out;
}

type KindFn = (doc: Document, r: Rand, c: CaseLike, hints: Hints) => string | { note: string; poster?: string } | null;

// ───────────────────────────── helpers ─────────────────────────────

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
const BLOCKS =
  'p, div, li, section, blockquote, h1, h2, h3, h4, h5, h6, td, footer, aside, span, em, strong, small, figcaption';

/** The smallest element whose text is the quote (or holds it with little else). */
function findByText(doc: Document, quote: string): Element | null {
  const q = norm(quote);
  if (!q) return null;
  let best: Element | null = null;
  let bestLen = Infinity;
  for (const el of Array.from(doc.body?.querySelectorAll(BLOCKS) ?? [])) {
    const t = norm(el.textContent);
    if (!t.includes(q.slice(0, 200)) || t.length > q.length + 40) continue;
    if (t.length <= bestLen) {
      best = el;
      bestLen = t.length;
    }
  }
  // Climb to the block that holds the line (a <p> around an <em>).
  while (
    best &&
    /^(span|em|strong|small|b|i)$/i.test(best.localName) &&
    best.parentElement &&
    norm(best.parentElement.textContent).length <= bestLen + 40
  )
    best = best.parentElement;
  return best;
}

/** The element holding the most paragraph text: the article column. */
function articleColumn(doc: Document): Element | null {
  const weights = new Map<Element, number>();
  for (const p of Array.from(doc.body?.querySelectorAll('p') ?? [])) {
    const parent = p.parentElement;
    if (!parent) continue;
    weights.set(parent, (weights.get(parent) ?? 0) + norm(p.textContent).length);
  }
  let best: Element | null = null;
  let w = 0;
  for (const [el, n] of weights) if (n > w) [best, w] = [el, n];
  return best;
}

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, html = ''): Element {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (html) e.innerHTML = html;
  return e;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The brand label of a site ("cnn" for money.cnn.com). */
function siteLabel(url: string): string {
  const host = new URL(url).hostname;
  const site = getDomain(host) ?? host;
  return site.split('.')[0] ?? site;
}

function randomToken(r: Rand): string {
  const syll = ['ka', 'lo', 'mi', 'zu', 're', 'xa', 'po', 'ne', 'ti', 'vo', 'qu', 'se'];
  let s = pick(r, ['', 'x-', 'c-', 'u-', 'jw', 'td_', 'el-']);
  for (let i = 0; i < 2 + Math.floor(r() * 3); i++) s += pick(r, syll);
  return r() < 0.5 ? s + Math.floor(r() * 100) : s;
}

// ───────────────────────────── theme markup ─────────────────────────────

// Other themes' names for the same parts (scraped theme vocabularies), or nothing meaningful at all.
const SYNONYMS: [RegExp, string[]][] = [
  [
    /entry-content|post-content|article-body|entry-summary|td-post-content|single-content/,
    ['post-body', 'article-text', 'content-inner', 'story-content', 'the-content', 'blog-detail'],
  ],
  [/footer|colophon|site-info|copyright/, ['ft-wrap', 'bottom-bar', 'site-bottom', 'foot', 'pie-pagina', 'chan-trang']],
  [/sidebar|widget-area|secondary/, ['rail', 'side-col', 'widgets', 'col-right', 'cot-phai']],
  [/header|masthead|branding/, ['top-wrap', 'brand', 'hd', 'dau-trang']],
  [/nav|menu/, ['main-links', 'mn', 'topnav', 'menu-top']],
  [/source|credit|read-more|feed-footer/, ['note', 'meta-line', 'small-print', 'post-note']],
];

const renameAttrs: KindFn = (doc, r) => {
  const map = new Map<string, string>();
  const rename = (token: string): string => {
    let m = map.get(token);
    if (!m) {
      const syn = SYNONYMS.find(([re]) => re.test(token.toLowerCase()));
      m = syn && r() < 0.5 ? pick(r, syn[1]) : randomToken(r);
      map.set(token, m);
    }
    return m;
  };
  let n = 0;
  for (const e of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const cls = e.getAttribute('class');
    if (cls) e.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(rename).join(' '));
    const id = e.getAttribute('id');
    if (id) e.setAttribute('id', rename(id));
    n++;
  }
  // The page's own stylesheet follows its renamed classes, so hidden-by-class spam stays hidden.
  for (const s of Array.from(doc.querySelectorAll('style'))) {
    s.textContent = (s.textContent ?? '').replace(/([.#])(-?[A-Za-z_][\w-]*)/g, (all, p: string, name: string) =>
      map.has(name) ? p + map.get(name) : all,
    );
  }
  return `renamed ${map.size} class/id tokens on ${n} elements`;
};

const rewrap: KindFn = (doc, r) => {
  const col = articleColumn(doc);
  if (!col) return null;
  const steps: string[] = [];
  // strong/b/em ↔ b/span, as another editor would write them.
  for (const e of Array.from(doc.body?.querySelectorAll('strong, b, em') ?? [])) {
    const to = e.localName === 'em' ? pick(r, ['i', 'span']) : pick(r, ['b', 'span', 'strong']);
    const n = el(doc, to, to === 'span' ? { style: 'font-weight:bold' } : {}, e.innerHTML);
    e.replaceWith(n);
  }
  steps.push('strong/em rewritten');
  const mode = pick(r, ['p-to-div', 'nested-divs', 'both']);
  if (mode !== 'nested-divs') {
    for (const p of Array.from(doc.body?.querySelectorAll('p') ?? [])) {
      const d = el(doc, 'div', {}, p.innerHTML);
      for (const a of ['class', 'style', 'align']) if (p.hasAttribute(a)) d.setAttribute(a, p.getAttribute(a) ?? '');
      p.replaceWith(d);
    }
    steps.push('p → div');
  }
  if (mode !== 'p-to-div') {
    // Each paragraph in its own wrapper (page builders do this), and the column itself inside two more divs.
    for (const child of Array.from(col.children)) {
      if (!/^(p|div|blockquote|h\d|ul|ol)$/.test(child.localName)) continue;
      const w = el(doc, 'div', { class: randomToken(r) });
      child.replaceWith(w);
      w.appendChild(child);
    }
    const outer = el(doc, 'div', { class: randomToken(r) });
    const inner = el(doc, 'div', { class: randomToken(r) });
    col.parentElement?.insertBefore(outer, col);
    outer.appendChild(inner);
    inner.appendChild(col);
    steps.push('nested divs');
  }
  return steps.join(', ');
};

/** An older theme: no landmark elements at all, only divs with meaningless classes (and no ARIA roles). */
const divSoup: KindFn = (doc, r, c, hints) => {
  let n = 0;
  for (const e of Array.from(doc.body?.querySelectorAll('article, header, footer, aside, nav, main, section') ?? [])) {
    const d = el(doc, 'div', {}, e.innerHTML);
    for (const a of Array.from(e.attributes)) if (a.name !== 'role') d.setAttribute(a.name, a.value);
    e.replaceWith(d);
    n++;
  }
  for (const e of Array.from(doc.querySelectorAll('[role]'))) e.removeAttribute('role');
  renameAttrs(doc, r, c, hints);
  return `${n} landmark elements → div, classes renamed`;
};

// ───────────────────────────── source line ─────────────────────────────

const SEPARATORS = [':', ' :', ' -', ' –', ' —', ' |', '：'];
const TRAILS = ['', '', '.', ' .', ';', '…'];

interface SourceParts {
  line: Element;
  url: string | null;
  name: string | null;
}

function sourceParts(doc: Document, c: CaseLike, hints: Hints): SourceParts | null {
  if (!hints.sourceQuote) return null;
  const line = findByText(doc, hints.sourceQuote);
  if (!line || line === doc.body || norm(line.textContent).length > 500) return null;
  const claimed = c.expect.claimedSource ?? '';
  const isUrl = /^https?:\/\//i.test(claimed);
  return { line, url: isUrl ? claimed : null, name: isUrl ? null : claimed };
}

/** The source reference in one of the forms themes print it. */
function sourceRef(r: Rand, p: SourceParts, form?: string): { html: string; form: string } {
  if (!p.url) return { html: esc(p.name ?? ''), form: 'name' };
  const f = form ?? pick(r, ['url-text', 'url-link', 'host-link', 'word-link', 'url-text-link-other', 'no-scheme']);
  const host = new URL(p.url).hostname;
  switch (f) {
    case 'url-text':
      return { html: esc(p.url), form: f };
    case 'no-scheme':
      return { html: esc(p.url.replace(/^https?:\/\//, '')), form: f };
    case 'url-link':
      return { html: `<a href="${esc(p.url)}" rel="nofollow">${esc(p.url)}</a>`, form: f };
    case 'host-link':
      return { html: `<a href="${esc(p.url)}" target="_blank">${esc(host.replace(/^www\./, ''))}</a>`, form: f };
    case 'word-link':
      return {
        html: `<a href="${esc(p.url)}" rel="nofollow noopener">${pick(r, ['Link', 'link gốc', 'aquí', 'hier', 'here', 'Xem bài gốc', 'original'])}</a>`,
        form: f,
      };
    default:
      return { html: `${esc(p.url)} <a href="${esc(p.url)}">↗</a>`, form: f };
  }
}

function newSourceLine(doc: Document, r: Rand, p: SourceParts, form?: string): { el: Element; text: string } {
  const [label, colon] = pick(r, SOURCE_LABELS);
  const sep = colon === '：' && r() < 0.5 ? '：' : pick(r, SEPARATORS);
  const ref = sourceRef(r, p, form);
  const trail = pick(r, TRAILS);
  const wrap = pick(r, ['p', 'p-strong', 'p-em', 'div', 'p-right', 'paren']);
  const inner = wrap === 'paren' ? `(${esc(label)}${sep} ${ref.html})` : `${esc(label)}${sep} ${ref.html}${trail}`;
  const html = wrap === 'p-strong' ? `<strong>${inner}</strong>` : wrap === 'p-em' ? `<em>${inner}</em>` : inner;
  const e = el(doc, wrap === 'div' ? 'div' : 'p', wrap === 'p-right' ? { style: 'text-align: right;' } : {}, html);
  return { el: e, text: `${label}${sep} [${ref.form}]${trail} (${wrap})` };
}

function placeLine(doc: Document, r: Rand, line: Element, where?: 'top' | 'end' | 'after-column'): string | null {
  const col = articleColumn(doc);
  if (!col) return null;
  const w = where ?? pick(r, ['top', 'end', 'after-column'] as const);
  if (w === 'after-column') {
    // Outside the text column, in the post's own footer area (themes print the credit in "entry-footer").
    const box = el(doc, 'div', { class: randomToken(r) });
    box.appendChild(line);
    col.parentElement?.insertBefore(box, col.nextSibling);
    return w;
  }
  const paras = Array.from(col.children).filter((e) => e.localName === 'p' && norm(e.textContent).length > 40);
  if (w === 'top') {
    const first = paras[0] ?? col.firstElementChild;
    if (first) col.insertBefore(line, first);
    else col.appendChild(line);
  } else {
    const last = paras[paras.length - 1];
    if (last?.nextSibling && r() < 0.5) col.insertBefore(line, last.nextSibling);
    else col.appendChild(line);
  }
  return w;
}

const sourceMove: KindFn = (doc, r, c, hints) => {
  const p = sourceParts(doc, c, hints);
  if (!p) return null;
  p.line.remove();
  const w = placeLine(doc, r, p.line);
  return w ? `source line moved to the ${w}` : null;
};

const sourceLabel: KindFn = (doc, r, c, hints) => {
  const p = sourceParts(doc, c, hints);
  if (!p) return null;
  const { el: line, text } = newSourceLine(doc, r, p);
  p.line.replaceWith(line);
  return `source line relabelled: ${text}`;
};

const sourceForm: KindFn = (doc, r, c, hints) => {
  const p = sourceParts(doc, c, hints);
  if (!p?.url) return null;
  const { el: line, text } = newSourceLine(doc, r, p);
  p.line.remove();
  const w = placeLine(doc, r, line);
  return `source line rewritten at the ${w}: ${text}`;
};

const sourceLead: KindFn = (doc, r, c, hints) => {
  const p = sourceParts(doc, c, hints);
  if (!p) return null;
  const tpl = pick(r, SOURCE_LEADS);
  const ref = p.url
    ? `<a href="${esc(p.url)}" target="_blank" rel="nofollow">${esc(p.name ?? new URL(p.url).hostname.replace(/^www\./, ''))}</a>`
    : esc(p.name ?? '');
  const line = el(doc, 'p', {}, esc(tpl).replace('%s', ref));
  p.line.remove();
  const w = placeLine(doc, r, line, pick(r, ['end', 'end', 'top'] as const));
  return `source lead at the ${w}: ${tpl}`;
};

const sourceName: KindFn = (doc, r, c, hints) => {
  const p = sourceParts(doc, c, hints);
  if (!p?.name) return null;
  const tpl = pick(r, NAME_FORMS);
  // A descriptor before a name that already carries one would say it twice ("báo Báo An Giang").
  const name = /báo|trang|the/i.test(tpl.split('%s')[0] ?? '') ? p.name.replace(/^(?:báo|the)\s+/i, '') : p.name;
  const line = el(doc, 'p', {}, tpl.replace('%s', esc(name)));
  p.line.replaceWith(line);
  return `publisher named as: ${tpl}`;
};

/** A whole other theme: every family changed at once, as on a held-out site. */
const otherTheme: KindFn = (doc, r, c, hints) => {
  const notes: string[] = [];
  const apply = (fn: KindFn): void => {
    const n = fn(doc, r, c, hints);
    if (n) notes.push(typeof n === 'string' ? n : n.note);
  };
  // Content first (they locate by text), then markup.
  if (c.expect.signals.includes('source-line') && hints.sourceQuote) apply(r() < 0.5 ? sourceForm : sourceLead);
  if (c.expect.signals.includes('spam-footer') && hints.isSpam) apply(r() < 0.5 ? spamPhrase : spamHide);
  if (c.expect.signals.includes('feed-footer') && hints.feedQuote) apply(feedLocale);
  apply(r() < 0.5 ? divSoup : renameAttrs);
  apply(rewrap);
  return notes.join('; ');
};

// ───────────────────────────── spam footer ─────────────────────────────

/** Ways nulled themes hide their footer links from readers but not from crawlers. */
const HIDINGS: readonly { name: string; style: string }[] = [
  { name: 'display:none', style: 'display:none' },
  { name: 'off-screen', style: 'position:absolute;left:-9999px' },
  { name: 'off-screen top', style: 'position:absolute; top:-10000px; left:0' },
  { name: 'font-size:0', style: 'font-size:0' },
  { name: 'height:0 overflow', style: 'height:0;overflow:hidden' },
  { name: 'opacity:0', style: 'opacity:0' },
  { name: 'clip', style: 'position:absolute;clip:rect(0,0,0,0)' },
  {
    name: 'clip 1px',
    style: 'position:absolute !important;clip:rect(1px,1px,1px,1px);width:1px;height:1px;overflow:hidden',
  },
  { name: 'visibility', style: 'visibility:hidden' },
  { name: 'text-indent', style: 'text-indent:-9999px;overflow:hidden' },
  { name: 'max-height', style: 'max-height:0;overflow:hidden' },
  { name: 'width 0', style: 'width:0;height:0;overflow:hidden' },
];

/** Removes every existing spam carrier: links, hidden wrappers, encoded attributes, footer-writing scripts. */
export function stripSpam(doc: Document, isSpam: (text: string) => boolean): void {
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    if (isSpam(norm(a.textContent))) a.remove();
  }
  for (const e of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(e.attributes)) {
      if (/^(data-|onclick)/.test(attr.name) && /^[A-Za-z0-9+/=_-]{16,}$/.test(attr.value.trim())) {
        e.remove();
        break;
      }
      if (attr.name === 'onclick' && /atob/.test(attr.value)) {
        e.remove();
        break;
      }
    }
  }
  for (const s of Array.from(doc.querySelectorAll('script:not([src]), noscript'))) {
    if (/atob|document\.write|unescape|\\x[0-9a-f]{2}|%3C/i.test(s.textContent ?? '') || s.localName === 'noscript')
      s.remove();
  }
  // Plain-text spam blocks ("Free WordPress Themes, Free Android Games" without links).
  for (const e of Array.from(doc.querySelectorAll('p, div, span, li, small'))) {
    const t = norm(e.textContent);
    if (t && t.length < 200 && isSpam(t) && !e.querySelector('p, div')) e.remove();
  }
}

function spamLinks(r: Rand, n: number, asLinks: boolean): { html: string; phrases: string[] } {
  const phrases: string[] = [];
  while (phrases.length < n) {
    const p = pick(r, SPAM_PHRASES);
    if (!phrases.includes(p)) phrases.push(p);
  }
  const sep = pick(r, [' ', ' | ', ', ', ' · ', ' - ']);
  const html = phrases
    .map((p) => {
      if (!asLinks) return esc(p);
      const host = `${pick(r, SPAM_HOST_WORDS)}${pick(r, ['', '-'])}${pick(r, SPAM_HOST_HOW)}${pick(r, ['.com', '.net', '.org', '.xyz', '.info'])}`;
      return `<a href="https://www.${host}/" ${pick(r, ['rel="dofollow"', 'target="_blank"', ''])}>${esc(p)}</a>`;
    })
    .join(sep);
  return { html, phrases };
}

function footerOf(doc: Document, r: Rand): Element {
  // The site's footer: the last one outside the post (themes also use <footer> for the post's own meta).
  const all = Array.from(doc.querySelectorAll('footer, #colophon, [role="contentinfo"]')).filter(
    (f) => !f.closest('article') && !/entry|post/.test(f.getAttribute('class') ?? ''),
  );
  const f = all[all.length - 1];
  if (f) return f;
  const made = el(doc, 'div', { class: randomToken(r) });
  doc.body?.appendChild(made);
  return made;
}

const spamPhrase: KindFn = (doc, r, _c, hints) => {
  if (!hints.isSpam) return null;
  stripSpam(doc, hints.isSpam);
  const asLinks = r() < 0.75;
  const { html, phrases } = spamLinks(r, 1 + Math.floor(r() * 2), asLinks);
  // Sometimes inside a sentence of the footer rather than on its own.
  const sentence = r() < 0.3;
  const holder = el(
    doc,
    pick(r, ['div', 'p', 'span']),
    { class: randomToken(r) },
    sentence
      ? `${pick(r, ['Get the best', 'Tìm', 'Find'])} ${html} ${pick(r, ['here.', 'today!', 'at our partners.'])}`
      : html,
  );
  footerOf(doc, r).appendChild(holder);
  return `visible footer ${asLinks ? 'links' : 'text'}${sentence ? ' in a sentence' : ''}: ${phrases.join(' / ')}`;
};

const spamHide: KindFn = (doc, r, _c, hints) => {
  if (!hints.isSpam) return null;
  stripSpam(doc, hints.isSpam);
  const { html, phrases } = spamLinks(r, 1 + Math.floor(r() * 2), true);
  const hiding = pick(r, HIDINGS);
  const how = pick(r, ['inline', 'class', 'id']);
  const cls = randomToken(r).replace(/[^\w-]/g, '') || 'xq1';
  const attrs: Record<string, string> =
    how === 'inline' ? { style: hiding.style } : how === 'class' ? { class: `${cls} ${randomToken(r)}` } : { id: cls };
  if (how !== 'inline') {
    const style = el(doc, 'style');
    const sel = how === 'class' ? `.${cls}` : `#${cls}`;
    // Selectors as theme stylesheets write them: alone, qualified, descendant, child, grouped, inside @media.
    const form = pick(r, ['plain', 'tag', 'descendant', 'child', 'grouped', 'media', 'important']);
    const body =
      form === 'important'
        ? hiding.style
            .split(';')
            .map((d) => `${d} !important`)
            .join(';')
        : hiding.style;
    const rule =
      form === 'tag'
        ? `div${sel}{${body}}`
        : form === 'descendant'
          ? `body ${sel}{${body}}`
          : form === 'child'
            ? `body > ${sel}{${body}}`
            : form === 'grouped'
              ? `.screen-reader-shortcut, ${sel} {${body}}`
              : form === 'media'
                ? `@media all { ${sel} { ${body} } }`
                : `${sel}{${body}}`;
    style.textContent = rule;
    (doc.head ?? doc.body)?.appendChild(style);
  }
  const holder = el(doc, pick(r, ['div', 'p', 'span']), attrs, html);
  const where = pick(r, ['footer', 'body-end', 'after-article']);
  if (where === 'footer') footerOf(doc, r).appendChild(holder);
  else if (where === 'after-article') (articleColumn(doc) ?? doc.body)?.appendChild(holder);
  else doc.body?.appendChild(holder);
  return `hidden (${hiding.name}, ${how}) at ${where}: ${phrases.join(' / ')}`;
};

// ───────────────────────────── feed footer ─────────────────────────────

const feedLocale: KindFn = (doc, r, _c, hints) => {
  if (!hints.feedQuote) return null;
  const line = findByText(doc, hints.feedQuote);
  if (!line) return null;
  const links = Array.from(line.querySelectorAll('a'));
  const [a, home] = links;
  if (!a || !home) return null;
  const tpl = pick(r, FEED_TEMPLATES);
  line.innerHTML = esc(tpl).replace('%1', a.outerHTML).replace('%2', home.outerHTML);
  return `feed footer: ${tpl}`;
};

// ───────────────────────────── poster ─────────────────────────────

const posterLabel: KindFn = (doc, r, _c, hints) => {
  const name = hints.poster;
  if (!name) return null;
  // The meta element that names the poster with its label: "by <a>quoc_vu</a>", "Posted by <span>editor</span>".
  let target: Element | null = null;
  for (const e of Array.from(doc.body?.querySelectorAll('span, div, p, li, strong, em, small, header') ?? [])) {
    const t = norm(e.textContent);
    const at = t.indexOf(name);
    if (at <= 0 || at > 30 || t.length > name.length + 60) continue;
    if (!target || t.length < norm(target.textContent).length) target = e;
  }
  if (!target) return null;
  // Rewrite the label: the text before the element or text node that carries the name.
  const walker: Node[] = [];
  const collect = (n: Node): void => {
    for (let ch = n.firstChild; ch; ch = ch.nextSibling) {
      if (ch.nodeType === 3) walker.push(ch);
      else if (ch.nodeType === 1) collect(ch);
    }
  };
  collect(target);
  const holder = walker.find((t) => (t.nodeValue ?? '').includes(name));
  if (!holder) return null;
  const label = pick(r, POSTER_LABELS);
  const before = walker.slice(0, walker.indexOf(holder));
  for (const t of before) t.nodeValue = '';
  const v = holder.nodeValue ?? '';
  if (before[0]) before[0].nodeValue = `${label} `;
  else holder.nodeValue = `${label} ${v.slice(v.indexOf(name))}`;
  const link = target.querySelector('a[href*="/author/"]');
  // Sometimes the account page is not under /author/ (or not linked at all): the name is only in the meta line.
  const moved = link && r() < 0.5;
  if (link && !moved && r() < 0.5) link.replaceWith(doc.createTextNode(norm(link.textContent)));
  if (link && moved)
    link.setAttribute(
      'href',
      (link.getAttribute('href') ?? '').replace(/\/author\/[^/]+\/?$/, `/?author=${1 + Math.floor(r() * 9)}`),
    );
  return {
    note: `poster line: "${norm(target.textContent).slice(0, 60)}"${moved ? ' (author link not under /author/)' : ''}`,
    poster: name,
  };
};

// ───────────────────────────── hot-linked images ─────────────────────────────

const hotlinkForm: KindFn = (doc, r) => {
  const imgs = Array.from(doc.querySelectorAll('img')).filter((i) =>
    /^https?:\/\//.test(i.getAttribute('data-src') ?? i.getAttribute('src') ?? ''),
  );
  if (!imgs.length) return null;
  const form = pick(r, [
    'data-lazy-src',
    'srcset',
    'picture',
    'protocol-relative',
    'data-original',
    'noscript-fallback',
    'resize-query',
    'amp-img',
  ]);
  let n = 0;
  for (const img of imgs) {
    const src = img.getAttribute('data-src') ?? img.getAttribute('src') ?? '';
    const u = new URL(src);
    const blank = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    img.removeAttribute('data-src');
    if (form === 'data-lazy-src' || form === 'data-original') {
      img.setAttribute('src', blank);
      img.setAttribute(form, src);
    } else if (form === 'srcset') {
      img.setAttribute('src', blank);
      img.setAttribute('srcset', `${src} 1x, ${src} 2x`);
    } else if (form === 'picture') {
      const pic = el(doc, 'picture', {}, `<source srcset="${esc(src)}" type="image/jpeg">`);
      img.replaceWith(pic);
      img.setAttribute('src', blank);
      pic.appendChild(img);
    } else if (form === 'noscript-fallback') {
      // Lazy-load plugins: a placeholder with the real address in a data attribute, and a <noscript> copy.
      img.setAttribute('src', blank);
      img.setAttribute('data-lazy-src', src);
      const ns = el(doc, 'noscript', {}, `<img src="${esc(src)}" alt="">`);
      img.parentElement?.insertBefore(ns, img.nextSibling);
    } else if (form === 'resize-query') {
      img.setAttribute('src', `${src}${u.search ? '&' : '?'}resize=768%2C432&ssl=1`);
    } else if (form === 'amp-img') {
      const amp = el(doc, 'amp-img', { src, width: '768', height: '432', layout: 'responsive' });
      img.replaceWith(amp);
    } else {
      img.setAttribute('src', `//${u.host}${u.pathname}${u.search}`);
    }
    n++;
  }
  return `${n} image(s) as ${form}`;
};

// ───────────────────────────── canonical ─────────────────────────────

const canonicalForm: KindFn = (doc, r) => {
  const link = doc.querySelector('link[rel="canonical"]');
  const og = doc.querySelector('meta[property="og:url"]');
  const target = link?.getAttribute('href') ?? og?.getAttribute('content');
  if (!target) return null;
  const form = pick(r, ['og-only', 'canonical-only', 'utm-query', 'http', 'rel-case', 'amp-and-canonical']);
  const set = (url: string): void => {
    link?.setAttribute('href', url);
    og?.setAttribute('content', url);
  };
  if (form === 'og-only') {
    link?.remove();
    if (og) og.setAttribute('content', target);
    else doc.head?.appendChild(el(doc, 'meta', { property: 'og:url', content: target }));
  } else if (form === 'canonical-only') {
    og?.remove();
    if (link) link.setAttribute('href', target);
    else doc.head?.appendChild(el(doc, 'link', { rel: 'canonical', href: target }));
  } else if (form === 'utm-query') set(`${target}${target.includes('?') ? '&' : '?'}utm_source=rss&utm_medium=rss`);
  else if (form === 'http') set(target.replace(/^https:/, 'http:'));
  else if (form === 'rel-case') link?.setAttribute('rel', 'Canonical');
  else doc.head?.appendChild(el(doc, 'link', { rel: 'amphtml', href: `${target.replace(/\/$/, '')}/amp/` }));
  return `canonical as ${form}`;
};

// ───────────────────────────── clean pages: honest credits ─────────────────────────────

function insertIntoArticle(doc: Document, r: Rand, node: Element): string | null {
  const col = articleColumn(doc);
  if (!col) return null;
  const paras = Array.from(col.children).filter((e) => e.localName === 'p');
  const where = pick(r, ['middle', 'end', 'top']);
  const anchor = where === 'top' ? paras[1] : where === 'middle' ? paras[Math.floor(paras.length / 2)] : null;
  if (anchor) col.insertBefore(node, anchor);
  else col.appendChild(node);
  return where;
}

const cleanCitation: KindFn = (doc, r, c) => {
  const text = pick(r, DATA_CITATIONS);
  const own = `https://${new URL(c.url).hostname}/wp-content/uploads/chart-${Math.floor(r() * 1000)}.png`;
  const form = pick(r, ['figure-caption', 'img-then-p', 'table-then-p', 'figure-then-p-em', 'last-line']);
  const wrap = el(doc, 'div');
  if (form === 'figure-caption')
    wrap.innerHTML = `<figure><img src="${own}" alt="chart"><figcaption>${esc(text)}</figcaption></figure>`;
  else if (form === 'img-then-p') wrap.innerHTML = `<p><img src="${own}" alt=""></p><p><em>${esc(text)}</em></p>`;
  else if (form === 'table-then-p')
    wrap.innerHTML = `<table><tr><th>2022</th><th>2023</th></tr><tr><td>4.1%</td><td>3.8%</td></tr></table><p><small>${esc(text)}</small></p>`;
  else if (form === 'last-line') {
    // A data note closing the article, with no chart next to it.
    wrap.innerHTML = `<p><em>${esc(text)}</em></p>`;
    const col = articleColumn(doc);
    if (!col) return null;
    col.appendChild(wrap);
    while (wrap.firstChild) wrap.parentElement?.insertBefore(wrap.firstChild, wrap);
    wrap.remove();
    return `data citation (last line): ${text}`;
  } else wrap.innerHTML = `<figure><img src="${own}" alt=""></figure><p><em>${esc(text)}</em></p>`;
  const where = insertIntoArticle(doc, r, wrap);
  if (!where) return null;
  // Unwrap: the pieces sit directly in the column, as editors insert them.
  while (wrap.firstChild) wrap.parentElement?.insertBefore(wrap.firstChild, wrap);
  wrap.remove();
  return `data citation (${form}) at ${where}: ${text}`;
};

const cleanPhotoCredit: KindFn = (doc, r, c) => {
  const text = pick(r, PHOTO_CREDITS);
  const own = `https://${new URL(c.url).hostname}/images/${Math.floor(r() * 1e6)}.jpg`;
  const form = pick(r, ['figcaption', 'caption-then-credit', 'p-after-img', 'span-in-figure']);
  const wrap = el(doc, 'div');
  if (form === 'figcaption')
    wrap.innerHTML = `<figure><img src="${own}" alt=""><figcaption>${esc(text)}</figcaption></figure>`;
  else if (form === 'caption-then-credit')
    wrap.innerHTML = `<figure><img src="${own}" alt=""><figcaption>Người dân tham gia sự kiện. ${esc(text)}</figcaption></figure>`;
  else if (form === 'p-after-img')
    wrap.innerHTML = `<p><img src="${own}" alt=""></p><p style="text-align:center"><em>${esc(text)}</em></p>`;
  else wrap.innerHTML = `<figure><img src="${own}" alt=""><span>${esc(text)}</span></figure>`;
  const where = insertIntoArticle(doc, r, wrap);
  if (!where) return null;
  while (wrap.firstChild) wrap.parentElement?.insertBefore(wrap.firstChild, wrap);
  wrap.remove();
  return `photo credit (${form}) at ${where}: ${text}`;
};

const cleanPoweredBy: KindFn = (doc, r) => {
  const text = pick(r, POWERED_BY);
  const [before, after] = text.includes(' by ')
    ? [text.slice(0, text.lastIndexOf(' by ') + 4), text.slice(text.lastIndexOf(' by ') + 4)]
    : [text, ''];
  const html = after
    ? `${esc(before)}<a href="https://${after.toLowerCase().replace(/[^a-z]+/g, '')}.com/" rel="${pick(r, ['nofollow', 'designer', 'dofollow'])}">${esc(after)}</a>`
    : esc(text);
  const holder = el(doc, pick(r, ['div', 'p']), { class: randomToken(r) }, html);
  footerOf(doc, r).appendChild(holder);
  return `honest footer: ${text}`;
};

const cleanOwnCdn: KindFn = (doc, r, c) => {
  const host = new URL(c.url).hostname;
  const label = siteLabel(c.url);
  const site = host.replace(/^www\./, '');
  const form = pick(r, [
    'cdn-subdomain',
    'static-subdomain',
    'photon',
    'imgix',
    'cloudinary',
    'cloudfront-with-scripts',
  ]);
  const base =
    form === 'cdn-subdomain'
      ? `https://cdn.${site}`
      : form === 'static-subdomain'
        ? `https://static.${site}`
        : form === 'photon'
          ? `https://i0.wp.com/${host}`
          : form === 'imgix'
            ? `https://${label}.imgix.net`
            : form === 'cloudinary'
              ? `https://res.cloudinary.com/${label}/image/upload`
              : 'https://d1x2y3z4abcd.cloudfront.net';
  if (form === 'cloudfront-with-scripts') doc.head?.appendChild(el(doc, 'script', { src: `${base}/assets/app.js` }));
  const col = articleColumn(doc);
  if (!col) return null;
  const imgs = Array.from(col.querySelectorAll('img'));
  for (const img of imgs) {
    const src = img.getAttribute('src') ?? '';
    let path = '/uploads/image.jpg';
    try {
      path = new URL(src, c.url).pathname;
    } catch {
      // keep the default path
    }
    img.setAttribute('src', `${base}${path}`);
  }
  if (!imgs.length) {
    const fig = el(
      doc,
      'figure',
      {},
      `<img src="${base}/uploads/${Math.floor(r() * 1e6)}.jpg" alt=""><figcaption>Illustration</figcaption>`,
    );
    insertIntoArticle(doc, r, fig);
  }
  return `article images on the site's own CDN (${form})`;
};

const KIND_FNS: Record<PerturbKind, KindFn> = {
  'rename-attrs': renameAttrs,
  rewrap,
  'div-soup': divSoup,
  'source-move': sourceMove,
  'source-label': sourceLabel,
  'source-form': sourceForm,
  'source-lead': sourceLead,
  'source-name': sourceName,
  'other-theme': otherTheme,
  'spam-phrase': spamPhrase,
  'spam-hide': spamHide,
  'feed-locale': feedLocale,
  'poster-label': posterLabel,
  'hotlink-form': hotlinkForm,
  'canonical-form': canonicalForm,
  'clean-citation': cleanCitation,
  'clean-photo-credit': cleanPhotoCredit,
  'clean-powered-by': cleanPoweredBy,
  'clean-own-cdn': cleanOwnCdn,
};
