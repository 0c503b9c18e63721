/**
 * The outlet a dateline at the start of a line credits: "BERLIN (dpa) –", "(AP) —", "МОСКВА, 5 декабря. /ТАСС/.",
 * "【ワシントン共同】", "新华社北京12月5日电", "KOMPAS.com, JAKARTA –", "By IANS, Hyderabad: …", or one glued to the text
 * before it by a plain-text capture. Only a name the tables know, a domain-shaped outlet or a name in a placed
 * dateline's parentheses counts; a picture agency credits a photo, never the story.
 */
import { PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { domainBrand, hostShaped, nameShaped, placeShaped, writtenInCapitals } from './datelineNameShapes.ts';
import {
  AGENCY_DATED,
  BRACKET,
  BYLINE_LEAD,
  CJK_LEAD,
  DASH_NAME,
  DATE_PREFIX,
  DOMAIN,
  DOT_NAME,
  EQUALS_LEAD,
  GLUE,
  GLUE_HEAD,
  HEAD,
  HOST_LEAD,
  LEAD,
  MAX_GLUES,
  MAX_QUOTE,
  PAREN,
  PLACE_DASH_NAME,
  roundBrackets,
  SLASH,
} from './datelineShapes.ts';
import { PRESS_CREDIT_TITLES } from '../data/wireDatelines.ts';
import { cjkAgencyIn, namedOutlet, type Outlet } from './namedOutlet.ts';
import { readAgencyByline } from './readAgencyByline.ts';

/** The outlet a dateline credits, and the words that credit it. */
export interface DatelineCredit {
  outlet: Outlet | { name: string; kind: 'host'; written: string };
  quote: string;
}

/**
 * The credit a dateline at the start of `text` names, if the tables know it; else a dateline with a place glued to
 * the text before it (a title or a caption run into the story by a plain-text capture).
 */
export function readDateline(text: string): DatelineCredit | null {
  const atStart = readDatelineAt(text);
  if (atStart) return atStart;
  const head = text.slice(0, GLUE_HEAD);
  let n = 0;
  for (const m of head.matchAll(GLUE)) {
    if (++n > MAX_GLUES) break;
    const start = (m.index ?? 0) + m[0].length;
    if (start < 2 || start >= head.length - 10) continue;
    const f = readPlacedDateline(text.slice(start));
    if (f) return f;
  }
  return null;
}

/**
 * Only the dateline shapes that carry a place and a separator, for a start found inside a line: "Roma, 13 dic.
 * (askanews) –", "МОСКВА, 5 декабря. /ТАСС/.", "КИЇВ. 9 жовтня. УНН.", "KOMPAS.com, JAKARTA –". A bare "(AFP)"
 * inside a sentence cites, it does not open a story.
 */
function readPlacedDateline(text: string): DatelineCredit | null {
  const head = text.slice(0, HEAD);
  const quote = head.slice(0, MAX_QUOTE);
  const domain = readDomain(head, quote);
  if (domain) return domain;
  const paren = roundBrackets(head).match(PAREN);
  const place = paren?.[1]?.trim() ?? '';
  if (paren && place && /^\p{Lu}/u.test(place) && placeShaped(place) && /^\s*[-–—―=]/u.test(paren[3] ?? '')) {
    const f = creditIn(paren[2], quote);
    if (f) return f;
    const name = unknownCredit(paren);
    if (name) return { outlet: { name, kind: 'publisher', written: name }, quote };
  }
  return readSlash(head, quote) ?? readDotName(head, quote);
}

/** A known outlet, a CJK agency, or an agency inside a compound credit ("NNN-BERNAMA": a network and the agency). */
function creditIn(name: string | undefined, quote: string): DatelineCredit | null {
  if (!name) return null;
  const whole = outletCredit(name, quote) ?? cjk(name, quote);
  if (whole) return whole;
  const parts = name.split(/\s*[-–+]\s*/u).filter((p) => p.length >= 2);
  if (parts.length < 2 || parts.length > 3) return null;
  for (const part of parts.reverse()) {
    const outlet = namedOutlet(part);
    if (outlet?.kind === 'agency' && !PICTURE_SOURCE_NAME.test(part)) return { outlet, quote };
  }
  return null;
}

function outletCredit(name: string, quote: string): DatelineCredit | null {
  const outlet = namedOutlet(name);
  // A picture agency credits a photo, never the story ("(Mike Watson Images/Moodboard/Getty)").
  return outlet && !PICTURE_SOURCE_NAME.test(name) && !PICTURE_SOURCE_NAME.test(outlet.name) ? { outlet, quote } : null;
}

/**
 * "Roma, 13 dic. (askanews) –": a place, a name in parentheses and a dash is a wire dateline even when the tables
 * do not know the name; without the place ("(AGO) –") it may be the site's own abbreviation. "(Uypress / Daniel
 * Feldman)": the outlet, then the reporter.
 */
function unknownCredit(paren: RegExpMatchArray): string | null {
  const name = (paren[2] ?? '').split(/\s*[/／]\s*/u)[0]?.trim() ?? '';
  return /\p{L}/u.test(paren[1] ?? '') &&
    /^\s*[-–—―।]/u.test(paren[3] ?? '') &&
    nameShaped(name) &&
    !PICTURE_SOURCE_NAME.test(name)
    ? name
    : null;
}

function readDomain(head: string, quote: string): DatelineCredit | null {
  const domain = head.match(DOMAIN)?.[1];
  if (!domain) return null;
  const site = siteOf(hostOf(`https://${domain.toLowerCase()}`));
  return site ? { outlet: namedOutlet(domain) ?? { name: site, kind: 'host', written: domain }, quote } : null;
}

function readSlash(head: string, quote: string): DatelineCredit | null {
  const slash = head.match(SLASH);
  return slash && placeShaped(slash[1] ?? '') ? creditIn(slash[2], quote) : null;
}

function readDotName(head: string, quote: string): DatelineCredit | null {
  const dot = head.match(DOT_NAME);
  if (!dot || !placeShaped(dot[1] ?? '')) return null;
  const f = creditIn(dot[2], quote);
  return f?.outlet.kind === 'agency' ? f : null;
}

/** "By IANS, Hyderabad: …": a byline naming an agency opens the story. */
function readBylineLead(head: string, quote: string): DatelineCredit | null {
  const lead = head.match(BYLINE_LEAD)?.[1];
  const byline = lead ? readAgencyByline(lead) : null;
  const outlet = byline ? namedOutlet(byline.written) : null;
  return outlet?.kind === 'agency' ? { outlet, quote } : null;
}

function readDatelineAt(text: string, dated = false): DatelineCredit | null {
  const head = text.slice(0, HEAD);
  const quote = head.slice(0, MAX_QUOTE);
  const tryName = (name: string | undefined): DatelineCredit | null => (name ? outletCredit(name, quote) : null);
  const domain = readDomain(head, quote);
  if (domain) return domain;
  const paren = roundBrackets(head).match(PAREN);
  if (paren && placeShaped(paren[1] ?? '') && !captionCredit(paren, text)) {
    const f = creditIn(paren[2], quote);
    if (f) return f;
    const name = unknownCredit(paren);
    if (name) return { outlet: { name, kind: 'publisher', written: name }, quote };
  }
  const slash = readSlash(head, quote);
  if (slash) return slash;
  const dot = readDotName(head, quote);
  if (dot) return dot;
  const byline = readBylineLead(head, quote);
  if (byline) return byline;
  const slug = readAgencySlug(head, quote);
  if (slug) return slug;
  const equals = readEqualsLead(head, quote);
  if (equals) return equals;
  // "3 May 2021; AGENCY: …": a date before the credit, read once.
  const date = dated ? null : DATE_PREFIX.exec(head);
  if (date) {
    const f = readDatelineAt(text.slice(date[0].length), true);
    if (f) return { ...f, quote };
  }
  const bracket = head.match(BRACKET);
  if (bracket) {
    const f = tryName(bracket[1]) ?? cjk(bracket[1], quote);
    if (f) return f;
  }
  const cjkLead = head.match(CJK_LEAD);
  if (cjkLead) {
    const f = cjk(cjkLead[1], quote);
    if (f) return f;
  }
  const dashName = head.match(DASH_NAME);
  if (dashName && placeShaped(dashName[1] ?? '')) {
    const f = tryName(dashName[2]);
    if (f && f.outlet.kind === 'agency') return f;
  }
  const placeDash = head.match(PLACE_DASH_NAME);
  if (placeDash && placeShaped(placeDash[1] ?? '')) {
    const f = tryName(placeDash[2]?.trim());
    if (f && f.outlet.kind === 'agency') return f;
  }
  // "www.example-news.ru — …": a host with hyphens, which the lead's name cannot hold.
  const hostLead = HOST_LEAD.exec(head)?.[1];
  const leadSite = hostLead ? hostShaped(hostLead) : null;
  if (hostLead && leadSite)
    return { outlet: namedOutlet(hostLead) ?? { name: leadSite, kind: 'host', written: hostLead }, quote };
  const lead = head.match(LEAD);
  if (lead) {
    const f = tryName(lead[1]);
    // A bare name opening the story is an agency credit ("AP —"); a publisher's name there may be the subject.
    if (f && f.outlet.kind === 'agency') return f;
    // …or in capitals, as a dateline names the paper it comes from ("EL DIARIO – …"): a subject is not capitalised.
    if (f && writtenInCapitals(lead[1] ?? '')) return f;
    // …unless it is written as its own domain: "GELORA.CO –", "giadinhNet –".
    const token = lead[1]?.trim() ?? '';
    const asHost = hostShaped(token);
    if (asHost) return { outlet: namedOutlet(token) ?? { name: asHost, kind: 'host', written: token }, quote };
    if (domainBrand(token))
      return { outlet: namedOutlet(token) ?? { name: token, kind: 'publisher', written: token }, quote };
  }
  return null;
}

/** "AGI, martedì 3 novembre 2020 …": an agency's slug (its name and the date) opening the item. Agencies only. */
function readAgencySlug(head: string, quote: string): DatelineCredit | null {
  const name = AGENCY_DATED.exec(head)?.[1]?.trim();
  const outlet = name ? namedOutlet(name) : null;
  return outlet?.kind === 'agency' && outlet.written === name && !PICTURE_SOURCE_NAME.test(name)
    ? { outlet, quote }
    : null;
}

/**
 * "중부뉴스통신 = …": an outlet the tables know, "=", the story; a reporter's title before "=" ("홍길동 기자 =") is a
 * byline, read by the press-credit reader.
 */
function readEqualsLead(head: string, quote: string): DatelineCredit | null {
  const name = EQUALS_LEAD.exec(head)?.[1]?.trim();
  if (!name || PRESS_CREDIT_TITLES.some((t) => name.endsWith(t))) return null;
  const outlet = namedOutlet(name);
  return outlet && outlet.written === name && !PICTURE_SOURCE_NAME.test(name) ? { outlet, quote } : null;
}

function cjk(text: string | undefined, quote: string): DatelineCredit | null {
  const hit = text ? cjkAgencyIn(text) : null;
  return hit ? { outlet: { name: hit.name, kind: 'agency', written: hit.written }, quote } : null;
}

/**
 * "Türkiye'nin Cumhurbaşkanı Ahmet Yılmaz (AFP)", "Ministra Ana Sousa durante a cerimônia (Reuters)": a credit
 * that closes the line with no story after it is a caption's picture credit, unless what precedes it is a
 * dateline's place ("SEOUL (Yonhap)" on a line of its own): a date, capitals only, or a place of a word or two.
 */
function captionCredit(paren: RegExpMatchArray, text: string): boolean {
  if (text.slice(paren[0].length, paren[0].length + 2000).trim()) return false;
  const place = (paren[1] ?? '').trim();
  if (!place || /\d/.test(place)) return false;
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase()) return false;
  return place.split(/[\s,]+/).filter(Boolean).length > 2;
}

/** "[Reuters] Title", "【新华社】…": an outlet in brackets before the title. */
export function readBracketedTitle(title: string): DatelineCredit | null {
  const m = title.slice(0, HEAD).match(BRACKET);
  if (!m) return null;
  const outlet = namedOutlet(m[1] ?? '');
  if (outlet) return { outlet, quote: title.slice(0, MAX_QUOTE) };
  return cjk(m[1], title.slice(0, MAX_QUOTE));
}
