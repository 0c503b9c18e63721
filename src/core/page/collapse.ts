/**
 * White space as a reader sees it: runs of spaces (non-breaking and zero-width included) made one, line breaks
 * kept once. Block, link and noscript texts all go through it so detectors compare like with like.
 */
export function collapse(text: string): string {
  return text
    .replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
