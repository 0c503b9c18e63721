/**
 * What the content script sends by default: a small digest of the page, written as markup so that the background
 * builds a Document from it and runs the same engine on it (core stays as it is, and distrusts it like any page).
 * The background asks for the whole page only when the digest shows something (background/needsFullPage.ts).
 *
 * The digest keeps, with their tags and attributes (class, style, hidden…: how a block is hidden and where it sits):
 * - the head's metadata (title, meta, link, base), JSON-LD (also from the body), short inline scripts and the
 *   page's <style> text (scraper themes hide spam with a class rule);
 * - the candidate article (findArticle.ts) and the blocks just before it, inside the chain of their ancestors'
 *   start tags (regions, inherited hiding);
 * - the last blocks of the page (leadAndTail.ts: footers, source lines, spam), each inside its ancestors' start tags.
 * Written in one go with a few native calls (digestWriter.ts, trimMarkup.ts), bounded in elements and characters: no styles, no
 * layout, no walk of every node.
 */
import { MAX_DIGEST_CHARS } from '../limits.ts';
import { itemOf } from './countElements.ts';
import { type Budget, DigestWriter, startTag } from './digestWriter.ts';
import { findArticle, MAX_ARTICLE_ELEMENTS } from './findArticle.ts';
import { leadElements, MAX_LEAD_ELEMENTS, MAX_TAIL_ELEMENTS, tailElements } from './leadAndTail.ts';

const MAX_HEAD_ELEMENTS = 300;
/** JSON-LD scripts and style elements taken from the body. */
const MAX_BODY_EXTRAS = 10;
/** Body scripts looked at for JSON-LD (a page's code and widgets come in dozens, rarely in hundreds). */
const MAX_BODY_SCRIPTS = 300;
const JSON_LD_TYPE = /^\s*application\/ld\+json\s*$/i;
const HEAD_TAGS = /^(?:title|meta|link|base|script|style|noscript)$/;

/** `article`: the content script's guess (findArticle.ts), when it has made it already. */
export function digestPage(doc: Document, article = findArticle(doc).root): string {
  const w = new DigestWriter(MAX_DIGEST_CHARS);
  const root = doc.documentElement;
  w.write('<!DOCTYPE html>');
  w.write(root ? startTag(root) : '<html>');
  w.write('<head>');
  const headBudget: Budget = { elements: MAX_HEAD_ELEMENTS };
  const head = doc.head;
  if (head) {
    for (let el = head.firstElementChild; el && headBudget.elements > 0; el = el.nextElementSibling) {
      if (HEAD_TAGS.test(el.localName)) w.subtree(el, headBudget);
    }
  }
  const body = doc.body;
  if (body) {
    // Two tag collections read item by item (countElements.ts): a selector search of a 70,000-element body cost
    // ~2 ms, and an indexed read counts the whole collection first.
    const scripts = body.getElementsByTagName('script');
    let jsonLd = 0;
    for (let i = 0; jsonLd < MAX_BODY_EXTRAS && i < MAX_BODY_SCRIPTS; i++) {
      const el = itemOf(scripts, i);
      if (!el) break;
      if (JSON_LD_TYPE.test(el.getAttribute('type') ?? '')) {
        jsonLd++;
        w.subtree(el, headBudget);
      }
    }
    const styles = body.getElementsByTagName('style');
    for (let i = 0; i < MAX_BODY_EXTRAS; i++) {
      const el = itemOf(styles, i);
      if (!el) break;
      w.subtree(el, headBudget);
    }
  }
  w.write('</head>');
  if (body) {
    w.write(startTag(body));
    if (article) {
      w.placed(leadElements(body, article), body, { elements: MAX_LEAD_ELEMENTS });
      w.placed([article], body, { elements: MAX_ARTICLE_ELEMENTS });
    }
    w.placed(tailElements(body, article), body, { elements: MAX_TAIL_ELEMENTS });
    w.write('</body>');
  }
  w.write('</html>');
  return w.text();
}
