/**
 * Builds one held-out draw: an offline web and its cases in the shared corpus's format (web.json, web/<host>/<file>,
 * cases.jsonl; see ../shared/corpus/README.md), from originals the shared corpus does not have and wording the engine
 * has no table for (wording.mjs).
 *
 * Originals: the text of real pages that are not copies (test/real/dev: an outlet's own articles, its own datelines,
 * pages naming their own brand, commentary, pictures and data with credits), served as a newspaper page at their real
 * address with an invented byline, two pictures on the publisher's host, a homepage (og:site_name) and an RSS feed.
 * Every case is deterministic in the seed; another seed draws other originals, hosts, markup and wording.
 *
 * Cases per original: the original itself (clean; some name themselves), and one or two copies drawn from these
 * templates: aggregator excerpt, source line in another wrapper, hot-linked full copy, paraphrase with the original
 * in history, feed footer in another wording, canonical kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AUTHOR_NAMES, CAPTIONS, EXCERPT_ENDINGS, FEED_FOOTERS, SELF_NAMING, SOURCE_LINES } from './wording.mjs';

const CLEAN_KINDS = new Set([
  'original',
  'own-dateline',
  'self-reference',
  'commentary',
  'photo-credit',
  'data-source',
]);

/** mulberry32: a small seeded generator, so a draw is the same on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pickOf = (r) => (list) => list[Math.floor(r() * list.length) % list.length];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lower case, accents removed, non-alphanumerics → "-" (the corpus's slug rule). */
function slugify(title) {
  return title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** A publisher's brand from its host: "www.the-daily-post.co.uk" → "The Daily Post". */
function brandOf(host) {
  const parts = host.replace(/^www\d?\./, '').split('.');
  const name = parts.length > 2 && parts[parts.length - 2].length <= 3 ? parts[parts.length - 3] : parts[0];
  return name
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * The draws' pool of originals is frozen: only dev cases added before this stamp (or unstamped, added before stamps
 * existed) are drawn. Every batch of fresh dev pages used to reshuffle all draws and move their floors
 * (test/draw-floor.json) with the engine unchanged; with the pool pinned, a draw changes only when the engine does.
 * Cases' `added` stamps sort as strings: a day ("2026-12-06", the fourth session's batches) sorts before any minute
 * of that day ("2026-12-06T23:40", what real-add.mjs stamps now). Move it only on purpose, and reset the draw floors
 * in the same commit.
 */
export const POOL_BEFORE = '2026-12-06T23:15';

/** Whether a real case belongs to the frozen pool: added before `poolBefore`, or unstamped. */
export const inPool = (c, poolBefore = POOL_BEFORE) => (c.added ?? '') < poolBefore;

/** The originals: real non-copy pages of test/real/dev in the pool, with enough paragraphs to copy from. */
export function readOriginals(realDir, poolBefore = POOL_BEFORE) {
  const cases = fs
    .readFileSync(path.join(realDir, 'cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const web = JSON.parse(fs.readFileSync(path.join(realDir, 'web.json'), 'utf8')).pages;
  const fileOf = new Map(web.map((p) => [p.url, p.file]));
  const out = [];
  for (const c of cases) {
    if (!CLEAN_KINDS.has(c.kind) || !inPool(c, poolBefore)) continue;
    const file = fileOf.get(c.url);
    if (!file) continue;
    const text = fs.readFileSync(path.join(realDir, file), 'utf8');
    const blocks = text
      .split(/\n\s*\n|\n/)
      .map((b) => b.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const title = blocks.find((b) => b.length >= 20 && b.length <= 160);
    const paragraphs = blocks.filter((b) => b !== title && b.length >= 50);
    if (!title || paragraphs.length < 2 || paragraphs.join(' ').length < 400) continue;
    out.push({ url: c.url, lang: c.lang, kind: c.kind, title, paragraphs: paragraphs.slice(0, 12) });
  }
  return out;
}

/** A theme: the class names and landmarks one site uses, drawn from the seed. */
function themeOf(r) {
  const token = () =>
    Math.floor(r() * 36 ** 5)
      .toString(36)
      .padStart(5, 'q');
  const pick = pickOf(r);
  return {
    wrap: pick(['main', 'div', 'section']),
    article: pick(['article', 'div', 'section']),
    cls: { head: token(), body: token(), meta: token(), side: token(), foot: token(), title: token() },
  };
}

function page({ lang, title, head = '', theme, site, body, side = '', foot = '' }) {
  const { cls } = theme;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)} | ${esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">${head}</head>
<body><header class="${cls.head}"><a href="/">${esc(site)}</a><nav><a href="/">Home</a> <a href="/category/world/">World</a> <a href="/category/business/">Business</a></nav></header>
<${theme.wrap} class="${cls.body}"><${theme.article}>${body}</${theme.article}>
<aside class="${cls.side}">${side}</aside></${theme.wrap}>
<footer class="${cls.foot}">${foot || `<p>© 2024 ${esc(site)}</p>`}</footer></body></html>`;
}

/** Alters about one word in eight (drops, doubles, swaps neighbours) and drops a paragraph: a paraphrase. */
function paraphrase(r, paragraphs) {
  const kept = paragraphs.filter((_, i) => i === 0 || r() > 0.2);
  return kept.map((p) => {
    const w = p.split(' ');
    for (let i = 0; i + 1 < w.length; i++) {
      const x = r();
      if (x < 0.04) w.splice(i, 1);
      else if (x < 0.08) [w[i], w[i + 1]] = [w[i + 1], w[i]];
      else if (x < 0.12) w.splice(i, 0, w[i]);
    }
    return w.join(' ');
  });
}

const TEMPLATES = [
  'aggregator-excerpt',
  'source-wrapper',
  'hotlink',
  'paraphrase-history',
  'feed-footer',
  'canonical-kept',
];
const WRAPPERS = ['blockquote-cite', 'boxed-div', 'table-cell', 'small', 'list-last', 'after-figcaption'];

/**
 * Builds a draw into `out` (emptied first); returns its counts. `perDraw`: how many originals it takes; `poolBefore`:
 * the pool's cutoff (POOL_BEFORE unless a test says otherwise).
 */
export function buildDraw({ seed, realDir, out, perDraw = 60, poolBefore = POOL_BEFORE }) {
  const r = rng(seed * 7919 + 17);
  const pick = pickOf(r);
  const originals = readOriginals(realDir, poolBefore)
    .map((o) => ({ o, k: r() }))
    .sort((a, b) => a.k - b.k)
    .slice(0, perDraw)
    .map(({ o }) => o);
  fs.rmSync(out, { recursive: true, force: true });
  const pages = [];
  const cases = [];
  const write = (url, type, text) => {
    const u = new URL(url);
    const name = `${(u.pathname + u.search).replace(/[^a-zA-Z0-9]+/g, '_').slice(0, 80) || 'index'}-${pages.length}${type === 'text/html' ? '.html' : '.xml'}`;
    const file = `web/${u.host}/${name}`;
    fs.mkdirSync(path.join(out, 'web', u.host), { recursive: true });
    fs.writeFileSync(path.join(out, file), text);
    pages.push({ url, file, type });
  };
  const copyHost = () =>
    `${pick(['tin', 'news', 'noticias', 'nachrichten', 'haber', 'berita', 'actu', 'novosti', 'daily', 'info'])}${pick(['-', ''])}${pick(['pulse', 'now', '24h', '365', 'today', 'wire', 'feed', 'digest', 'central', 'flash'])}${Math.floor(r() * 90 + 10)}.${pick(['com', 'net', 'info', 'site', 'online', 'live'])}`;
  const sites = new Map();
  let n = 0;
  const id = () => `draw${seed}-${String(++n).padStart(4, '0')}`;

  for (const o of originals) {
    const host = new URL(o.url).host;
    const brand = brandOf(host);
    const theme = themeOf(r);
    const authors = r() < 0.85 ? [pick(AUTHOR_NAMES), ...(r() < 0.3 ? [pick(AUTHOR_NAMES)] : [])] : [];
    const uniqueAuthors = [...new Set(authors)];
    const media = `https://${r() < 0.5 ? host : `img.${host.replace(/^www\./, '')}`}/uploads/${Math.floor(r() * 1e6)}`;
    const images = [`${media}-a.jpg`, `${media}-b.jpg`];
    const selfNaming = r() < 0.4 ? pick(SELF_NAMING) : null;
    const selfRef = r() < 0.5 ? `<a href="https://${host}/">${esc(brand)}</a>` : esc(brand);
    const date = `2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
    const figure = (src, i) =>
      `<figure><img src="${src}" alt=""><figcaption>${esc(CAPTIONS[i % CAPTIONS.length])}</figcaption></figure>`;
    const paras = o.paragraphs.map((p) => `<p>${esc(p)}</p>`);
    const originalBody = `<h1 class="${theme.cls.title}">${esc(o.title)}</h1>
<div class="${theme.cls.meta}">${uniqueAuthors.map((a) => `<span rel="author">${esc(a)}</span>`).join(', ')} <time datetime="${date}">${date}</time></div>
${figure(images[0], 0)}${paras.slice(0, 2).join('')}${figure(images[1], 1)}${paras.slice(2).join('')}${selfNaming ? `<p>${selfNaming.replace('%s', selfRef)}</p>` : ''}`;
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: o.title,
      datePublished: date,
      ...(uniqueAuthors.length ? { author: uniqueAuthors.map((name) => ({ '@type': 'Person', name })) } : {}),
      publisher: { '@type': 'Organization', name: brand },
    };
    const head = `<link rel="canonical" href="${esc(o.url)}"><meta property="og:url" content="${esc(o.url)}"><meta property="og:site_name" content="${esc(brand)}"><meta property="og:title" content="${esc(o.title)}">${uniqueAuthors.map((a) => `<meta name="author" content="${esc(a)}">`).join('')}<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`;
    write(o.url, 'text/html', page({ lang: o.lang, title: o.title, head, theme, site: brand, body: originalBody }));
    if (!sites.has(host)) sites.set(host, { brand, items: [] });
    sites.get(host).items.push({ url: o.url, title: o.title, date });
    cases.push({
      id: id(),
      url: o.url,
      history: [],
      expect: { verdict: 'clean', originalUrl: null, claimedSource: null, authors: [], signals: [] },
      tags: ['draw', 'original', `real-kind:${o.kind}`, ...(selfNaming ? ['self-naming'] : [])],
      lang: o.lang,
    });

    // Two or three copies of this original, each of another template.
    const shuffled = TEMPLATES.map((t) => ({ t, k: r() }))
      .sort((a, b) => a.k - b.k)
      .map(({ t }) => t);
    for (const template of shuffled.slice(0, r() < 0.5 ? 3 : 2)) {
      const ch = copyHost();
      const ctheme = themeOf(r);
      const cbrand = brandOf(ch);
      const curl = `https://${ch}/${pick(['news', 'p', 'story', 'tin-tuc', 'post'])}/${slugify(o.title) || 'post'}-${Math.floor(r() * 1e5)}/`;
      const hot = template === 'hotlink' || r() < 0.2;
      const cimages = hot
        ? images
        : images.map((_, i) => `https://${ch}/wp-content/uploads/${Math.floor(r() * 1e6)}-${i}.jpg`);
      const body = [`<h1>${esc(o.title)}</h1>`, `<p class="${ctheme.cls.meta}">${date}</p>`];
      const tags = ['draw', template, hot ? 'img:hotlinked' : 'img:rehosted'];
      const signals = ['text-match'];
      if (hot) signals.push('hotlinked-media');
      let claimed = null;
      let history = [];
      let head = '';
      const ref = (asName) => {
        if (asName) return { html: esc(brand), value: brand };
        const form = pick(['link-brand', 'link-url', 'url-text', 'link-host']);
        if (form === 'url-text') return { html: esc(o.url), value: o.url };
        const text = form === 'link-url' ? o.url : form === 'link-host' ? host.replace(/^www\./, '') : brand;
        return { html: `<a href="${esc(o.url)}" rel="nofollow">${esc(text)}</a>`, value: o.url };
      };
      if (template === 'aggregator-excerpt') {
        const k = 1 + Math.floor(r() * 3);
        body.push(`<img src="${cimages[0]}" alt="">`, ...paras.slice(0, k));
        const [lang, line] = pick(EXCERPT_ENDINGS);
        const s = ref(r() < 0.25);
        body.push(`<p>${line.replace('%s', s.html)}</p>`);
        claimed = s.value;
        signals.push('source-line');
        tags.push(
          `excerpt-paragraphs:${k}`,
          `srcline-lang:${lang}`,
          s.value === brand ? 'srcline:name' : 'srcline:url',
        );
      } else if (template === 'source-wrapper') {
        body.push(`<img src="${cimages[0]}" alt="">`, ...paras, `<img src="${cimages[1]}" alt="">`);
        const [lang, line] = pick(SOURCE_LINES);
        const s = ref(r() < 0.25);
        const text = line.replace('%s', s.html);
        const wrapper = pick(WRAPPERS);
        const boxed = {
          'blockquote-cite': `<blockquote><cite>${text}</cite></blockquote>`,
          'boxed-div': `<div style="border:1px solid #ccc;padding:8px">${text}</div>`,
          'table-cell': `<table><tr><td>${text}</td></tr></table>`,
          small: `<p><small>${text}</small></p>`,
          'list-last': `<ul><li>${esc(o.title.slice(0, 40))}</li><li>${date}</li><li>${text}</li></ul>`,
          'after-figcaption': `<figure><img src="${cimages[0]}" alt=""><figcaption>${esc(CAPTIONS[2])}</figcaption></figure><p>${text}</p>`,
        }[wrapper];
        if (r() < 0.5) body.splice(2, 0, boxed);
        else body.push(boxed);
        claimed = s.value;
        signals.push('source-line');
        tags.push(
          `srcline-wrap:${wrapper}`,
          `srcline-lang:${lang}`,
          s.value === brand ? 'srcline:name' : 'srcline:url',
        );
      } else if (template === 'hotlink') {
        body.push(
          `<img src="${cimages[0]}" alt="">`,
          ...paras.slice(0, 2),
          `<img src="${cimages[1]}" alt="">`,
          ...paras.slice(2),
        );
      } else if (template === 'paraphrase-history') {
        body.push(`<img src="${cimages[0]}" alt="">`, ...paraphrase(r, o.paragraphs).map((p) => `<p>${esc(p)}</p>`));
        history = [o.url];
        signals.push('seen-before');
      } else if (template === 'feed-footer') {
        body.push(`<img src="${cimages[0]}" alt="">`, ...paras);
        const [lang, line] = pick(FEED_FOOTERS);
        body.push(
          `<p>${esc(line)
            .replace('%1', `<a href="${esc(o.url)}" rel="nofollow">${esc(o.title)}</a>`)
            .replace('%2', `<a href="https://${host}/">${esc(brand)}</a>`)}</p>`,
        );
        claimed = o.url;
        signals.push('feed-footer');
        tags.push(`feed-footer-lang:${lang}`);
      } else {
        body.push(`<img src="${cimages[0]}" alt="">`, ...paras);
        head = `<link rel="canonical" href="${esc(o.url)}"><meta property="og:url" content="${esc(o.url)}">`;
        claimed = o.url;
        signals.push('canonical');
      }
      const related = Array.from(
        { length: 3 },
        () =>
          `<li><a href="https://${ch}/p/${Math.floor(r() * 1e5)}/">${esc(pick(o.paragraphs).slice(0, 50))}</a></li>`,
      ).join('');
      write(
        curl,
        'text/html',
        page({
          lang: o.lang,
          title: o.title,
          head,
          theme: ctheme,
          site: cbrand,
          body: body.join('\n'),
          side: `<ul>${related}</ul>`,
        }),
      );
      cases.push({
        id: id(),
        url: curl,
        history,
        expect: { verdict: 'copy', originalUrl: o.url, claimedSource: claimed, authors: uniqueAuthors, signals },
        tags,
        lang: o.lang,
      });
    }
  }

  // The publishers' homepages (the directory) and feeds (how a named source's article is found).
  for (const [host, s] of sites) {
    const home = `https://${host}/`;
    const feed = `https://${host}/feed/`;
    if (!pages.some((p) => p.url === home))
      write(
        home,
        'text/html',
        `<!doctype html><html><head><title>${esc(s.brand)}</title><meta property="og:site_name" content="${esc(s.brand)}"><link rel="alternate" type="application/rss+xml" href="${feed}"></head><body><h1>${esc(s.brand)}</h1>${s.items.map((i) => `<p><a href="${esc(i.url)}">${esc(i.title)}</a></p>`).join('')}</body></html>`,
      );
    const items = s.items
      .map(
        (i) =>
          `<item><title>${esc(i.title)}</title><link>${esc(i.url)}</link><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`,
      )
      .join('');
    write(
      feed,
      'application/rss+xml',
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${esc(s.brand)}</title><link>${home}</link>${items}</channel></rss>`,
    );
  }
  fs.writeFileSync(path.join(out, 'web.json'), JSON.stringify({ pages }, null, 0));
  fs.writeFileSync(path.join(out, 'cases.jsonl'), `${cases.map((c) => JSON.stringify(c)).join('\n')}\n`);
  return { originals: originals.length, cases: cases.length, pages: pages.length };
}
