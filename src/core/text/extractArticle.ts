/**
 * The article of a page: title, byline, site, date, language and its paragraphs. Mozilla Readability does the work on
 * a clone (it rewrites the document it reads); when it finds nothing, the largest text container stands in.
 * Works on any DOM Document: the browser's, happy-dom's, or linkedom's in the service worker and the CLI.
 */
import { Readability } from '@mozilla/readability';
import { blockParagraphs } from './blockParagraphs.ts';
import { normalizeSpace } from './normalizeSpace.ts';
import { countWords } from './tokenize.ts';
import { measureDocument, overLimits, PAGE_LIMITS } from '../page/pageComplexity.ts';

export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  paragraphs: string[];
  /** The paragraphs joined by blank lines. */
  text: string;
  words: number;
}

export const ARTICLE_LIMITS = {
  maxChars: 200_000,
  maxParagraphs: 2000,
  /**
   * Readability's own cap, which it counts with getElementsByTagName("*"): 0 on linkedom, so it never fires there.
   * `readabilityFits` below is the cap that holds on every DOM.
   */
  maxElemsToParse: PAGE_LIMITS.readability.maxElements,
  maxField: 500,
};

function cap(value: string | null | undefined, max = ARTICLE_LIMITS.maxField): string | null {
  if (value == null) return null;
  const text = normalizeSpace(value);
  return text ? text.slice(0, max) : null;
}

/** Like cap, but keeps line breaks: a byline's lines often hold different things ("By Jane Doe" / "March 25, 2015"). */
function capLines(value: string | null | undefined): string | null {
  if (value == null) return null;
  const lines = value
    .split(/\r?\n/)
    .map((l) => normalizeSpace(l))
    .filter((l) => l.length > 0);
  return lines.length ? lines.join('\n').slice(0, ARTICLE_LIMITS.maxField) : null;
}

interface Parsed {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  content: Element | null;
}

/** Whether Readability's cost on this document is bounded (see PAGE_LIMITS.readability); counted on the DOM itself. */
export function readabilityFits(doc: Document): boolean {
  const root = doc.documentElement;
  return !root || overLimits(measureDocument(root, PAGE_LIMITS.readability), PAGE_LIMITS.readability) === null;
}

function runReadability(doc: Document): Parsed | null {
  // Past its limits Readability would take seconds to minutes; the linear fallback reads the article instead.
  if (!readabilityFits(doc)) return null;
  try {
    const clone = doc.cloneNode(true) as Document;
    const reader = new Readability<Element>(clone, {
      maxElemsToParse: ARTICLE_LIMITS.maxElemsToParse,
      // Hand back the element itself: core has no parser of its own to re-read serialised HTML.
      serializer: (node) => node as Element,
    });
    const r = reader.parse();
    if (!r) return null;
    return {
      title: cap(r.title),
      byline: capLines(r.byline),
      siteName: cap(r.siteName),
      published: cap(r.publishedTime),
      lang: cap(r.lang, 35),
      content: r.content ?? null,
    };
  } catch {
    // Readability throws on documents it cannot walk (too many elements, odd DOMs): fall back.
    return null;
  }
}

/** The element with the most direct paragraph text: what is left when Readability finds no article. */
function largestTextContainer(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const score = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  const ps = body.querySelectorAll('p, pre, td, li');
  for (let i = 0; i < ps.length && i < 20_000; i++) {
    const p = ps[i];
    const parent = p?.parentElement;
    if (!p || !parent) continue;
    const s = (score.get(parent) ?? 0) + (p.textContent ?? '').length;
    score.set(parent, s);
    if (s > bestScore) {
      bestScore = s;
      best = parent;
    }
  }
  return best ?? body;
}

function metaContent(doc: Document, selector: string): string | null {
  return cap(doc.querySelector(selector)?.getAttribute('content'));
}

function fallback(doc: Document): Parsed {
  const h1 = doc.querySelector('h1')?.textContent;
  return {
    title: cap(metaContent(doc, 'meta[property="og:title"]') ?? h1 ?? doc.title),
    byline: metaContent(doc, 'meta[name="author"]'),
    siteName: metaContent(doc, 'meta[property="og:site_name"]'),
    published: metaContent(doc, 'meta[property="article:published_time"]'),
    lang: cap(doc.documentElement?.getAttribute('lang'), 35),
    content: largestTextContainer(doc),
  };
}

export function extractArticle(doc: Document, url: string): Article {
  void url; // Part of the contract: relative links are resolved against it by callers that need them.
  const parsed = runReadability(doc);
  let base = parsed ?? fallback(doc);
  let paragraphs = base.content ? blockParagraphs(base.content, ARTICLE_LIMITS) : [];
  if (paragraphs.length === 0 && parsed) {
    // Readability kept metadata but no text (e.g. a page that is one big <pre>): take the fallback's text.
    const fb = fallback(doc);
    paragraphs = fb.content ? blockParagraphs(fb.content, ARTICLE_LIMITS) : [];
    base = { ...fb, ...Object.fromEntries(Object.entries(parsed).filter(([, v]) => v != null)) } as Parsed;
  }
  const text = paragraphs.join('\n\n');
  return {
    title: base.title,
    byline: base.byline,
    siteName: base.siteName,
    published: base.published,
    lang: base.lang ?? cap(doc.documentElement?.getAttribute('lang'), 35),
    paragraphs,
    text,
    words: countWords(text, 100_000),
  };
}
