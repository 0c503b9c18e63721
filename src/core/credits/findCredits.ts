/**
 * Who made an original article: authors, photographers and the agency, shown in readable case with diacritics kept.
 *
 * Authors come from the first source that yields a person's name: Readability's byline (it reads the visible byline,
 * JSON-LD and <meta> and lists co-authors the metadata leaves out), then JSON-LD, <meta>, a credit line in the text
 * ("MỸ LINH – TRỌNG TÍN"), byline markup. Every candidate goes through splitNames, which drops dates, desks,
 * organisations, the publisher's own name and agencies (those become `agency`).
 */
import type { Article } from '../text/extractArticle.ts';
import { agencyNamed } from '../data/agencies.ts';
import { creditLineAuthors } from './creditLines.ts';
import { findAgency } from './findAgency.ts';
import { captionTexts, photoCreditsIn } from './findPhotoCredits.ts';
import { jsonLdAuthors } from './jsonLdAuthors.ts';
import { markupBylines } from './markupBylines.ts';
import { metaAuthors } from './metaAuthors.ts';
import { splitNames, type SplitNames } from './splitNames.ts';

export interface FoundCredits {
  authors: string[];
  photographers: string[];
  agency: string | null;
}

const MAX_AUTHORS = 10;

export function findCredits(doc: Document, article: Article, url: string): FoundCredits {
  void url; // Part of the contract; the site's own name comes from its JSON-LD organisations instead (see below).
  const ld = jsonLdAuthors(doc);
  // A byline equal to an organisation the page declares (publisher, Organization node) is the publisher. The
  // og:site_name and the host are not used: on personal sites they are the author's own name ("Haki Benita").
  const context = { siteNames: [...ld.publishers, ...ld.organisations], lang: article.lang ?? undefined };
  const split = (raw: string): SplitNames => splitNames(raw, context);
  const agencies: string[] = [];
  const fromAll = (raws: readonly string[]): string[] => {
    const names: string[] = [];
    for (const raw of raws) {
      const r = split(raw);
      agencies.push(...r.agencies);
      for (const n of r.names) if (!names.includes(n)) names.push(n);
    }
    return names;
  };

  for (const org of ld.organisations) {
    const a = agencyNamed(org);
    if (a) agencies.push(a);
  }
  const byline = article.byline ? fromAll([article.byline]) : [];
  const sources: (() => string[])[] = [
    () => byline,
    () => fromAll(ld.people),
    () => fromAll(metaAuthors(doc)),
    () => creditLineAuthors(article.paragraphs, context),
    () => fromAll(markupBylines(doc)),
  ];
  let authors: string[] = [];
  for (const source of sources) {
    authors = source();
    if (authors.length) break;
  }

  const photo = photoCreditsIn([...captionTexts(doc), ...article.paragraphs.filter((p) => p.length <= 400)], context);
  const agency = agencies[0] ?? findAgency(article.paragraphs) ?? photo.agencies[0] ?? null;
  return { authors: authors.slice(0, MAX_AUTHORS), photographers: photo.photographers.slice(0, MAX_AUTHORS), agency };
}
