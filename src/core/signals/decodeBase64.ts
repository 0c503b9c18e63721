/**
 * Safe, capped base64 decoding for payloads that spam footers hide in attributes ("data-href=aHR0cHM6…") and in
 * inline scripts ("document.write(atob('PGEg…'))"). Pure code (no atob/Buffer, which differ between hosts);
 * standard and URL-safe alphabets; returns null for anything that is not mostly readable text.
 */

const MAX_INPUT = 8_192;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
VALUE.set('-', 62);
VALUE.set('_', 63);

export function decodeBase64(input: string): string | null {
  const s = input.trim().replace(/=+$/, '');
  if (s.length < 8 || s.length > MAX_INPUT || s.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (const c of s) {
    const v = VALUE.get(c);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (acc >> bits) & 0xff;
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, n));
  // Binary (images, hashes, tokens) decodes to control characters and replacement marks: not a hidden message.
  let bad = 0;
  for (const ch of text) if (ch === '\ufffd' || (ch < ' ' && ch !== '\n' && ch !== '\r' && ch !== '\t')) bad++;
  return bad <= text.length * 0.05 ? text : null;
}
