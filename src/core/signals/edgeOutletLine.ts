/**
 * A line that is nothing but an outlet, standing at the article's edge: "Reuters", "apa.az", "www.paper.example" or
 * an article's address of another site alone in a block of its own, right above the first paragraph or below the
 * last, where aggregators and reposting blogs put whose text it is. No label word is needed, so it reads every
 * language the same way; what makes it evidence is what it names (an agency or publisher the directory knows, another
 * site's article or host) and where it stands. What a bare name alone cannot be told from is refused: a heading (the
 * page's own title or masthead), a line beside a picture or in a credits, caption or authors box (a picture credit,
 * the page's byline), a line sharing its block with a date or a headline (a byline, a teaser's tag), a copyright
 * notice, a name paired with a person or a date, a link (a tag or a related story) and, for an address, a page with
 * no article's worth of text (a forum post sharing a link). Mid-text, a name alone is a subheading or a cited fact.
 */
import type { ShapeCandidate } from './sourceShapeFeatures.ts';

/** A box whose class says what it holds: credits, authors, bylines, captions, tags, the post's meta line. */
const CREDIT_BOX = /credit|author|byline|caption|photo|copyright|(?:^|[\s_-])(?:tags?|meta)(?:$|[\s_-])/iu;

export function edgeOutletLine({ head, features: f, block }: ShapeCandidate): boolean {
  if (head.length > 0 || f.formAlone !== 1 || f.partOfBlock !== 0) return false;
  if (f.placeTop !== 1 && f.placeEnd !== 1) return false;
  if (f.heading || f.nearMedia || f.copyright || f.slashed || f.dated || f.linked) return false;
  if (CREDIT_BOX.test(block.className)) return false;
  if (f.valueAgency || f.valuePublisher) return true;
  return (f.valueArticle === 1 || f.valueSite === 1 || f.valueHostName === 1) && f.thinPage === 0;
}
