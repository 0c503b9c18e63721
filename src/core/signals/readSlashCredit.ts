/**
 * An outlet glued after a paragraph's last sentence with a slash, the way Albanian and other Balkan portals credit
 * the site they took a story from: "… u mbyll pa marrëveshje./Gazeta Shembull", "… tha ministri’./Tv Lindja",
 * "… the minister said. / Example Times". The slash comes right after the sentence's stop (or its closing quote),
 * and the name (a few capitalised words or a host) ends the line. A date ("12./13."), "and/or", a unit ("km/h.")
 * and a path have no stop before the slash or no name after it; a picture or data credit after the slash
 * ("./Foto: X") is refused by the caller's context rules (acceptSourceClaim).
 *
 * Linear: one anchored regex over the line's last TAIL characters, its name a bounded run of words.
 */

/** Only the end of a line is searched: the credit is short. */
const TAIL = 120;
/**
 * The text the slash closes: a paragraph's sentence, not a caption's credit ("Jono Jonaitis / BNS nuotr./Name" puts
 * a picture's subject after its photographer's credit).
 */
const MIN_TEXT_BEFORE = 60;
/** A sentence's stop, possibly inside a closing quote or bracket, then the slash, then the name to the line's end. */
const SLASH_CREDIT =
  /[.!?…]["'”’»)]{0,3}[ \t]?\/[ \t]?((?:\p{Lu}|[a-z0-9-]{2,40}\.[a-z]{2,})[\p{L}\p{N}.&'’-]{0,40}(?:[ \t][\p{L}\p{N}.&'’-]{1,30}){0,3})[ \t]*$/u;

/** The outlet a line's glued slash credit names, as written, or null. */
export function readSlashCredit(line: string): string | null {
  // Every line of a page's items is asked: most have no slash at all.
  if (!line.includes('/')) return null;
  const tail = line.trimEnd().slice(-TAIL);
  const m = SLASH_CREDIT.exec(tail);
  if (!m || line.trimEnd().length - tail.length + m.index < MIN_TEXT_BEFORE) return null;
  const name = m[1]?.replace(/[.]+$/u, '').trim();
  // A name has letters, and its words after the first are names too, not a clause ("/Tv Lindja", not "/Ai tha se").
  if (!name || !/\p{L}{2}/u.test(name)) return null;
  const words = name.split(/\s+/u);
  if (words.slice(1).some((w) => /^\p{Ll}{4,}$/u.test(w))) return null;
  return name;
}
