/**
 * A credit pair: two names joined by a slash where a byline or a sign-off goes, one of them an agency the directory
 * knows. The agency is the claim; the other side is who carried or edited it:
 *   - outlet then agency: the page's own brand (or another outlet) and the wire it took the story from
 *     ("KURIER/APA", "Хроника／ТАСС"), perhaps followed by the page's own byline word;
 *   - agency then editor: the wire and the initials or name of whoever adapted it ("Lusa/ JM", "EFE/ab"), or the
 *     agency and its partner service ("TTXVN/Vietnam+");
 *   - editor then agency: a desk's staff initials, then the wire, joined by a slash or a comma of any script ("jd/AFP",
 *     "(ab, Agency)", "ав, ТАСС"). Papers that sign this way often write the wire in lower case ("xy, tasr"): after
 *     initials (one to three letters, the whole left side), an agency's short name is read whatever its case.
 * A publisher and a person's name ("Broadcaster/ Jane Roe", "Jane Roe / Daily Paper") is how a byline credits the
 * outlet a writer works for, and how a picture is credited: such a pair is marked personal, for the caller to read
 * only where a byline stands (a line of its own at the article's edge, away from pictures). With an agency
 * ("Agency / J. Doe") it is a photographer's credit, even right under a title: never read as a byline.
 * Data sources share it too ("AP/NORC poll"): a pair naming a poll, survey or statistics office is not read.
 * Picture credits share the slash ("AFP/Getty", "EPA/Jane Roe", "Foto: dpa/Max Muster"): a pair naming a picture
 * library or picture agency, or carrying a media word, is not read; whether a name on the right is a photographer
 * is the caller's question (a pair signing a story paragraph, not a caption). Bounded: capped input, one anchored
 * pattern with bounded repeats.
 */
import { agencyNamed } from '../data/agencies.ts';
import { DATA_PROVIDER_NAME, MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { CREDIT_SLASHES, PICTURE_AGENCIES } from '../data/wireDatelines.ts';
import { namedOutlet } from './namedOutlet.ts';

const MAX_PAIR = 80;
const MAX_AGENCY_WORDS = 3;
/** Words that may follow the pair: the page's byline or desk word ("Demokraatti", "Redakcja"). */
const MAX_TRAILING_WORDS = 2;
const PAIR = new RegExp(`^([^${CREDIT_SLASHES}]{1,40}?)\\s*[${CREDIT_SLASHES}]\\s*([^${CREDIT_SLASHES}]{1,60})$`, 'u');
/**
 * What joins a pair, any of its marks: a slash, or the comma of a desk's initials ("ab, Agency"). A line without one
 * is no pair (normalising to NFC writes none), so the label patterns below, which cost far more, never run on it.
 */
const ANY_JOINER = new RegExp(`[,，、${CREDIT_SLASHES}]`, 'u');
/** An editor's initials: "DL", "J.M.", "ab", "rfs". */
const INITIALS = /^(?:\p{L}\.?){1,4}$/u;
/** A desk's initials before the wire: one to three letters of any script, perhaps with dots ("vf", "J.M."). */
const STAFF_INITIALS = /^(?:\p{L}\.?){1,3}$/u;
/** Initials, a slash or a comma (or an ideographic comma), then the agency: "jd/AFP", "ab, Agency", "ав，ТАСС". */
const INITIALS_PAIR = new RegExp(
  `^([^,，、${CREDIT_SLASHES}\\s]{1,8})\\s*[,，、${CREDIT_SLASHES}]\\s*([^,，、${CREDIT_SLASHES}]{2,40})$`,
  'u',
);
/** An agency's short name as a desk may write it in lower case ("tasr"): letters only, two to six. */
const SHORT_NAME = /^\p{L}{2,6}$/u;
/** A person's or a brand's word: capitalised, or of a script without case. */
const CAPITALISED = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*$/u;

export interface CreditPair {
  /** The agency as the page writes it. */
  written: string;
  /** The other side: an outlet or brand, or an editor's initials or name. */
  partner: string;
  /** Which side the agency is on. */
  order: 'outlet-agency' | 'agency-editor' | 'editor-agency' | 'outlet-author' | 'author-outlet';
  /** The partner is a person's name (the caller tells a story's credit from a photographer's). */
  personal: boolean;
}

export function readCreditPair(text: string): CreditPair | null {
  // Every line of a page's credits is asked: the joiner is checked before the label patterns, which cost far more.
  if (text.length > 2 * MAX_PAIR || !ANY_JOINER.test(text)) return null;
  const t = text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[.。]$/u, '');
  if (t.length > MAX_PAIR || MEDIA_OR_DATA_LABEL.test(t) || PICTURE_SOURCE_NAME.test(t)) return null;
  // "AP/NORC poll", "Reuters/Ipsos survey": an agency's poll is a data source.
  if (DATA_PROVIDER_NAME.test(t)) return null;
  const staffed = editorAgency(t);
  if (staffed) return staffed;
  const m = PAIR.exec(t);
  const left = m?.[1]?.trim() ?? '';
  const right = m?.[2]?.trim() ?? '';
  if (!left || !right || picture(left) || picture(right)) return null;
  if (agency(left)) {
    if (INITIALS.test(right) || agency(right) || namedOutlet(right)) return pair(left, right, 'agency-editor', false);
    if (personName(right)) return pair(left, right, 'agency-editor', true);
    return null;
  }
  const wire = brand(left) ? outletAgency(left, right) : null;
  if (wire) return wire;
  // "Broadcaster/ Jane Roe", "Jane Roe / Daily Paper": a publisher the directory knows and its writer. An agency
  // and a name ("Agency / J. Doe") is a photographer's credit far more often, and stays the agency-editor pair above.
  if (namedOutlet(left)?.kind === 'publisher' && personName(right) && !namedOutlet(right))
    return pair(left, right, 'outlet-author', true);
  const paper = namedOutlet(right);
  if (personName(left) && !namedOutlet(left) && paper?.kind === 'publisher' && paper.written === right)
    return pair(right, left, 'author-outlet', true);
  return null;
}

/** "KURIER/APA", "ILTALEHTI / STT Toimitus": the agency first on the right, perhaps a byline word after it. */
function outletAgency(left: string, right: string): CreditPair | null {
  const words = right.split(' ');
  for (let n = Math.min(words.length, MAX_AGENCY_WORDS); n >= 1; n--) {
    const written = words.slice(0, n).join(' ');
    const rest = words.slice(n);
    if (rest.length > MAX_TRAILING_WORDS || !rest.every((w) => CAPITALISED.test(w))) continue;
    if (agency(written)) return pair(written, left, 'outlet-agency', false);
  }
  return null;
}

/** "jd/AFP", "ab, Agency": a desk's initials, then the wire (in any case when it is a short name). */
function editorAgency(t: string): CreditPair | null {
  const m = INITIALS_PAIR.exec(t);
  const left = m?.[1] ?? '';
  const right = m?.[2]?.trim() ?? '';
  // "APA/Reuters": two agencies, not a desk's initials (the pair readings below keep both).
  if (!m || !STAFF_INITIALS.test(left) || picture(right) || namedOutlet(left)) return null;
  if (agency(right)) return pair(right, left, 'editor-agency', false);
  // "tasr" for TASR: a short name in lower case is the agency only after initials, never alone or in a sentence.
  const upper = right.toLocaleUpperCase();
  if (SHORT_NAME.test(right) && right === right.toLocaleLowerCase() && agency(upper))
    return pair(right, left, 'editor-agency', false);
  return null;
}

function pair(written: string, partner: string, order: CreditPair['order'], personal: boolean): CreditPair {
  return { written, partner, order, personal };
}

/** An agency the tables know by exactly this text, not one guessed from an agency word in its name. */
function agency(name: string): boolean {
  const outlet = namedOutlet(name);
  return (
    outlet?.kind === 'agency' &&
    outlet.written === name &&
    (outlet.origin !== undefined || agencyNamed(name) !== null || outlet.name !== name)
  );
}

function picture(name: string): boolean {
  return PICTURE_AGENCIES.includes(name.toLowerCase());
}

/**
 * The left side of an outlet-agency pair: a known outlet, one word, or a masthead in capitals. Two capitalised
 * words the tables do not know are a person ("Jan Novák/ČTK" credits a photographer).
 */
function brand(name: string): boolean {
  if (namedOutlet(name)) return true;
  const words = name.split(' ');
  if (words.length === 1) return CAPITALISED.test(name) || /^\p{Lu}[\p{Lu}\p{N}&.-]*$/u.test(name);
  return words.length <= 3 && !/\p{Ll}/u.test(name) && /\p{Lu}/u.test(name);
}

/** Two to four capitalised words (or words of a script without case): "Jane Roe", "Nguyễn Văn An". */
function personName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((w) => CAPITALISED.test(w));
}
