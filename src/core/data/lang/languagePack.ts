/**
 * What the engine knows of one language, as plain phrases: how its pages name a source, end an excerpt, say "first
 * published elsewhere", print WordPress's feed footer, describe a publisher, join names and label a poster. One
 * file per language (`<code>.ts`, its BCP 47 primary subtag); `languagePacks.ts` lists them and
 * `compileLanguagePacks.ts` turns every field of every pack into linear-time matchers, once. Phrases are written to
 * the language's families (how such a line is shaped), never copied from a test page. The marks a phrase may use
 * (`{a|b}`, `*`, `~`, `…`) are described in `text/compilePhrases.ts`.
 */
export interface LanguagePack {
  /** BCP 47 primary language subtag ("vi", "pt", "zh"). */
  code: string;
  /** Labels followed by a colon, bracket or dash, then the source: "Nguồn:", "Source –", "来源：". */
  sourceLabels: readonly string[];
  /** Leads followed directly by the source, colon optional: "Theo …", "Courtesy of …", "Dilansir dari …". */
  sourceLeads: readonly string[];
  /** Read-more lines after an excerpt, followed by the source: "Read more at …", "Leia mais em …", "Baca selengkapnya di …". */
  readMore: readonly string[];
  /**
   * Read-more lines ending an aggregator's excerpt, as families (signals/readMorePatterns.ts): "verb of reading or
   * continuing + (the rest / the full story / the article) + preposition", with `@` where the outlet or link stands
   * ("{read|continue reading} {more|the full story} {at|on} @", "@{で|にて}{続きを|全文を}読む" where the outlet comes
   * first). A phrase without `@` is the bare link text ("Continue reading"), a claim only when it links elsewhere.
   */
  readMoreLines: readonly string[];
  /**
   * "Click here" in this language: what closes a read-more line after its outlet ("… paru dans <outlet>, cliquez
   * ici", "… na <outlet>: kliknij tutaj"), a link's text that is no part of the outlet's name.
   */
  clickHere: readonly string[];
  /**
   * Words for a piece of journalism ("article", "report", "interview", "reportaje", "bài báo", "記事"): a short post
   * that points to such a piece on another outlet and credits it names its source (signals/findPointerPost.ts).
   * Marks allowed (`*`: the word goes on, for inflected languages).
   */
  articleNouns: readonly string[];
  /** Words joining a piece to its author, before the name: "by", "de", "di", "von", "của". */
  authorLinks: readonly string[];
  /**
   * Verbs saying a piece was published, after it ("an article that appeared …", "paru dans", "apparso sul",
   * "erschienen in"), or before it in languages written without spaces ("发表于 … 的文章"). Marks allowed.
   */
  publishedVerbs: readonly string[];
  /** "First published elsewhere", found anywhere in a short line (marks allowed): "{originally|first} published {on|by}". */
  originPhrases: readonly string[];
  /**
   * "First published elsewhere" with the outlet inside the sentence, `@` where it stands (signals/readOriginNote.ts):
   * before the phrase ("@ published the following article"), in its middle ("{first|originally} {in|on} @ {appeared|
   * published}", verb-final languages), or after it ("republished with permission from @"). Marks allowed.
   */
  originNotes: readonly string[];
  /**
   * A clipping's lead: the words saying a text was printed in a paper, followed by the paper and usually its date
   * ("Article published in … , page 4", "Article paru dans …", "Dal giornale … del …"). Marks allowed.
   */
  clippingLeads: readonly string[];
  /**
   * A bare "from" before a periodical's name and its date under a reproduced text ("from “The Hindu”, 3 May 2019",
   * "da “La Stampa”, 8/11/2012", "aus der „Zeit“ vom 3. Mai", "copyright O Globo, 29/04/05"): read only with a date
   * and a periodical's mark (quotes, a known name, a quoted headline before it). Marks allowed.
   */
  clippingFroms: readonly string[];
  /**
   * What a clipping or a printed page writes next to its paper and date to say where in the paper the text stood:
   * page, issue, edition and section marks in this language's abbreviations, `#` where the number stands ("page #",
   * "p#" for "p. 4" / "P:04", "S#", "Nr#", "第#版", "#면", "#. oldal"), or an edition's name alone ("print edition",
   * "朝刊"). A capitalised name, a date and one of these make a clipping line with no lead word
   * (signals/readDatedPaper.ts). Marks allowed.
   */
  clippingMarks: readonly string[];
  /** Words joining a publisher's name to its date, cut off with the date: "of", "du", "del", "vom", "от". */
  dateLinks: readonly string[];
  /**
   * Verbs saying who reports a text, followed by the agency at the end of its last sentence ("…, reports AFP.",
   * "…, повідомляє УНІАН.", "…, meldet dpa."): a rewrite that hands the story back to the wire. Marks allowed.
   */
  reportVerbs: readonly string[];
  /**
   * Attribution inside a sentence, the way wire copy and aggregators credit an outlet (signals/readLeadCredit.ts): a
   * reporting verb or preposition with the outlet as its agent or source, `@` where the outlet stands: after it
   * ("according to @", "{reports|reported} @", "told @"), before it ("@ reported", "@{'a|'e} konuştu", "@에 따르면")
   * or inside it ("wie @ berichtet", "据@报道"). A suffix or prefix written against the outlet is written against
   * `@` ("@:n mukaan", "ل@"). Marks allowed; the outlet is read from the page by its shape and the directory, never
   * written here.
   */
  reportingVerbs: readonly string[];
  /**
   * The outlet's own reporting formula, the same shapes as `reportingVerbs` with the outlet as the party told, asked
   * or interviewing ("told @", "said … to @", "in an interview with @", "asked by @", "@{'a|'e} konuştu",
   * "{对|向}@表示"): a journalist writes it of the outlet they work for, so a copy carries it anywhere in the text,
   * where "according to @" is how commentary cites. Read with `reportingVerbs` (signals/readLeadCredit.ts), and a
   * known outlet credited so is a claim wherever it stands when the page credits no other. Marks allowed.
   */
  interviewCredits: readonly string[];
  /** The fixed middle of WordPress's feed footer "The post … appeared first on …" in this language (marks allowed). */
  feedFooters: readonly string[];
  /** Lower-case words describing a publisher before its name: "báo", "the", "le site". */
  publisherDescriptors: readonly string[];
  /**
   * Nouns a publication's name ends with in scripts that write names without spaces: "新聞", "일보", "日报". A
   * bracketed name ending in one heads a story copied from that paper ("[Xx新聞] title").
   */
  outletNameEndings: readonly string[];
  /** Words joining names in a byline: "and", "và", "und". */
  conjunctions: readonly string[];
  /** Labels putting the poster's name on a copy's meta line: "posted by", "đăng bởi". */
  posterLabels: readonly string[];
  /**
   * Boilerplate an outlet prints with its own stories and a copy carries along, naming the outlet in the same
   * sentence (signals/detectCopiedBoilerplate.ts): rights notices ("all rights reserved", "may not be published,
   * broadcast, rewritten or redistributed"), subscriber notices ("offered to subscribers"), its promotions ("follow …
   * on WhatsApp", "this is an edition of"). Marks allowed; the outlet is read from the sentence, never written here.
   */
  copiedNotices: readonly string[];
  /**
   * An outlet's promotion of its own channels, which a copy carries along with the story (signals/readPromoNotice.ts):
   * "follow @ on WhatsApp", "download the @ app", "subscribe to @", "sign up for the @ newsletter", a paywall's "@
   * subscribers only", `@` where the outlet stands. The outlet is read from the page by its shape (a capitalised or
   * coined name, a known publisher), never written here; "follow us", "our app" name nobody. Marks allowed.
   */
  promoNotices: readonly string[];
}

/** Every field of a pack, for the test that fails when a pack misses one. */
export const PACK_FIELDS = [
  'code',
  'sourceLabels',
  'sourceLeads',
  'readMore',
  'readMoreLines',
  'clickHere',
  'articleNouns',
  'authorLinks',
  'publishedVerbs',
  'originPhrases',
  'originNotes',
  'clippingLeads',
  'clippingFroms',
  'clippingMarks',
  'dateLinks',
  'reportVerbs',
  'reportingVerbs',
  'interviewCredits',
  'feedFooters',
  'publisherDescriptors',
  'outletNameEndings',
  'conjunctions',
  'posterLabels',
  'copiedNotices',
  'promoNotices',
] as const satisfies readonly (keyof LanguagePack)[];
