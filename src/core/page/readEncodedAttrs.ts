/**
 * Attribute values that look like base64 ("data-href=aHR0cHM6Ly8…", "onclick=location.href=atob('…')"): spam
 * footers and cloaked source links hide their URLs this way, so the walk keeps them for detectors to decode.
 */
import type { Frame } from './frameFor.ts';
import type { EncodedAttr } from './pageData.ts';

export const MAX_ENCODED = 300;
const MAX_ENCODED_LENGTH = 4_096;
const SKIP_ENCODED_ATTRS = new Set([
  'src',
  'srcset',
  'style',
  'class',
  'id',
  'alt',
  'title',
  'width',
  'height',
  'd',
  'points',
  'viewbox',
  'transform',
  'name',
  'type',
  'lang',
  'dir',
  'role',
]);
const BASE64_RE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export function readEncodedAttrs(el: Element, tag: string, frame: Frame, out: EncodedAttr[]): void {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length && i < 30; i++) {
    const a = attrs[i];
    if (!a) continue;
    const name = a.name.toLowerCase();
    if (SKIP_ENCODED_ATTRS.has(name)) continue;
    let value = a.value.trim();
    if (name.startsWith('on')) {
      // onclick="location.href=atob('aHR0cHM6…')": keep the literal.
      const lit = /atob\s*\(\s*['"]([A-Za-z0-9+/=_-]{16,4096})['"]/.exec(value);
      if (!lit) continue;
      value = lit[1] as string;
    }
    if (value.length < 16 || value.length > MAX_ENCODED_LENGTH || !BASE64_RE.test(value)) continue;
    out.push({ tag, name, value, hidden: frame.hidden !== null, region: frame.region });
    if (out.length >= MAX_ENCODED) return;
  }
}
