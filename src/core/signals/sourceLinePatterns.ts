/**
 * The regular expressions that find a source credit at the start of a line, built from the language packs
 * (src/core/data/lang/) once per pack set a page needs (data/lang/packSet.ts): labels followed by a colon, bracket
 * or dash ("Nguồn:", "来源：", "Source –"), leads and read-more lines followed by the source ("Theo …", "Read more
 * at …"), and the "first published elsewhere" phrases.
 * Alternations of literals only (text/compilePhrases.ts), longest first, anchored: linear on page text.
 */
import { perPackSet } from '../data/lang/packSet.ts';
import { phraseAlternation, phraseMatcher, sortPhrases } from '../text/compilePhrases.ts';

// Scripts without spaces between words (CJK, Thai) need no space after a lead phrase.
export const NO_SPACE_SCRIPT = /[\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]$/u;

// Decorations scrapers put before a credit: dashes, bullets, arrows, brackets, symbols and emoji ("🔗 Source:",
// "▶ Nguồn:"). A date or time may come first on meta lines ("2017-03-10 09:58　来源：…").
const PREFIX = '^[\\s\\d\\-–—*•·>»|\\[(【「『#:：/.年月日時时分\\p{So}\\p{Extended_Pictographic}\\u200d\\ufe0f]*';
// A label paired with a second field before one colon: "Source / Date:", "Sumber/Tarikh:" (one short word).
const PAIRED = '(?:\\s*[/&]\\s*\\p{L}{1,12})?';

export interface SourceLinePatterns {
  /** Groups: 1 the label, 2 what follows its colon, bracket or dash. */
  label: RegExp;
  /**
   * A label alone on its line, the source on the next, as field lists print them ("Source\nSome Agency", a `dt` and
   * its `dd` flattened): the next line must be short, one name. Groups: 1 the label, 2 the name's line.
   */
  stackedLabel: RegExp;
  /**
   * A label of a script without spaces, then a space and a name in another script ("ที่มา thaifreenews"): the space
   * is the separator there. Groups: 1 the label, 2 the rest.
   */
  tightLabel: RegExp;
  /** Where a label starts inside a meta line, after other fields ("Site www.x.cn 2007年02月27日 來源:…"). */
  midLabel: RegExp;
  /** A label with no separator ("SOURCEVnExpress"): groups 1 the label, 2 the rest. */
  bareLabel: RegExp;
  /** Groups: 1 a lead of a spaced script, 2 one of a script without spaces, 3 the rest. */
  lead: RegExp;
  /** "This story was originally published by…": found anywhere in a short line, every language's together. */
  origins: readonly RegExp[];
  /** "báo Tuổi Trẻ", "the Guardian": a descriptor then a capitalised name. */
  descriptor: RegExp;
}

/** The patterns for the active pack set (data/lang/packSet.ts), compiled once per set. */
export const sourceLinePatterns = perPackSet((phrasesOf): SourceLinePatterns => {
  const labels = phraseAlternation(phrasesOf('sourceLabels'));
  const leads = sortPhrases(phrasesOf('sourceLeads', 'readMore'));
  return {
    label: new RegExp(`${PREFIX}(${labels})${PAIRED}\\s*(?:[:：]|[\\]】」』)]|\\s[-–—|»>]\\s?)\\s*([\\s\\S]*)$`, 'iu'),
    stackedLabel: new RegExp(`${PREFIX}(${labels})[ \\t]*[:：]?[ \\t]*\\n[ \\t]*([^\\n]{1,80})(?:\\n|$)`, 'iu'),
    tightLabel: new RegExp(
      `${PREFIX}(${phraseAlternation(phrasesOf('sourceLabels').filter((l) => NO_SPACE_SCRIPT.test(l)))})\\s+([A-Za-z0-9][\\s\\S]*)$`,
      'u',
    ),
    midLabel: new RegExp(`(?<=[\\s|｜])(?=(?:${labels})\\s*[:：])`, 'giu'),
    bareLabel: new RegExp(`${PREFIX}(${labels})\\s*([\\s\\S]+)$`, 'iu'),
    lead: new RegExp(
      `${PREFIX}(?:(${phraseAlternation(leads.filter((l) => !NO_SPACE_SCRIPT.test(l)))})(?:\\s*[:：]\\s*|\\s+)|(${phraseAlternation(leads.filter((l) => NO_SPACE_SCRIPT.test(l)))})\\s*[:：]?\\s*)([\\s\\S]*)$`,
      'iu',
    ),
    origins: [phraseMatcher(phrasesOf('originPhrases'))],
    descriptor: new RegExp(`^${phraseAlternation(phrasesOf('publisherDescriptors'))}\\s+\\p{Lu}`, 'u'),
  };
});
/** A URL written out in a line ("https://…", "www.…"), stopping at spaces, quotes and CJK punctuation. */
export const URL_TEXT_RE = /(?:https?:\/\/|www\.)[^\s<>"'，。、]{3,600}/iu;
/** A bare host name, optionally with a path ("vnexpress.net", "example.com/news/x"). */
export const HOST_TEXT_RE = /^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}(?:\/[^\s<>"']{0,600})?$/iu;
