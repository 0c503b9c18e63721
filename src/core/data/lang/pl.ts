import type { LanguagePack } from './languagePack.ts';

/** Polish. */
export const pl: LanguagePack = {
  code: 'pl',
  sourceLabels: ['Źródło', 'Źródła', 'Zrodlo', 'Via', 'Źródło artykułu', 'Oryginał', 'Artykuł oryginalny'],
  sourceLeads: ['Więcej na'],
  readMore: [
    'Czytaj więcej na',
    'Czytaj więcej w',
    'Czytaj dalej na',
    'Czytaj dalej w',
    'Cały artykuł na',
    'Przeczytaj cały artykuł na',
  ],
  readMoreLines: [
    '{aby|żeby|by} przeczytać {cały artykuł|całość|cały tekst|artykuł|więcej} … {na|w|we} @',
    '{czytaj|czytaj więcej|czytaj dalej|czytaj całość|czytaj cały artykuł|przeczytaj|przeczytaj więcej|przeczytaj cały artykuł|przeczytaj całość|cały artykuł|całość artykułu|całość|więcej informacji} {na|w|u|na stronie|w serwisie|w portalu|na portalu} @',
    '{czytaj więcej|czytaj dalej|czytaj całość|przeczytaj cały artykuł}',
  ],
  clickHere: ['kliknij tutaj', 'kliknij tu', 'kliknij w link'],
  articleNouns: ['artyku*', 'reportaż*', 'wywiad*', 'felieton*'],
  authorLinks: ['autorstwa'],
  publishedVerbs: ['opublikowan*', 'ukazał*'],
  originPhrases: [
    '{pierwotnie|oryginalnie|po raz pierwszy} {opublikowan*|ukazał*}',
    'ukazał* się {pierwotnie|po raz pierwszy}',
  ],
  originNotes: [
    '{publikujemy|przedrukowujemy} {poniżej |}{artykuł|tekst|wywiad|felieton} {z|ze|z portalu|z gazety|z dziennika|z tygodnika} @',
    '{przedruk|publikacja} za zgodą @',
    'przedruk za zgodą @',
    '{przedrukowano|przedruk} z @',
    'oryginał{ artykułu|}: @',
  ],
  clippingLeads: [
    '{Artykuł|Tekst|Wywiad} ukazał się w',
    'Ukazał się w',
    '{Artykuł|Tekst|Wywiad|Felieton|Komentarz} {został opublikowany|opublikowano} w',
    '{Artykuł|Tekst|Wywiad|Felieton} … {ukazał się|opublikowano} w',
  ],
  clippingFroms: ['z'],
  clippingMarks: ['strona #', 'str#', 's.#', 'nr #', 'wydanie {papierowe|weekendowe}', 'wydanie #'],
  dateLinks: ['z', 'z dnia', 'dnia'],
  reportVerbs: ['podaje', 'informuje', 'podała', 'poinformowała', 'podaje agencja'],
  reportingVerbs: [
    '{podaje|podał|podała|podało|informuje|poinformował|poinformowała|poinformowało|pisze|napisał|napisała|donosi|przekazał|przekazała|przekazało} @',
    '{według|jak podaje|jak informuje|jak pisze|jak donosi|jak podał|jak poinformował|jak poinformowała|jak ustalił|jak ustaliła|jak dowiedział się} @',
  ],
  interviewCredits: [
    '{powiedział|powiedziała|przekazał|przekazała|potwierdził|potwierdziła|przyznał|przyznała} … @',
    '{w rozmowie z|w wywiadzie dla|w rozmowie dla} @',
  ],
  feedFooters: ['pochodzi z serwisu'],
  publisherDescriptors: ['gazeta', 'serwis', 'portal', 'dziennik', 'tygodnik', 'agencja'],
  outletNameEndings: [],
  conjunctions: ['i'],
  posterLabels: ['opublikowane przez', 'napisane przez', 'dodane przez', 'autor wpisu', 'autor'],
  copiedNotices: [
    'wszelkie prawa zastrzeżone',
    'przedruk … {zabroniony|wzbroniony|wyłącznie za zgodą|tylko za zgodą}',
    '{kopiowanie|rozpowszechnianie|publikowanie|powielanie} … bez {zgody|pisemnej zgody|zgody wydawcy}',
    'zabrania się {kopiowania|rozpowszechniania|przedruku|publikowania}',
    'dla {prenumeratorów|subskrybentów}',
    '{obserwuj|śledź} … w Google News',
  ],
  promoNotices: [
    'obserwuj @ na {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'dołącz do kanału @ na {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'pobierz aplikację @',
    'zasubskrybuj @',
    'zapisz się na newsletter @',
  ],
};
