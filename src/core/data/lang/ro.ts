import type { LanguagePack } from './languagePack.ts';

/** Romanian. */
export const ro: LanguagePack = {
  code: 'ro',
  sourceLabels: ['Sursa', 'Sursă', 'Surse', 'Sursa articolului', 'Sursa știrii', 'Articol original'],
  sourceLeads: ['{Preluat|Preluare|Preluată} {de pe|din|de la}', 'Adaptat după', 'Prin amabilitatea'],
  readMore: ['Citește mai mult pe', 'Citește continuarea pe', 'Citește tot articolul pe'],
  readMoreLines: [
    'pentru a citi {articolul complet|tot articolul|articolul|știrea completă|știrea|mai mult|restul} … {pe|în|la} @',
    '{citește|citeşte|citiți|citiţi|citeste|citeşti} {mai mult |continuarea |tot articolul |articolul complet |întregul articol |știrea completă |ştirea completă |mai departe |articolul |știrea |ştirea |}{pe|în|la|pe site-ul|pe portalul} @',
    '{articolul complet|știrea completă|ştirea completă|continuarea} {pe|în|la} @',
    '{citește mai mult|citeşte mai mult|citește continuarea|citește tot articolul}',
    '{articolul complet|știrea completă|ştirea completă|textul integral|sursa și textul integral|sursa şi textul integral}: @',
  ],
  clickHere: ['click aici', 'clic aici', 'apăsați aici', 'dați click aici'],
  articleNouns: ['articol*', 'reportaj*', 'interviu*', 'editorial'],
  authorLinks: ['de', 'semnat de'],
  publishedVerbs: ['publicat*', 'apărut*'],
  originPhrases: [
    'publicat {inițial|initial|pentru prima dată} {pe|în|de}',
    '{republicat|preluat|republicată|preluată} cu acordul',
  ],
  clippingLeads: [
    'Articol {apărut|publicat} în',
    '{Apărut|Publicat} în',
    '{Un |}{articol|interviu|editorial} … {apărut|publicat} în',
    'Preluat din',
    '{Apărut|Publicat|Publicată} {în ziarul|în revista|în cotidianul|în săptămânalul}',
    '{Articol|Text|Interviu} preluat din',
  ],
  originNotes: [
    '{republicăm|redăm|preluăm} {mai jos |}{un|articolul|textul|interviul} {din|de pe|publicat de|publicat în} @',
    '{republicat|preluat|publicat} cu {acordul|permisiunea} @',
  ],
  clippingFroms: ['din'],
  clippingMarks: ['pagina #', 'pag#', 'p.#', 'nr#', 'numărul #', 'ediția tipărită', 'ediția #'],
  dateLinks: ['din'],
  reportVerbs: ['informează', 'transmite', 'relatează', 'transmite agenția', 'informează agenția'],
  reportingVerbs: [
    '{informează|a informat|relatează|a relatat|scrie|a scris|anunță|a anunțat|transmite|a transmis|notează|dezvăluie} @',
    '{potrivit|conform|după cum relatează|după cum scrie|după cum informează|după cum anunță} @',
    '@ citând … {informează|a informat|relatează|a relatat|scrie|a scris|transmite|a transmis}',
  ],
  interviewCredits: [
    '{a declarat|a spus|a explicat|a precizat|a confirmat|a afirmat|a povestit|declară|spune|explică} … pentru @',
    '{într-un interviu pentru|intr-un interviu pentru|într-un interviu acordat|intr-un interviu acordat|într-o discuție cu} @',
  ],
  feedFooters: ['apare prima dată {în|pe}', 'a apărut prima dată pe'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['și'],
  posterLabels: [],
  copiedNotices: ['toate drepturile rezervate', 'reproducerea … {interzisă|fără acordul}'],
  promoNotices: [
    '{urmăriți|urmărește} @ pe {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'descarcă aplicația @',
    '{abonează-te|abonați-vă} la @',
    '{urmărește|urmăriți} {știrile |}@ {pe|și pe} {WhatsApp|Telegram|Google News|Google Discover|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter|Bluesky|Viber|Apple News|Flipboard}',
    '{articol|conținut} {disponibil |}{exclusiv |doar |}pentru abonații @',
  ],
};
