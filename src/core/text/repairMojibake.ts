/**
 * Text whose bytes were decoded with the wrong charset, read back as its writer meant it: UTF-8 read as Latin-1 or
 * Windows-1252 ("Tiáº¿p tá»¥c" → "Tiếp tục", "cafÃ©" → "café", "â€™" → "’"), and, where the runtime's TextDecoder
 * knows them, EUC-KR, GBK and Shift-JIS read as Latin-1 ("ÇÑ±¹¾î" → "한국어").
 *
 * Cautious by design: a French «café» must stay as written, so UTF-8 repair needs several broken sequences that
 * account for most of the text's non-ASCII letters; legacy repair needs a text made of high bytes that decodes,
 * (nearly without broken characters) into a language's commonest characters. Linear: one regex pass, one decode per sequence or per text.
 */
import { COMMON_HAN, COMMON_HANGUL, COMMON_JAPANESE_KANJI } from '../data/commonChars.ts';

export interface Repaired {
  text: string;
  /** What the text was read as and what it really was, when repaired: "utf-8", "euc-kr", "gbk", "shift_jis". */
  charset: string | null;
  /** Broken sequences (UTF-8) or characters (legacy) repaired. */
  repairs: number;
  /** The first broken stretch as the page showed it (≤ 60 characters), for quoting as evidence. */
  sample: string | null;
}

/** Windows-1252's characters for the bytes 0x80–0x9F (those it leaves undefined stay as C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>();
for (let i = 0; i < CP1252_HIGH.length; i++) BYTE_OF.set(CP1252_HIGH[i] as string, 0x80 + i);
const CONT = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
/** A UTF-8 lead byte seen as Latin-1 (Â–ô) followed by the continuation bytes it needs. */
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');
const SEQUENCE_ANY = new RegExp(SEQUENCE.source);
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, control characters included.
const NON_ASCII = /[^\x00-\x7f]/g;
const SAMPLE = 400;
/** Evidence needed: two two-byte sequences, or one longer one. */
const MIN_SEQUENCES = 2;
/** Share of the non-ASCII characters that must be inside broken sequences. */
const MIN_SHARE = 0.8;
const MAX_TEXT = 200_000;

const LEGACY: readonly { charset: string; score: (text: string) => number }[] = [
  { charset: 'euc-kr', score: (t) => share(t, (c) => COMMON_HANGUL.includes(c)) },
  { charset: 'gbk', score: (t) => share(t, (c) => COMMON_HAN.includes(c)) },
  {
    charset: 'shift_jis',
    score: (t) => share(t, (c) => (c >= '\u3041' && c <= '\u3096') || COMMON_JAPANESE_KANJI.includes(c)),
  },
];
/** Share of the decoded text's non-ASCII characters that must be among the language's commonest. */
const MIN_LEGACY_SCORE = 0.3;
const MIN_LEGACY_CHARS = 4;
/** Share of the decoded characters that may be broken (bytes lost on the way) for a legacy reading to stand. */
const MAX_BROKEN = 0.2;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): Repaired {
  const none: Repaired = { text, charset: null, repairs: 0, sample: null };
  if (text.length > MAX_TEXT || !/[\u0080-\u00ff]/.test(text)) return none;
  // Most text with accents has no broken sequence at all, and few Latin-1 letters in its first lines: both cheap to see.
  return (
    (SEQUENCE_ANY.test(text) ? repairUtf8(text) : null) ??
    (mostlyHigh(text.slice(0, SAMPLE)) ? repairLegacy(text) : null) ??
    none
  );
}

function repairUtf8(text: string): Repaired | null {
  let repairs = 0;
  let weight = 0;
  let covered = 0;
  let first = -1;
  const fixed = text.replace(SEQUENCE, (seq, at: number) => {
    const bytes = toBytes(seq);
    if (!bytes) return seq;
    let out: string;
    try {
      out = utf8.decode(bytes);
    } catch {
      return seq;
    }
    repairs++;
    // A three- or four-byte sequence that decodes is near-certain mojibake; a two-byte one may be «café» or "Ã©".
    weight += seq.length > 2 ? MIN_SEQUENCES : 1;
    covered += seq.length;
    if (first < 0) first = at;
    return out;
  });
  const nonAscii = text.match(NON_ASCII)?.length ?? 0;
  if (weight < MIN_SEQUENCES || covered < MIN_SHARE * nonAscii) return null;
  return { text: fixed, charset: 'utf-8', repairs, sample: text.slice(Math.max(0, first - 20), first + 40) };
}

/** Texts whose letters are all Latin-1 high bytes in pairs: a CJK legacy encoding read as Latin-1. */
function repairLegacy(text: string): Repaired | null {
  const high = text.match(/[\u0080-\u00ff\u0152-\u2122]/g)?.length ?? 0;
  if (high < MIN_LEGACY_CHARS * 2 || high < 0.3 * text.replace(/\s/g, '').length) return null;
  // Loose: a stored copy may have lost a byte or composed two into a character no Latin-1 reading gives ("̱").
  const bytes = toBytes(text, true);
  if (!bytes) return null;
  let best: { charset: string; text: string; score: number } | null = null;
  for (const { charset, score } of LEGACY) {
    const decoded = decodeLoose(bytes, charset);
    if (
      decoded === null ||
      (decoded.match(/\ufffd|\?/g)?.length ?? 0) >
        MAX_BROKEN * (decoded.match(NON_ASCII)?.length ?? 0) + (text.match(/\?/g)?.length ?? 0)
    )
      continue;
    const s = score(decoded);
    if (s >= MIN_LEGACY_SCORE && (!best || s > best.score)) best = { charset, text: decoded, score: s };
  }
  if (!best) return null;
  const at = text.search(/[\u0080-\u00ff]/);
  return {
    text: best.text,
    charset: best.charset,
    repairs: best.text.match(NON_ASCII)?.length ?? 0,
    sample: text.slice(Math.max(0, at), at + 60),
  };
}

/** A stretch where high Latin-1 characters are common enough for a legacy CJK text read as Latin-1. */
function mostlyHigh(sample: string): boolean {
  let high = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) >= 0x80) high++;
  return high >= 0.25 * sample.length;
}

/** The bytes a Latin-1 / Windows-1252 reading turned into these characters, or null if one is neither. */
function toBytes(text: string, loose = false): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const b = code <= 0xff ? code : (BYTE_OF.get(text[i] as string) ?? (loose ? 0x3f : undefined));
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}

/**
 * Decoded text, or null for an unknown label. Not strict: a capture that dropped a byte the browser showed as
 * nothing (0xAD, a soft hyphen in Latin-1) leaves one broken character, not a page of mojibake; the caller bounds
 * how many replacement characters it accepts.
 */
function decodeLoose(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // Unknown label in this runtime.
    return null;
  }
}

function share(text: string, common: (c: string) => boolean): number {
  let all = 0;
  let hits = 0;
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) continue;
    all++;
    if (common(c)) hits++;
  }
  return all >= MIN_LEGACY_CHARS ? hits / all : 0;
}
