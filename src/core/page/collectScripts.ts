/**
 * Inline script bodies (capped): spam footers written by "document.write(atob('…'))" live there, out of the
 * walk's sight, which skips scripts.
 */
const MAX_SCRIPTS = 40;
const MAX_SCRIPT_TEXT = 20_000;

export function collectScripts(doc: Document): string[] {
  const out: string[] = [];
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type && !/javascript|ecmascript|module/.test(type)) continue;
    const text = (s.textContent ?? '').slice(0, MAX_SCRIPT_TEXT);
    if (text.trim()) out.push(text);
    if (out.length >= MAX_SCRIPTS) break;
  }
  return out;
}
