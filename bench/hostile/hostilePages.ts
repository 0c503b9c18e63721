/**
 * A deterministic generator of hostile pages for `npm run bench:hostile`: what a page (or the sites it names) can
 * send to make the checker stall, crash or run out of memory. Each family is shaped after a way the engine reads a
 * page (parsing, Readability, the detectors' patterns, decoding, feeds and sitemaps, redirects), with sizes drawn
 * over several orders of magnitude. Pages are made from a seed, so a run can be repeated and a bad case replayed.
 */

/** One response of the hostile web: a body, or a redirect. */
export interface HostileResponse {
  status: number;
  contentType: string;
  body: string | Uint8Array;
  location?: string;
}

export interface HostilePage {
  family: string;
  /** What makes it hostile, for the report and the regression tests. */
  name: string;
  /** Path of the page to check on the hostile web. */
  path: string;
  /** Every path of the hostile web this page needs (the page itself, its claimed originals, feeds, sitemaps…). */
  web: Record<string, HostileResponse>;
}

/** A small, fast PRNG (mulberry32): the same seed makes the same pages. */
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
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
/** A size spread log-uniformly between lo and hi. */
const logSize = (r: Rand, lo: number, hi: number): number =>
  Math.round(Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo))));

const SENTENCES = [
  'The council met on Tuesday to discuss the budget, and members said the schools would receive more money next year.',
  'Thường trực Ban Chỉ đạo tỉnh An Giang tổ chức hội nghị tổng kết, đánh giá kết quả thực hiện trong năm qua.',
  'Le conseil municipal a voté mardi un budget en hausse pour les écoles, selon le rapport publié hier soir.',
  '市议会周二开会讨论预算，议员们表示明年学校将获得更多资金。',
  'Der Stadtrat hat am Dienstag über den Haushalt beraten und mehr Geld für die Schulen beschlossen.',
];
const html = (head: string, body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile page</title>${head}</head><body>${body}</body></html>`;
const article = (r: Rand, n: number): string =>
  Array.from({ length: n }, () => `<p>${pick(r, SENTENCES)}</p>`).join('');
const page = (body: string | Uint8Array, contentType = 'text/html; charset=utf-8'): HostileResponse => ({
  status: 200,
  contentType,
  body,
});
const redirect = (location: string, status = 302): HostileResponse => ({
  status,
  contentType: 'text/plain',
  body: '',
  location,
});

/** `origin` is where the hostile web is served: claimed originals point back into it. */
type Family = (r: Rand, i: number, origin: string) => Omit<HostilePage, 'family'>;

const FAMILIES: Record<string, Family> = {
  'deep-dom': (r, i) => {
    const depth = logSize(r, 50, 200_000);
    const tag = pick(r, ['div', 'span', 'section', 'li', 'table', 'b', 'font', 'blockquote']);
    const text = r() < 0.5 ? `<p>${pick(r, SENTENCES)}</p>` : '';
    const closed = r() < 0.7;
    return {
      name: `${depth} nested <${tag}>${text ? ' with text at each level' : ''}${closed ? '' : ', never closed'}`,
      path: `/deep/${i}`,
      web: {
        [`/deep/${i}`]: page(html('', `${`<${tag}>${text}`.repeat(depth)}x${closed ? `</${tag}>`.repeat(depth) : ''}`)),
      },
    };
  },
  'wide-dom': (r, i) => {
    const n = logSize(r, 1_000, 1_000_000);
    const unit = pick(r, [
      '<p>x</p>',
      '<span>a</span>',
      '<a href="/x">l</a>',
      '<img src="/i.jpg">',
      '<td>c',
      '<br>',
      `<p>${SENTENCES[0]}</p>`,
      '<div><p>a</p><p>b</p></div>',
    ]);
    return {
      name: `${n} × ${unit.slice(0, 24)}`,
      path: `/wide/${i}`,
      web: { [`/wide/${i}`]: page(html('', unit.repeat(n))) },
    };
  },
  'huge-text': (r, i) => {
    const size = logSize(r, 100_000, 4_000_000);
    const unit = pick(r, [
      'a',
      'word ',
      'Nguồn ',
      '.',
      '   \n',
      '\u200b',
      'ü',
      '😀',
      'http://',
      '<',
      '&amp;',
      '\u0000',
    ]);
    const where = pick(r, ['p', 'pre', 'textarea', 'script', 'title', 'a href', 'meta', 'json-ld', 'comment']);
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const body =
      where === 'a href'
        ? html(
            '',
            `<p><a href="https://x.example/${encodeURIComponent(text).slice(0, size)}">link</a></p>${article(r, 5)}`,
          )
        : where === 'meta'
          ? html(
              `<meta name="author" content="${text.replace(/"/g, '')}"><meta property="og:title" content="${text.replace(/"/g, '')}">`,
              article(r, 5),
            )
          : where === 'json-ld'
            ? html(
                `<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":${JSON.stringify(text)}},"headline":${JSON.stringify(text)}}</script>`,
                article(r, 5),
              )
            : where === 'comment'
              ? html('', `${article(r, 5)}<!-- ${text}`)
              : html('', `${article(r, 3)}<${where}>${text}</${where}>`);
    return {
      name: `${size} chars of ${JSON.stringify(unit)} in ${where}`,
      path: `/text/${i}`,
      web: { [`/text/${i}`]: page(body) },
    };
  },
  // The detectors' families: each repeats or stretches what one pattern looks for, where backtracking would hurt.
  'pattern-strings': (r, i, origin) => {
    const n = logSize(r, 100, 100_000);
    const unit = pick(r, [
      'Source: ',
      'Nguồn: ',
      'Theo ',
      'Quelle: ',
      '来源：',
      'Fuente: ',
      'Источник: ',
      'المصدر: ',
      'Kaynak: ',
      'Sumber: ',
      'By ',
      'Posted by ',
      'Free WordPress Themes, ',
      'Download Nulled ',
      'The post ',
      ' appeared first on ',
      'Read more: ',
      '(AP) — ',
      'WASHINGTON (Reuters) - ',
      'Photo: ',
      'Ảnh: ',
      '— ',
      'https://',
      'www.',
      `${origin}/`,
      'a.b.c.',
      '((((',
      '[[[[',
      'Nguồn thông tin : https://',
      'Theo Báo ',
      'MỸ LINH – ',
    ]);
    const text = unit.repeat(n);
    const where = pick(r, ['p', 'footer', 'hidden', 'caption', 'byline', 'link']);
    const body =
      where === 'footer'
        ? `${article(r, 8)}<footer>${text}</footer>`
        : where === 'hidden'
          ? `${article(r, 8)}<div style="display:none">${text}</div>`
          : where === 'caption'
            ? `<figure><img src="https://cdn.x.example/a.jpg"><figcaption>${text}</figcaption></figure>${article(r, 8)}`
            : where === 'byline'
              ? `<div class="byline author">${text}</div>${article(r, 8)}`
              : where === 'link'
                ? `${article(r, 8)}<p><a href="${origin}/none">${text}</a></p>`
                : `${article(r, 8)}<p>${text}</p>`;
    return {
      name: `${n} × ${JSON.stringify(unit)} in ${where}`,
      path: `/pattern/${i}`,
      web: { [`/pattern/${i}`]: page(html('', body)) },
    };
  },
  'broken-encoding': (r, i) => {
    const size = logSize(r, 1_000, 3_000_000);
    const kind = pick(r, [
      'random bytes',
      'invalid utf-8',
      'utf-16 declared, utf-8 sent',
      'bom soup',
      'lying meta charset',
      'nul bytes',
    ]);
    const bytes = new Uint8Array(size);
    for (let k = 0; k < size; k++) bytes[k] = Math.floor(r() * 256);
    if (kind === 'invalid utf-8') for (let k = 0; k < size; k += 2) bytes[k] = 0xc0 | (bytes[k]! & 1);
    if (kind === 'nul bytes') bytes.fill(0);
    const prefix = new TextEncoder().encode(
      kind === 'bom soup'
        ? '\ufeff\ufeff<html><body>\ufeff'
        : kind === 'lying meta charset'
          ? '<meta charset="x-unknown-999"><meta charset="utf-32">'
          : '<html><body><p>',
    );
    const body = new Uint8Array(prefix.length + bytes.length);
    body.set(prefix);
    body.set(bytes, prefix.length);
    const contentType =
      kind === 'utf-16 declared, utf-8 sent'
        ? 'text/html; charset=utf-16'
        : kind === 'lying meta charset'
          ? 'text/html'
          : 'text/html; charset=utf-8';
    return { name: `${kind}, ${size} bytes`, path: `/enc/${i}`, web: { [`/enc/${i}`]: page(body, contentType) } };
  },
  // A page that names a publisher on the hostile web: the engine reads its robots.txt, sitemaps and feeds.
  'hostile-feeds': (r, i, origin) => {
    const kind = pick(r, [
      'million-item feed',
      'billion laughs',
      'sitemap index loop',
      'sitemap of sitemaps',
      'deep xml',
      'huge cdata',
      'feed of redirects',
      'robots of 50k sitemaps',
    ]);
    const n = logSize(r, 100, 200_000);
    const site = `/site${i}`;
    const web: Record<string, HostileResponse> = {};
    const xml = (s: string): HostileResponse => page(s, 'application/xml');
    const item = (k: number): string =>
      `<item><title>Budget news ${k}</title><link>${origin}${site}/a${k}</link><pubDate>Tue, 07 Apr 2023 10:00:00 GMT</pubDate></item>`;
    web[`${site}/`] = page(
      html(
        `<link rel="alternate" type="application/rss+xml" href="${origin}${site}/feed">`,
        `<h1>Budget</h1>${article(r, 3)}`,
      ),
    );
    web[`${site}/robots.txt`] = page(`User-agent: *\nSitemap: ${origin}${site}/sitemap.xml\n`, 'text/plain');
    if (kind === 'million-item feed')
      web[`${site}/feed`] = xml(
        `<rss><channel>${Array.from({ length: Math.min(n, 50_000) }, (_, k) => item(k)).join('')}</channel></rss>`,
      );
    else if (kind === 'billion laughs')
      web[`${site}/feed`] = xml(
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k || ''};`.repeat(10)}">`).join('')}]><rss><channel><item><title>&lol9;</title><link>${origin}${site}/a</link></item></channel></rss>`,
      );
    else if (kind === 'sitemap index loop')
      web[`${site}/sitemap.xml`] = xml(
        `<sitemapindex>${Array.from({ length: 50 }, () => `<sitemap><loc>${origin}${site}/sitemap.xml</loc></sitemap>`).join('')}</sitemapindex>`,
      );
    else if (kind === 'sitemap of sitemaps')
      for (let k = 0; k < 30; k++)
        web[k ? `${site}/s${k}.xml` : `${site}/sitemap.xml`] = xml(
          `<sitemapindex><sitemap><loc>${origin}${site}/s${k + 1}.xml</loc></sitemap></sitemapindex>`,
        );
    else if (kind === 'deep xml')
      web[`${site}/feed`] = xml(`<rss><channel>${'<item>'.repeat(n)}${'</item>'.repeat(n)}</channel></rss>`);
    else if (kind === 'huge cdata')
      web[`${site}/feed`] = xml(
        `<rss><channel><item><title><![CDATA[${'x'.repeat(n * 10)}]]></title><link>${origin}${site}/a</link></item></channel></rss>`,
      );
    else if (kind === 'feed of redirects') {
      web[`${site}/feed`] = xml(
        `<rss><channel>${Array.from({ length: 200 }, (_, k) => item(k)).join('')}</channel></rss>`,
      );
      for (let k = 0; k < 200; k++) web[`${site}/a${k}`] = redirect(`${origin}${site}/a${k + 1}`);
    } else
      web[`${site}/robots.txt`] = page(
        Array.from({ length: 50_000 }, (_, k) => `Sitemap: ${origin}${site}/s${k}.xml`).join('\n'),
        'text/plain',
      );
    const body = `<h1>Budget news 1</h1>${article(r, 10)}<p>Source: <a href="${origin}${site}/">Hostile Publisher ${i}</a></p><img src="${origin}${site}/img.jpg">`;
    web[`/feeds/${i}`] = page(html('<meta property="og:site_name" content="Copy Site">', body));
    return { name: `${kind} (${n})`, path: `/feeds/${i}`, web };
  },
  'redirect-maze': (r, i, origin) => {
    const kind = pick(r, [
      'loop',
      'long chain',
      'to private address',
      'to file:',
      'to javascript:',
      'self',
      'bad location',
      'endless body',
      'huge declared length',
    ]);
    const web: Record<string, HostileResponse> = {};
    const start = `/maze${i}/0`;
    if (kind === 'loop') {
      web[start] = redirect(`${origin}/maze${i}/1`);
      web[`/maze${i}/1`] = redirect(`${origin}${start}`, 301);
    } else if (kind === 'long chain')
      for (let k = 0; k < 40; k++)
        web[`/maze${i}/${k}`] = redirect(`${origin}/maze${i}/${k + 1}`, pick(r, [301, 302, 303, 307, 308]));
    else if (kind === 'to private address')
      web[start] = redirect(
        pick(r, [
          'http://127.0.0.1:9/',
          'http://[::1]/',
          'http://169.254.169.254/latest/meta-data/',
          'http://10.0.0.1/',
          'http://localhost/',
        ]),
      );
    else if (kind === 'to file:') web[start] = redirect('file:///etc/passwd');
    else if (kind === 'to javascript:') web[start] = redirect('javascript:alert(1)');
    else if (kind === 'self') web[start] = redirect(`${origin}${start}`);
    else if (kind === 'bad location') web[start] = redirect('http://[zz::1/ \u0000');
    else if (kind === 'endless body') web[start] = { status: 200, contentType: 'text/html', body: 'ENDLESS' };
    else web[start] = { status: 200, contentType: 'text/html', body: 'HUGE-LENGTH' };
    const body = `${article(r, 10)}<p>Source: <a href="${origin}${start}">${origin}${start}</a></p><link rel="canonical" href="${origin}${start}">`;
    web[`/redir/${i}`] = page(html(`<link rel="canonical" href="${origin}${start}">`, body));
    return { name: kind, path: `/redir/${i}`, web };
  },
};

export const FAMILY_NAMES = Object.keys(FAMILIES);

/** The `index`-th hostile page of a run seeded with `seed`; families take turns, sizes vary. */
export function hostilePage(seed: number, index: number, origin: string): HostilePage {
  const r = rng(seed * 100_003 + index);
  const family = FAMILY_NAMES[index % FAMILY_NAMES.length] as string;
  return { family, ...(FAMILIES[family] as Family)(r, index, origin) };
}
