/**
 * The context rules that tell a republication credit from a data or picture credit: a caption-classed block, a
 * label with a media or data word ("Nguồn ảnh:", "Data source:"), a statistics office or picture agency, a line
 * right under a picture or chart, or one in the middle of the article is not a source line.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { DATA_PROVIDER_NAME, MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import { homepageLike } from './homepageLike.ts';
import { namedOutlet } from './namedOutlet.ts';
import type { Place } from './sourceLinePlace.ts';
import { NO_SPACE_SCRIPT } from './sourceLinePatterns.ts';

const MAX_NAME = 80;

/** Where and how a claim was found, for acceptSourceClaim. */
export interface ClaimContext {
  /** The text after the label or lead. */
  rest: string;
  place: Place;
  /** The block's class marks a caption, chart or photo credit. */
  caption: boolean;
  /** The label was "Credit" or "Via", which themes also put under pictures. */
  credit: boolean;
  /** The lead sends the reader to the article elsewhere ("Read more at"): see navigational. */
  navigates?: boolean;
}

export function acceptSourceClaim(
  page: PageData,
  b: PageBlock,
  claim: Claim,
  { rest, place, caption, credit, navigates = false }: ClaimContext,
): boolean {
  if (caption) return false;
  // "Source photo: …", "Nguồn ảnh: …"; a picture credit after a separator ("Bron: NOS | foto: ANP") is another credit.
  const head = rest.split(/\s[|•·]\s/u)[0] ?? rest;
  if (MEDIA_OR_DATA_LABEL.test(head.slice(0, 20)) && !/^(?:https?:|www\.)/i.test(rest)) return false;
  const dataName = DATA_PROVIDER_NAME.test(claim.type === 'name' ? claim.value : rest);
  // Scrapers put the credit at the top or the end; a "Source:" mid-article cites a fact or a picture.
  if (place === 'middle') return false;
  if (claim.type === 'url' || claim.type === 'host') {
    if (credit && b.nearMedia) return false;
    // A chart's source may be a URL too: next to media, only an article-like URL from a non-data name counts.
    if (b.nearMedia && (dataName || homepageLike(claim.value))) return false;
    return !sameSite(page, claim.value);
  }
  return (
    acceptableName(claim, rest) &&
    !dataName &&
    (navigates || !pictureCredit(page, b, claim)) &&
    !PICTURE_SOURCE_NAME.test(claim.value)
  );
}

/** A name claim that reads as a name: short, with letters, one sentence, no clause going on after a comma. */
export function acceptableName(claim: Claim, rest: string): boolean {
  if (claim.type !== 'name') return true;
  const name = claim.value;
  if (name.length > MAX_NAME || !/\p{L}/u.test(name)) return false;
  if (name.split(/\s+/).length > 8) return false;
  // A sentence, not a name: "Theo báo cáo, toàn huyện có…" / "Source: interviews. Photo: X".
  if (/[,;，；]\s*\p{L}+\s+\p{L}+\s+\p{L}+/u.test(rest) && rest.length > 60) return false;
  if (/[.!?。！？]\s+\p{Lu}/u.test(name)) return false;
  // "Theo AFP, ông A cho biết…": a clause goes on after the comma (a list of publishers stays capitalised).
  if (/[,，]\s*\p{Ll}/u.test(name)) return false;
  return true;
}

/**
 * A "read more at / xem thêm tại / continua a leggere su" lead of three words or more (or four CJK characters)
 * sends the reader to the article elsewhere: never a picture credit, even right under a photo. Short leads
 * ("Theo", "Courtesy of") may credit the picture above them.
 */
export function navigational(lead: string): boolean {
  return NO_SPACE_SCRIPT.test(lead) ? lead.length >= 4 : lead.trim().split(/\s+/).length >= 3;
}

/**
 * A bare name right under a picture or chart credits it (captions go below); above one it credits the article.
 * Even closing the article, a name under its last chart stays a chart credit ("Source: Acme Analytics"), unless the
 * picture has its own caption and the name is a news publisher the directory knows.
 */
function pictureCredit(page: PageData, b: PageBlock, claim: Claim): boolean {
  if (!b.nearMedia || !b.mediaBefore) return false;
  // The figure above already has its caption: a news publisher named under it credits the article, not the picture.
  const before = page.blocks[b.index - 1];
  return !(before?.tag === 'figcaption' && namedOutlet(claim.value) !== null);
}

function sameSite(page: PageData, url: string): boolean {
  const site = siteOf(hostOf(/^https?:/i.test(url) ? url : `https://${url}`));
  return !!site && (site === page.site || sameOrganisation(site, page.site));
}
