/**
 * Bytes to text with the page's declared encoding: a BOM, then the Content-Type charset, then (for markup) a
 * `<meta charset>` / `<?xml encoding?>` in the first kilobyte, then UTF-8. Unknown labels fall back to UTF-8, and
 * malformed sequences become U+FFFD rather than errors.
 */

const SNIFF_BYTES = 1024;

export function decodeBody(bytes: Uint8Array, headerCharset: string | null, type: string): string {
  const label = bomCharset(bytes) ?? headerCharset ?? (isMarkup(type) ? sniffCharset(bytes) : null) ?? 'utf-8';
  const decoder = makeDecoder(label);
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/** windows-1252 differs from Latin-1 only in 0x80–0x9F; some runtimes (Node 20) decode all of
 * them as C1 controls, turning a page's curly quotes into invisible characters. The five unassigned bytes stay C1, as in
 * the Encoding standard. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function isMarkup(type: string): boolean {
  return type === '' || type.includes('html') || type.includes('xml');
}

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The encoding a document declares in its first kilobyte, read as ASCII (every label is ASCII). */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, SNIFF_BYTES));
  // Bounded gaps keep these linear on hostile input.
  const meta = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  const xml = /^\s{0,20}<\?xml\b[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(head);
  const label = (meta?.[1] ?? xml?.[1])?.toLowerCase() ?? null;
  // Bytes we could read as ASCII cannot be UTF-16: the HTML standard says to use UTF-8 then.
  return label && /^utf-?16/.test(label) ? 'utf-8' : label;
}

function makeDecoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}
