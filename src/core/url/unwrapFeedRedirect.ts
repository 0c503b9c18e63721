/**
 * The article behind a news aggregator's feed redirect. Google News's feed items link to
 * "news.google.com/rss/articles/CBMi…" (also under "/__i/rss/rd/articles/" and "/articles/"), and feed-fed blogs
 * and press-release sites keep that link as their "Read full story" line: the id is base64url of a small protobuf
 * record whose field 4 is the original's URL. Newer ids are opaque (no URL inside): those stay as they are.
 * Pure and bounded: ids over MAX_ID characters are not decoded.
 */

const MAX_ID = 2048;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ID_PATH = /^\/(?:__i\/rss\/rd\/|rss\/)?articles\/([A-Za-z0-9_-]{8,})/u;

export function unwrapFeedRedirect(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.hostname.toLowerCase() !== 'news.google.com') return null;
  const id = ID_PATH.exec(u.pathname)?.[1];
  if (!id || id.length > MAX_ID) return null;
  const bytes = base64url(id);
  // The record: field 1 (a varint), then field 4 (tag 0x22), a varint length, the URL's bytes.
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] !== 0x22) continue;
    let len = 0;
    let shift = 0;
    let j = i + 1;
    for (; j < bytes.length && j < i + 4; j++) {
      const b = bytes[j] ?? 0;
      len |= (b & 0x7f) << shift;
      shift += 7;
      if (!(b & 0x80)) break;
    }
    const start = j + 1;
    if (len < 12 || start + len > bytes.length) continue;
    const text = String.fromCharCode(...bytes.subarray(start, start + len));
    if (/^https?:\/\/[\x21-\x7e]+$/u.test(text)) return text;
  }
  return null;
}

function base64url(s: string): Uint8Array {
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (const c of s) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) break;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}
