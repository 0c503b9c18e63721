/**
 * A forgiving, linear-time tokenizer for the XML that sites serve as feeds and sitemaps. The service worker has no DOM
 * XML parser, and real feeds are often broken (unclosed tags, stray `&`, a BOM, an HTML error page instead of XML), so
 * this never throws: it walks the text once with indexOf, always moving forward, and yields open/close/text events.
 */

export type XmlToken =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

/** Inputs beyond this are cut: a sitemap or feed worth reading is far smaller. */
export const MAX_XML_CHARS = 4_000_000;
/** A tag longer than this is not a tag we care about; skipping it bounds the attribute scan. */
const MAX_TAG_CHARS = 4_000;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
};

/** Decodes character references; unknown or malformed ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const ATTR_RE = /([^\s=/>"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function parseAttrs(inner: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of inner.matchAll(ATTR_RE)) {
    const key = m[1]?.toLowerCase();
    if (key && !(key in attrs)) attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Walks `input` once. Tag names are lower-cased and keep their prefix ("news:title"); text is entity-decoded. */
export function* xmlTokens(input: string): Generator<XmlToken> {
  const text = input.length > MAX_XML_CHARS ? input.slice(0, MAX_XML_CHARS) : input;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'text', text: decodeEntities(text.slice(i)) };
      return;
    }
    if (lt > i) yield { type: 'text', text: decodeEntities(text.slice(i, lt)) };
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      // CDATA is literal: no entity decoding. An unclosed one runs to the end, like a browser would read it.
      yield { type: 'text', text: text.slice(lt + 9, end < 0 ? text.length : end) };
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    const next = text.charCodeAt(lt + 1);
    const isLetter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95;
    // A stray `<` in text ("a < b") is text; deciding before looking for `>` keeps runs of them linear.
    if (!isLetter && next !== 47 /* / */ && next !== 63 /* ? */ && next !== 33 /* ! */) {
      yield { type: 'text', text: '<' };
      i = lt + 1;
      continue;
    }
    const gt = text.indexOf('>', lt + 1);
    if (gt < 0) return;
    // `<?xml …?>` and `<!DOCTYPE …>` carry nothing we read.
    if (next === 63 || next === 33) {
      i = gt + 1;
      continue;
    }
    // A `<` inside the would-be tag means this one was never closed: the real tag starts at the last `<` before `>`.
    // Jumping there (never back) keeps the walk linear on "<a<a<a…>" and bounds a tag's length.
    const inner = text.lastIndexOf('<', gt);
    if (inner > lt || gt - lt > MAX_TAG_CHARS) {
      i = inner > lt ? inner : gt + 1;
      continue;
    }
    const raw = text.slice(lt + 1, gt);
    const close = raw.startsWith('/');
    const body = close ? raw.slice(1) : raw;
    const nameMatch = /^[A-Za-z_][\w:.-]*/.exec(body);
    if (!nameMatch) {
      yield { type: 'text', text: '<' };
      i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    if (close) yield { type: 'close', name };
    else {
      const selfClosing = body.endsWith('/');
      yield {
        type: 'open',
        name,
        attrs: parseAttrs(body.slice(name.length, selfClosing ? -1 : undefined)),
        selfClosing,
      };
    }
    i = gt + 1;
  }
}

/** The part after a namespace prefix: "news:title" → "title". */
export function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Collapses whitespace, strips tags that double-escaped HTML leaves in titles, and caps the length. */
export function cleanText(text: string, max = 500): string {
  const decoded = decodeEntities(text.slice(0, max * 4));
  const noTags = decoded.includes('<') ? decoded.replace(/<[^<>]{0,400}>/g, ' ') : decoded;
  return noTags.replace(/\s+/g, ' ').trim().slice(0, max);
}
