/**
 * An outlet the page describes as one before naming it: "the weekly «Name»", "фінське видання Name", "agencija
 * Name", "le journal "Name"". A name the publisher directory does not know is, after "says" or "according to", as
 * often a person or a place as an outlet; a noun that says "newspaper", "portal" or "agency" right before it settles
 * which. The nouns are each pack's `publisherDescriptors` (data, never a name); its articles ("the", "le", "die"),
 * descriptors only in that they may stand before a name, say nothing of what the name is and are left out here.
 *
 * The descriptor stands right before the name, one lower-case word (an adjective: "Finnish", "Sunday") allowed before
 * it; the name is read by its shape (a quoted name, a run of capitalised words, an address: `outletOf`). On the
 * phrase's side of a credit the slot is read outward: after "writes" from its start, before "wrote" from its end.
 *
 * Linear: one alternation of the nouns, anchored, on a slot of at most SLOT characters.
 */
import type { Claim } from '../report.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { outletOf } from './readOriginNote.ts';

/** The stretch of a slot read: a descriptor, an adjective and a name fit well inside it. */
const SLOT = 120;
/** A descriptor this long or longer is a noun; shorter ones are the packs' articles ("the", "le", "die", "o"). */
const MIN_NOUN = 4;

/** The letters of a phrase without its `{a|b}` groups' marks. */
const lettersOf = (phrase: string) => phrase.replace(/[{}|]/gu, '').length;

/**
 * A noun without the article a pack writes it with ("le journal" is "journal"): the article changes with the
 * sentence ("du journal", "sul quotidiano", "dem Magazin") and may stand in the adjective's place.
 */
const bareNoun = (phrase: string) => phrase.replace(/^(?:\p{L}{1,3}\s+|\p{L}['’])(?=\p{L}{3})/u, '');

const patterns = perPackSet((phrases) => {
  const nouns = phrases('publisherDescriptors')
    .filter((p) => lettersOf(p) >= MIN_NOUN)
    .map(bareNoun);
  const alt = phraseAlternation(nouns);
  return {
    // "фінське видання Name…": an optional adjective or article, the noun, the space before the name.
    after: new RegExp(
      `^(?:(\\p{L}[\\p{L}\\p{M}'’-]{0,30})\\s+)?(?:\\p{L}['’])?${alt}\\s+(?=[«“„"'‚‹\\p{L}\\p{N}])`,
      'iu',
    ),
    // "…le journal " before the name: the noun closes the text before it.
    before: new RegExp(`(?:^|[\\s(,;:–—-])(?:\\p{L}['’])?${alt}\\s*$`, 'iu'),
  };
});

const OPENING_QUOTE = /[«“„"'‚‹]\s*$/u;

/**
 * The outlet a slot next to a credit's phrase names after a descriptor, or null. `side` is where the slot stands:
 * after the phrase (the name follows the descriptor from the slot's start) or before it (the name closes the slot).
 */
export function describedOutlet(slot: string, side: 'after' | 'before'): Claim | null {
  const { after, before } = patterns();
  if (side === 'after') {
    const s = slot.trimStart().slice(0, SLOT);
    const m = after.exec(s);
    // The word before the noun is an adjective in lower case, not the end of a name ("Tages Zeitung Name").
    if (!m || (m[1] && !/^\p{Ll}/u.test(m[1]))) return null;
    return named(outletOf(s.slice(m[0].length), 'last'));
  }
  const s = slot.trimEnd().slice(-SLOT);
  const claim = named(outletOf(s, 'first'));
  if (!claim) return null;
  const at = s.lastIndexOf(claim.value);
  if (at < 0) return null;
  const head = s.slice(0, at).replace(OPENING_QUOTE, '');
  return before.test(head) ? claim : null;
}

/** A name of capitals, a quoted name or an address; a lower-case word after a noun is no name ("the paper said"). */
function named(claim: Claim | null): Claim | null {
  if (!claim) return null;
  if (claim.type === 'name' && !/^[\p{Lu}\p{Lt}\p{N}]/u.test(claim.value)) return null;
  return claim;
}
