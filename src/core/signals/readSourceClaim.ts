/**
 * What a credit line names as the source, once its label or lead is found: a link to another site, a URL written
 * out, a host name, or a publisher name. Own-site links and redirects through the copy's own site are unwrapped
 * or skipped, and names are cut at the dates and notes scrapers append.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import { stripTrailingPunctuation } from '../url/stripTrailingPunctuation.ts';
import { HOST_TEXT_RE, sourceLinePatterns, URL_TEXT_RE } from './sourceLinePatterns.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { metaFieldOf, sourceNameOf } from './sourceNameOf.ts';

/**
 * The source a line names; `rest` is the text after the label or lead. With `strictName` (leads and phrases, which
 * also start ordinary sentences) a lower-case name counts only after a descriptor ("báo Tuổi Trẻ").
 */
export function readSourceClaim(page: PageData, b: PageBlock, rest: string, strictName = false): Claim | null {
  const link = sourceLinkClaim(page, b);
  if (link) return link;
  const url = URL_TEXT_RE.exec(rest)?.[0];
  if (url) {
    const value = cleanUrl(/^www\./i.test(url) ? `https://${url}` : url);
    return value ? { value, type: 'url', via: 'source-line' } : null;
  }
  const name = cleanName(rest);
  if (!name) return null;
  if (HOST_TEXT_RE.test(name)) {
    return name.includes('/')
      ? { value: cleanUrl(`https://${name}`) ?? name, type: 'url', via: 'source-line' }
      : { value: name.toLowerCase(), type: 'host', via: 'source-line' };
  }
  if (strictName && /^\p{Ll}/u.test(name) && !sourceLinePatterns().descriptor.test(name)) return null;
  return { value: name, type: 'name', via: 'source-line' };
}

/** The first link of the block that leaves the site (a link to one's own tag page is not a source). */
export function sourceLinkClaim(page: PageData, b: PageBlock): Claim | null {
  for (const raw of b.linkHrefs) {
    const href = unwrapRedirect(raw, page.site) ?? raw;
    const site = siteOf(hostOf(href));
    if (site && site !== page.site && !sameOrganisation(site, page.site))
      return { value: cleanUrl(href) ?? href, type: 'url', via: 'source-line' };
  }
  return null;
}

/** The target of an own-site redirect ("/go/?url=https%3A%2F%2F…", "/out?u=…"), or null. */
function unwrapRedirect(href: string, site: string | null): string | null {
  try {
    const u = new URL(href);
    if (siteOf(u.hostname) !== site) return null;
    for (const v of u.searchParams.values()) if (/^https?:\/\//i.test(v)) return v;
  } catch {
    // Malformed: keep the link as it is.
  }
  return null;
}

function cleanUrl(raw: string): string | null {
  let u = stripTrailingPunctuation(raw.trim());
  // Keep a closing parenthesis that closes one inside the URL (Wikipedia-style paths).
  if (raw.trim().endsWith(')') && (u.match(/\(/g)?.length ?? 0) > (u.match(/\)/g)?.length ?? 0)) u += ')';
  try {
    const parsed = new URL(u);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function cleanName(rest: string): string | null {
  let t = metaFieldOf(rest.split('\n')[0] ?? '');
  // Cut trailing dates and notes: "Theo VnExpress - 12/3/2023", "Source: BBC (2019)", "Bron: TMZ | foto: …".
  t = t.split(/\s[|•·]\s|\s[-–—]\s(?=\d)|\s\(/u)[0] ?? '';
  // "Le Monde du 18/08/21", "La Repubblica, 1 marzo 2020": a date is never part of the name.
  t = nameWithoutDate(t).name;
  t = t.replace(/^["'“”‘’«»「『《〈]+|["'“”‘’«»」』》〉]+$/gu, '');
  t = stripTrailingPunctuation(t)
    .replace(/^["'“”‘’«»「『《〈]+/u, '')
    .trim();
  return t ? sourceNameOf(t) : null;
}
