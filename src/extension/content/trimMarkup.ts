/**
 * Trims a subtree's serialised markup (one native `outerHTML`) of what the engine never reads, in one regular
 * expression over the string: long inline scripts and data blocks, style tails, templates, the insides of SVG and
 * MathML. Opening the subtree element by element instead, to leave those out before serialising, wrote a page of
 * syntax-highlighted code (a copy icon in every code block: 1,500 spans) one call at a time: a 70 ms task in one
 * traced load on the loaded machine (wall time); the string pass is one native scan.
 *
 * Why a regular expression is enough here: the input is the browser's own serialisation, not page source. Outside
 * raw-text elements `<` is always escaped in text, attribute values are double-quoted with `"` escaped, so `<name`
 * starts a tag. Matched left to right, a script's or style's text is consumed whole before anything inside it can be
 * mistaken for a tag, and comments are skipped whole. What a malformed edge case could do is drop or keep a little
 * too much of a snapshot the background distrusts and re-parses anyway.
 */

const JSON_LD_CHARS = 50_000;
/** An inline script this short can be a `document.write(atob(…))` footer; longer ones are the site's code. */
export const INLINE_SCRIPT_CHARS = 3000;
export const STYLE_CHARS = 20_000;

export const JS_TYPE = /^(?:$|text\/(?:java|ecma)script|application\/(?:x-)?(?:java|ecma)script|module$)/i;
export const JSON_LD = /^application\/ld\+json$/i;
/** A comment, or one of the trimmed elements: its name, its attributes (quoted values may hold `>`), its content. */
const TRIMMED = /<!--[\s\S]*?-->|<(script|style|template|svg|math)(?=[\s/>])((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/\1\s*>/gi;
export const TYPE_ATTR = /\stype="([^"]*)"/i;
export const SRC_ATTR = /\ssrc=/i;

/** What is kept of an inline script: its text, or null to leave the element out. */
export function keptScriptText(type: string, hasSrc: boolean, text: string): string | null {
  if (hasSrc) return '';
  const t = type.trim();
  if (JSON_LD.test(t)) return text.slice(0, JSON_LD_CHARS);
  if (JS_TYPE.test(t) && text.length <= INLINE_SCRIPT_CHARS) return text;
  return null;
}

function trimOne(match: string, name: string | undefined, attrs: string, content: string): string {
  if (name === undefined) return match;
  switch (name.toLowerCase()) {
    case 'svg':
    case 'math':
      // An empty element marks the picture or formula (captions sit next to media).
      return `<${name}></${name}>`;
    case 'template':
      return '';
    case 'style':
      return content.length > STYLE_CHARS ? `<style${attrs}>${content.slice(0, STYLE_CHARS)}</style>` : match;
    default: {
      const text = keptScriptText(TYPE_ATTR.exec(attrs)?.[1] ?? '', SRC_ATTR.test(attrs), content);
      if (text === null) return '';
      return text === content ? match : `<script${attrs}>${text}</script>`;
    }
  }
}

/** `html`: a subtree's `outerHTML`. Cheap when there is nothing to trim (one scan, no copy). */
export function trimMarkup(html: string): string {
  return html.replace(TRIMMED, trimOne);
}
