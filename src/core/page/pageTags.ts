/**
 * Which elements the page walk treats as text blocks, skips, counts as media or notes as inline wrappers. HTML's
 * own tag families, shared by the walk and by the pass that marks caption lines next to media.
 */

/** Elements whose own text makes one block (nested blocks excluded). */
export const BLOCK_TAGS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'address',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'tbody',
  'thead',
  'tfoot',
  'form',
  'center',
  'summary',
  'details',
  'legend',
  'fieldset',
  'body',
]);

/** Elements whose content is not reading text (scripts, embeds, form fields…): not walked. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'head',
  'select',
  'textarea',
  'canvas',
  'video',
  'audio',
]);

/** A picture, chart or table: the lines right next to one are captions or data credits. */
export const MEDIA_TAGS = new Set(['img', 'picture', 'figure', 'svg', 'canvas', 'video', 'table', 'iframe']);

/** Inline elements a credit line is typically set in ("strong > em"), recorded for "where" descriptions. */
export const INLINE_WRAPPERS = new Set(['strong', 'b', 'em', 'i', 'small', 'span', 'font', 'u', 'cite', 'sup', 'sub']);
