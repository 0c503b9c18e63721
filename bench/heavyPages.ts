/**
 * Heavy pages for the page-load benchmark, generated at bench time (never committed): the shapes that make a content
 * script expensive — a long live blog, a comment-heavy article, an article carrying megabytes of inline JSON, one
 * with a huge inline SVG chart, a data story with a giant table and a hidden mega-menu. Each is 3–10 MB and has
 * 20,000–100,000 elements, and each looks like an article, so the content script does its full work on it.
 * Deterministic (seeded), so two runs measure the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface HeavyPage {
  url: string;
  /** Absolute path of the generated file. */
  file: string;
  type: 'text/html';
  bytes: number;
  elements: number;
  kind: string;
}

/** A small seeded PRNG (mulberry32): the same seed writes the same page. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Filler vocabulary: invented syllables, so no detector table or corpus text is echoed by accident.
const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tan',
  'vi',
  'sol',
  'dra',
  'pen',
  'ru',
  'ost',
  'al',
  'ne',
  'bri',
  'cou',
  'ham',
  'zel',
];

function writer(seed: number) {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const word = (): string => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES)).join('');
  const sentence = (n = 8 + Math.floor(rnd() * 14)): string => {
    const words = Array.from({ length: n }, word);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };
  const paragraph = (sentences = 3 + Math.floor(rnd() * 3)): string =>
    Array.from({ length: sentences }, () => sentence()).join(' ');
  return { rnd, pick, word, sentence, paragraph };
}

function countElements(html: string): number {
  let n = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    // "<a".."<z", "<A".."<Z": an opening tag (closing tags, comments and doctype start with / or !)
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
  }
  return n;
}

function shell(host: string, title: string, head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<link rel="canonical" href="https://${host}/">${head}</head><body>${body}</body></html>`;
}

function navigation(w: ReturnType<typeof writer>, sections: number, links: number): string {
  const parts: string[] = ['<nav class="mega-menu" hidden>'];
  for (let s = 0; s < sections; s++) {
    parts.push(`<div class="menu-section"><h4>${w.word()}</h4><ul>`);
    for (let l = 0; l < links; l++)
      parts.push(`<li class="menu-item"><a href="/${w.word()}/${w.word()}-${s}-${l}">${w.word()} ${w.word()}</a></li>`);
    parts.push('</ul></div>');
  }
  parts.push('</nav>');
  return parts.join('');
}

function liveBlog(w: ReturnType<typeof writer>, host: string): string {
  const posts: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const minutes = (i * 7) % 60;
    posts.push(
      `<article class="live-post" id="post-${i}"><header><time datetime="2026-03-01T${String(23 - (i % 24)).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00Z">${i} min</time>` +
        `<h3 class="live-post__title">${w.sentence(6)}</h3></header><div class="live-post__body"><p>${w.paragraph()}</p><p>${w.paragraph(2)}</p>` +
        (i % 5 === 0
          ? `<figure><img src="https://img.${host}/live/${i}.jpg" alt="${w.sentence(5)}" loading="lazy"><figcaption>${w.sentence(7)}</figcaption></figure>`
          : '') +
        `</div><footer class="share"><button>Share</button><a href="https://${host}/live#post-${i}">Link</a></footer></article>`,
    );
  }
  return shell(
    host,
    'Live: the long day',
    '',
    `${navigation(w, 20, 40)}<main><h1>${w.sentence(7)}</h1><div class="live-feed">${posts.join('')}</div></main>`,
  );
}

function commentHeavy(w: ReturnType<typeof writer>, host: string): string {
  const body = Array.from({ length: 12 }, () => `<p>${w.paragraph()}</p>`).join('');
  const comments: string[] = [];
  for (let i = 0; i < 5600; i++) {
    const depth = i % 4;
    comments.push(
      `<div class="comment depth-${depth}" data-id="c${i}"><div class="comment__meta"><img class="avatar" loading="lazy" src="https://avatars.${host}/${i % 500}.png" alt="">` +
        `<span class="comment__author">${w.word()} ${w.word()}</span><time>${i % 59} min</time></div><div class="comment__text"><p>${w.paragraph(1 + (i % 3))}</p></div>` +
        `<div class="comment__actions"><button>Reply</button><button>Like <span>${i % 97}</span></button><button>Report</button></div></div>`,
    );
  }
  return shell(
    host,
    'Opinion with many comments',
    '',
    `${navigation(w, 6, 20)}<article><h1>${w.sentence(8)}</h1><div class="article-body">${body}</div></article><section id="comments"><h2>Comments</h2>${comments.join('')}</section>`,
  );
}

function inlineJson(w: ReturnType<typeof writer>, host: string): string {
  const items = Array.from({ length: 9000 }, (_, i) => ({
    id: i,
    slug: `${w.word()}-${w.word()}-${i}`,
    title: w.sentence(8),
    teaser: w.paragraph(2),
    tags: [w.word(), w.word()],
  }));
  const json = JSON.stringify({ props: { pageProps: { related: items } } }).replace(/</g, '\\u003c');
  const body = Array.from({ length: 20 }, () => `<p>${w.paragraph()}</p>`).join('');
  const teasers: string[] = [];
  for (let i = 0; i < 4500; i++)
    teasers.push(
      `<li class="teaser"><a href="/story/${items[i]!.slug}"><img src="https://cdn.${host}/t/${i}.webp" alt="" loading="lazy"><span class="teaser__title">${items[i]!.title}</span></a><span class="teaser__tag">${items[i]!.tags[0]}</span></li>`,
    );
  return shell(
    host,
    'A story on a framework site',
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story"}</script>`,
    `${navigation(w, 10, 30)}<article><h1>${w.sentence(8)}</h1>${body}</article><aside><ul class="teasers">${teasers.join('')}</ul></aside><script id="__NEXT_DATA__" type="application/json">${json}</script>`,
  );
}

function inlineSvg(w: ReturnType<typeof writer>, host: string): string {
  const shapes: string[] = [];
  for (let i = 0; i < 44000; i++) {
    const x = (w.rnd() * 1200).toFixed(2);
    const y = (w.rnd() * 800).toFixed(2);
    shapes.push(
      i % 3 === 0
        ? `<circle cx="${x}" cy="${y}" r="${(1 + w.rnd() * 4).toFixed(2)}" class="dot s${i % 7}"/>`
        : `<path d="M${x} ${y} L${(Number(x) + w.rnd() * 30).toFixed(2)} ${(Number(y) + w.rnd() * 30).toFixed(2)} L${(Number(x) - w.rnd() * 30).toFixed(2)} ${y} Z" class="cell s${i % 7}"/>`,
    );
  }
  const body = Array.from({ length: 15 }, () => `<p>${w.paragraph()}</p>`).join('');
  return shell(
    host,
    'The map of everything',
    '',
    `<article><h1>${w.sentence(8)}</h1>${body.slice(0, body.length / 2)}<figure class="chart"><svg viewBox="0 0 1200 800" xmlns="http://www.w3.org/2000/svg"><g>${shapes.join('')}</g></svg><figcaption>${w.sentence(10)}</figcaption></figure>${body.slice(body.length / 2)}</article>`,
  );
}

function bigTable(w: ReturnType<typeof writer>, host: string): string {
  const rows: string[] = [];
  for (let r = 0; r < 7000; r++)
    rows.push(
      `<tr>${Array.from({ length: 8 }, (_, c) => (c === 0 ? `<th scope="row">${w.word()} ${r}</th>` : `<td>${(w.rnd() * 10000).toFixed(1)}</td>`)).join('')}<td class="note">${w.sentence(40)}</td></tr>`,
    );
  const body = Array.from({ length: 25 }, () => `<p>${w.paragraph()}</p>`).join('');
  const footer = Array.from(
    { length: 1500 },
    (_, i) => `<li><a href="https://partner${i % 40}.${host}/${w.word()}">${w.word()}</a></li>`,
  ).join('');
  return shell(
    host,
    'Data story: every number',
    '',
    `${navigation(w, 30, 50)}<div itemprop="articleBody"><h1>${w.sentence(8)}</h1>${body}<table class="data"><thead><tr>${'<th>col</th>'.repeat(9)}</tr></thead><tbody>${rows.join('')}</tbody></table><p>${w.paragraph()}</p></div><footer><ul class="sitemap">${footer}</ul></footer>`,
  );
}

const KINDS: {
  kind: string;
  host: string;
  path: string;
  make: (w: ReturnType<typeof writer>, host: string) => string;
}[] = [
  { kind: 'live blog', host: 'heavy-live-pages.net', path: '/2026/03/01/live-the-long-day', make: liveBlog },
  {
    kind: 'comment-heavy',
    host: 'heavy-comments-pages.net',
    path: '/opinion/2026/many-comments.html',
    make: commentHeavy,
  },
  { kind: 'inline JSON', host: 'heavy-json-pages.net', path: '/story/framework-site', make: inlineJson },
  { kind: 'inline SVG', host: 'heavy-svg-pages.net', path: '/graphics/map-of-everything', make: inlineSvg },
  { kind: 'big table + mega-menu', host: 'heavy-table-pages.net', path: '/data/every-number', make: bigTable },
];

/** Writes the heavy pages into `dir` (created) and returns their web.json entries with size and element count. */
export function writeHeavyPages(dir: string): HeavyPage[] {
  fs.mkdirSync(dir, { recursive: true });
  return KINDS.map(({ kind, host, path: urlPath, make }, i) => {
    const html = make(writer(0x9e3779b1 + i), host);
    const file = path.join(dir, `heavy-${i + 1}.html`);
    fs.writeFileSync(file, html);
    return {
      url: `https://${host}${urlPath}`,
      file,
      type: 'text/html',
      bytes: Buffer.byteLength(html),
      elements: countElements(html),
      kind,
    };
  });
}
