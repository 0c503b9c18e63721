/**
 * A page's heading that names the outlet whose text it carries beside a section or a title, the way feed mirrors,
 * reposting blogs and aggregators head what they copy: "Channel: Outlet | Section", "Outlet: Section",
 * "Outlet - Section", "Title – Outlet", "Title | Outlet", "Category: Outlet Section". The parts are cut at a separator
 * of any script (a colon, a spaced dash or bar, a bullet, a guillemet); exactly one part must be an outlet the
 * directory knows, written whole, so a section, a headline, a person or a date never becomes a source. First, the
 * outlet heads a short section name (a headline after it, "Outlet: Minister resigns over …", cites it for a fact);
 * last, it closes any title. The page's own outlet (its masthead in its own title) is dropped by the scan's identity
 * check; a picture, data or media label refuses the heading ("Photo: X/Agency", "Source: Eurostat").
 *
 * Linear: the heading is capped, split once on one separator class, and each of at most MAX_PARTS parts is looked
 * up whole.
 */
import { agencyNamed } from '../data/agencies.ts';
import { DATA_PROVIDER_NAME, MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { namedOutlet } from './namedOutlet.ts';

const MAX_HEADING = 200;
const MAX_PARTS = 4;
/** A section after the outlet: a few words ("Setempat", "Most read", "Tema na broya"), not a headline. */
const MAX_SECTION_WORDS = 3;
/** A label heading the line ("Channel:", "Category:", "Kanal:"): one or two words before a colon. */
const MAX_LABEL_WORDS = 2;
/** Words of a section glued after the outlet's name after a label ("Category: Outlet News"). */
const MAX_GLUED_SECTION = 2;
/** The separators a heading's parts are cut at, in any script: spaced dashes and bars, bullets, guillemets, colons. */
const SEPARATOR = /\s+[-‐‑‒–—―−|｜·•»›]+(?:\s+[-‐‑‒–—―−|｜·•»›]+)*(?:\s+|$)|\s*[:：]\s+/u;
const COLON_AFTER = /^([^:：]{1,40}?)\s*[:：]\s+/u;

/** The outlet a heading line names beside a section or a title, as written, or null. */
export function readTitledOutlet(line: string): string | null {
  const t = line.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (t.length > MAX_HEADING || MEDIA_OR_DATA_LABEL.test(t)) return null;
  let rest = t;
  let labelled = false;
  // "Channel: …", "Category: …": a short label that is no outlet itself heads what the mirror copies.
  const label = COLON_AFTER.exec(t);
  const head = label?.[1]?.trim() ?? '';
  if (label && head.split(' ').length <= MAX_LABEL_WORDS && !known(head)) {
    const after = t.slice(label[0].length);
    if (partsOf(after).length >= 2 || gluedSection(after)) {
      rest = after;
      labelled = true;
    }
  }
  const parts = partsOf(rest);
  if (parts.length < 2) return labelled ? gluedSection(rest) : null;
  const outlets = parts.map((p, i) => (known(p) ? i : -1)).filter((i) => i >= 0);
  if (outlets.length !== 1) return null;
  const at = outlets[0] ?? -1;
  const outlet = parts[at] ?? '';
  if (at === parts.length - 1) return outlet;
  if (at === 0 && parts.slice(1).every(section)) return outlet;
  return null;
}

function partsOf(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let i = 0; i < MAX_PARTS && rest; i++) {
    const m = SEPARATOR.exec(rest);
    if (!m) break;
    parts.push(rest.slice(0, m.index).trim());
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest.replace(/[\s\-‐‑‒–—―−|｜·•»›:：]+$/u, '').trim());
  return parts.filter(Boolean);
}

/** "Outlet News", "Outlet.com Regional": an outlet the directory knows whole, then one or two capitalised words. */
function gluedSection(text: string): string | null {
  const words = text.split(' ');
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
    const after = words.slice(n);
    if (after.length > MAX_GLUED_SECTION || !after.every((w) => /^\p{Lu}/u.test(w))) continue;
    const name = words.slice(0, n).join(' ');
    if (known(name)) return name;
  }
  return null;
}

/** A section's name: a few words, letters, no sentence. */
function section(part: string): boolean {
  return part.split(' ').length <= MAX_SECTION_WORDS && /\p{L}/u.test(part) && !/[.!?。！？]\s/u.test(part);
}

/** An outlet the directory knows by exactly this text; picture libraries and data providers are not sources. */
function known(name: string): boolean {
  const outlet = namedOutlet(name);
  if (!outlet || outlet.written !== name || PICTURE_SOURCE_NAME.test(name) || DATA_PROVIDER_NAME.test(name))
    return false;
  // An agency guessed from a word of its name ("the news agency") is no masthead.
  return !(outlet.kind === 'agency' && outlet.name === name && outlet.origin === undefined && !agencyNamed(name));
}
