/**
 * A credit line that names an agency or another outlet where a byline goes, without a byline word: the shapes wire
 * copy keeps on partner sites in every language.
 *   - signed: reporters' names, then the outlet after a comma, a bar or a spaced dash ("Jane Roe, dpa",
 *     "Иван Петров | ТАСС", "Jan Novák a Eva Malá – ČTK");
 *   - dated: the outlet and when it was posted, nothing else ("13. 4. 2019 o 17:53 TASR", "- NTB 07:43",
 *     "Reuters · 5 min ago", "AFP, 3 mai 2016 à 08:12"), as live feeds sign their entries;
 *   - alone: an agency alone on its line, bare or enclosed ("NTB", "(APA)", "/ritzau/"): the caller decides whether
 *     it signs an entry (it must follow the entry's text), since a bare name elsewhere is a logo or a menu;
 *   - labelled: an author label, then any of those ("Autor: ČTK", "Text: Jana Nová, dpa", "Автор: ТАСС"): the
 *     label says the line is the byline, so an outlet alone after it needs no neighbour (credits' AUTHOR_LABELS);
 *   - paired: an outlet and an agency, or an agency and its editor, joined by a slash ("KURIER/APA", "Lusa/ JM"):
 *     readCreditPair.ts; the caller decides, as for an agency alone, whether it signs an entry;
 *   - authored: a publisher and its writer joined by a slash ("Broadcaster/ Jane Roe"), read only when the caller says
 *     the line stands where a byline does (`atEdge`: alone in its block at the article's top or end, no picture by
 *     it), since elsewhere the same pair credits a picture;
 *   - opening: an enclosed agency opening a line, the site's own note glued after it ("(AA)Bu haber …"): the
 *     agency signed the entry above and the page went on; a dateline's dash after it is the dateline readers' shape;
 *   - service: a heading that is an agency's service, bulletin or feed ("<Agency> Bulletin - 7", "<AGENCY> World News"),
 *     read by the caller only at the top of the page, where a category or a carried bulletin is named.
 * Picture credits keep their own shapes and are not read here: a picture label ("Foto: ANP", "Photo by AFP"), a
 * slash between agency and photographer ("AFP / J. Saget", "Dario B./Ritzau Scanpix"), a name and an agency inside
 * parentheses after a caption ("(Neus Bertola, ACN)"). Only a name the directory knows counts, written whole.
 */
import { agencyNamed } from '../data/agencies.ts';
import { SERVICE_WORDS } from '../data/agencyServices.ts';
import { CLOCK_SUFFIXES, TIME_UNITS } from '../data/bylineTimes.ts';
import { MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { AUTHOR_LABELS } from '../data/creditLabels.ts';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { CREDIT_ENCLOSURES, DASHES } from '../data/wireDatelines.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { namedOutlet, type Outlet } from './namedOutlet.ts';
import { readCreditPair } from './readCreditPair.ts';
import { timeAgoMatcher } from './timeAgoPattern.ts';

const MAX_LINE = 120;
const MAX_NAMES = 6;
const MAX_NAME_WORDS = 5;
/** Connecting words left between a date, a time and the name ("o", "à", "um", "kl."): short, lower case, few. */
const MAX_CONNECTORS = 3;
const MAX_DATED = 70;
const MAX_HEADING = 200;
const MAX_AGENCY_WORDS = 4;
/** Words between the agency and its service word ("<Agency> Regional Bulletin": one). */
const MAX_SERVICE_GAP = 2;
const LEADING_DATE = /^(?:\p{L}{1,8}:?\s)?\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?\s+/u;
const SERVICE_RE = new RegExp(
  `^((?:[\\p{L}\\p{M}\\p{N}.&'’-]+ ){1,${MAX_AGENCY_WORDS + MAX_SERVICE_GAP}}?)${phraseAlternation(SERVICE_WORDS, { bounded: true })}(?:$|\\s*[-–—:|·•]|\\s*\\p{N})`,
  'iu',
);

export interface CreditByline {
  /** The outlet as the page writes it. */
  written: string;
  how: 'signed' | 'dated' | 'alone' | 'paired' | 'authored' | 'opening' | 'service' | 'labelled';
  kind: Outlet['kind'];
}

/** An author label and its colon opening a byline: "Autor:", "Text:", "Автор:", "Yazar:". */
const AUTHOR_LABEL = new RegExp(`^${phraseAlternation(AUTHOR_LABELS, { bounded: true })}\\s*[:：]\\s*`, 'iu');
/** A list bullet or a dash opening a feed entry's credit ("- NTB", "• Reuters"). */
const BULLET = /^[-–—•·*▪►]\s*/u;
const ENCLOSED = /^([(/[（［])\s*([^()/[\]（）［］]{2,40}?)\s*([)/\]）］])\.?$/u;
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '/': '/', '[': ']', '（': '）', '［': '］' };
/** "17:53", "10.30 Uhr", "8:12 PM", "17h30"; not glued to a digit before, so glued to a name is allowed ("NTB07:43"). */
const CLOCK_TIME = `(?<!\\p{N})\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:\\s*${phraseAlternation(CLOCK_SUFFIXES, { bounded: true })})?(?![\\p{N}])`;
/** A clock time, or a time ago ("vor 5 Min.", "il y a 3 heures", "15 min", "2 t siden", "5 min ago") in a text. */
const timesIn = timeAgoMatcher(TIME_UNITS, CLOCK_TIME) as (text: string) => RegExp;
const SEPARATORS = /[\s,;|·•/–—-]+/gu;
const CONNECTOR = /^\p{Ll}{1,4}\.?$/u;
/** Where the names end and the outlet starts: a comma, a bar or a spaced dash (a slash is a picture credit's). */
const SIGNED = /^(.+?)\s*(?:,|\s[|｜]|\s[-–—])\s*([^,|｜]+)$/u;
const JOIN = new RegExp(
  `\\s*(?:[,;&]|(?<![\\p{L}\\p{N}])${phraseAlternation(phrasesOf('conjunctions').filter((c) => /\p{L}/u.test(c)))}(?![\\p{L}\\p{N}]))\\s*`,
  'iu',
);
/**
 * A person's name: capitalised words, initials, short lower-case particles ("van", "de", "al"), or words of a
 * script without case. No digits, no sentence punctuation.
 */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lo}[\p{L}\p{M}'’.-]*|\p{Ll}{1,3}['’]?)$/u;

export function readCreditByline(line: string, atEdge = false): CreditByline | null {
  // Spaces may shrink a padded line, but not by much: a long one is text, not a credit.
  if (line.length > 2 * MAX_LINE) return null;
  const t = line.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (t.length < 2 || t.length > MAX_LINE) return null;
  const body = t.replace(BULLET, '');
  const label = AUTHOR_LABEL.exec(body);
  if (label) {
    const rest = body.slice(label[0].length);
    const credit = alone(rest, true) ?? dated(rest) ?? signed(rest) ?? paired(rest, atEdge);
    return credit ? { ...credit, how: 'labelled' } : null;
  }
  return alone(body) ?? dated(body) ?? signed(body) ?? paired(body, atEdge) ?? opening(body);
}

/**
 * "KURIER/APA", "Lusa/ JM": a credit pair; the agency is the claim. On a line of its own, an agency and a person's
 * name is how pictures are credited ("APA/Hans Muster"): read only where a byline stands (`atEdge`).
 */
function paired(text: string, atEdge: boolean): CreditByline | null {
  const pair = readCreditPair(text);
  const authored = pair?.order === 'outlet-author' || pair?.order === 'author-outlet';
  if (!pair || (pair.personal && !(atEdge && authored))) return null;
  const kind = namedOutlet(pair.written)?.kind ?? 'agency';
  return { written: pair.written, how: pair.personal ? 'authored' : 'paired', kind };
}

const esc = (c: string) => c.replace(/[-\]\\^]/g, '\\$&');
/** An enclosed name opening the line, then more text. Groups: opening mark, name, closing mark, what follows. */
const OPENING = new RegExp(
  `^([${CREDIT_ENCLOSURES.map(([o]) => esc(o)).join('')}])\\s*([^()/[\\]（）［］]{2,30}?)\\s*([${CREDIT_ENCLOSURES.map(([, c]) => esc(c)).join('')}])\\s*(\\S.{0,200})$`,
  'u',
);
const DATELINE_AFTER = new RegExp(`^[${esc(DASHES)}:：=.,]`, 'u');
const ENCLOSURE: ReadonlyMap<string, string> = new Map(CREDIT_ENCLOSURES);

/** "(AA)Bu haber editörümüz tarafından yayına alındı": an agency opening the line, the site's own note after it. */
function opening(text: string): CreditByline | null {
  const m = OPENING.exec(text);
  const rest = m?.[4] ?? '';
  if (!m?.[2] || ENCLOSURE.get(m[1] ?? '') !== m[3] || DATELINE_AFTER.test(rest)) return null;
  // "(AFP) Photo shows …": a caption's credit, not a story's.
  if (MEDIA_OR_DATA_LABEL.test(rest.slice(0, 40))) return null;
  const outlet = whole(m[2].trim());
  return outlet?.kind === 'agency' ? { written: m[2].trim(), how: 'opening', kind: 'agency' } : null;
}

/**
 * "<AGENCY> REGIONAL BULLETIN - 7 …", "<Agency> World News": an agency, at most two words, then a service word, ending the heading
 * or followed by a separator or a number. Read from the start of a title-length line.
 */
export function readAgencyService(line: string): CreditByline | null {
  // A heading may open with its date, labelled or not ("2019-03-05 DHA …", "date 2019-03 Dha …").
  const t = line.slice(0, MAX_HEADING).normalize('NFC').replace(/\s+/gu, ' ').trim().replace(LEADING_DATE, '');
  const m = SERVICE_RE.exec(t.replace(/İ/gu, 'I'));
  if (!m) return null;
  const words = (m[1] ?? '').split(' ');
  // The agency is the longest start of the words before the service word that the tables know whole.
  for (let n = Math.min(words.length, MAX_AGENCY_WORDS); n >= 1; n--) {
    const written = t.split(' ').slice(0, n).join(' ');
    if (words.length - n > MAX_SERVICE_GAP) break;
    // A heading capitalises each word: "Dha Yurt Bülteni" is DHA's (short names are otherwise read only as written).
    const short = written.length <= 4 && /^\p{Lu}\p{Ll}+$/u.test(written) ? written.toUpperCase() : null;
    const outlet = whole(written) ?? (short ? whole(short) : null);
    if (outlet?.kind === 'agency') return { written, how: 'service', kind: 'agency' };
  }
  return null;
}

/** "NTB", "(APA)", "/ritzau/", "[AFP]": an agency and nothing else (after an author label, any outlet). */
function alone(text: string, labelled = false): CreditByline | null {
  const enclosed = ENCLOSED.exec(text);
  if (enclosed && CLOSING[enclosed[1] ?? ''] !== enclosed[3]) return null;
  const name = (enclosed?.[2] ?? text).trim();
  const outlet = whole(name);
  if (!outlet || (outlet.kind !== 'agency' && !labelled)) return null;
  return { written: name, how: 'alone', kind: outlet.kind };
}

/** An outlet and a date or time only: "13. apr 2019 o 17:53 TASR", "NTB15 min", "AFP, 3 mai 2016 à 08:12". */
function dated(text: string): CreditByline | null {
  // A date, a time and a name are a few words; a sentence is not a signature ("…社は1945年の創立以来、…。").
  if (text.length > MAX_DATED || /[。！？、，]|[.!?]\s+\p{L}{5,}/u.test(text)) return null;
  const untimed = text.replace(timesIn(text), ' ');
  if (/[:：]\s*\p{L}/u.test(untimed)) return null; // "Foto: ANP 12:30" is a labelled credit
  const timed = untimed !== text;
  const { name, dated: hasDate } = nameWithoutDate(untimed.replace(/\s+/gu, ' ').trim());
  if (!timed && !hasDate) return null;
  const words = name.split(SEPARATORS).filter(Boolean);
  let connectors = 0;
  const kept: string[] = [];
  for (const w of words) {
    if (CONNECTOR.test(w) && !namedOutlet(w)) {
      connectors++;
      continue;
    }
    kept.push(w);
  }
  if (!kept.length || connectors > MAX_CONNECTORS) return null;
  // The outlet's words as the page writes them, separators between them kept ("Agence France-Presse").
  const first = name.indexOf(kept[0] ?? '');
  const last = kept[kept.length - 1] ?? '';
  const written = name.slice(first, name.lastIndexOf(last) + last.length).trim();
  const outlet = whole(written);
  return outlet ? { written, how: 'dated', kind: outlet.kind } : null;
}

/** "Augustė Lyberytė, ELTA", "Jane Roe and John Doe | Reuters": names, then the outlet. */
function signed(text: string): CreditByline | null {
  const m = SIGNED.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const names = m[1];
  const written = m[2].replace(/[.。]$/u, '').trim();
  if (MEDIA_OR_DATA_LABEL.test(names) || /[\p{N}:：()（）/"“”«»!?]/u.test(names)) return null;
  const outlet = whole(written);
  if (!outlet) return null;
  const parts = names.split(JOIN).filter((p) => p.trim());
  if (!parts.length || parts.length > MAX_NAMES || !parts.every(personName)) return null;
  return { written, how: 'signed', kind: outlet.kind };
}

/** Two to five words, the last a capitalised (or caseless) surname: "Jan van Dijk", not "Hergeholt aus" or "Quelle". */
function personName(part: string): boolean {
  const words = part.trim().split(' ');
  return (
    words.length >= 2 &&
    words.length <= MAX_NAME_WORDS &&
    /^[\p{Lu}\p{Lo}]/u.test(words[words.length - 1] ?? '') &&
    words.every((w) => NAME_WORD.test(w)) &&
    words.some((w) => /^[\p{Lu}\p{Lo}]/u.test(w)) &&
    !namedOutlet(part.trim())
  );
}

/**
 * The outlet the directory knows by exactly this text (not a part of it: "APA/Hans Punz" is a picture credit), from
 * its tables: an agency guessed from a word of its name ("…通信社とは", "the news agency") is no credit's signature.
 */
function whole(name: string): Outlet | null {
  const outlet = namedOutlet(name);
  if (!outlet || outlet.written !== name.trim() || PICTURE_SOURCE_NAME.test(name)) return null;
  if (outlet.kind === 'agency' && outlet.name === outlet.written && !agencyNamed(name)) return null;
  return outlet;
}
