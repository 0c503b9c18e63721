import type { LanguagePack } from './languagePack.ts';

/** Finnish. */
export const fi: LanguagePack = {
  code: 'fi',
  sourceLabels: ['Lähde', 'Lähteet', 'Uutislähde', 'Alkuperäinen artikkeli', 'Alkuperäinen lähde'],
  sourceLeads: [],
  readMore: ['Lue lisää', 'Lue koko juttu'],
  readMoreLines: [
    '{lue lisää|lue koko juttu|lue koko artikkeli|lue koko uutinen|jatka lukemista|lue juttu kokonaisuudessaan|koko juttu|lue artikkeli} {osoitteessa|sivustolla|verkkosivuilla} @',
    '{lue lisää|lue koko juttu|lue koko artikkeli|jatka lukemista}',
    '{koko juttu|koko artikkeli|koko uutinen|koko teksti}: @',
  ],
  clickHere: ['klikkaa tästä', 'napsauta tästä', 'klikkaa linkkiä'],
  articleNouns: ['artikkeli*', 'juttu', 'reportaasi', 'kolumni', 'haastattelu'],
  authorLinks: ['kirjoittanut'],
  publishedVerbs: ['julkaistu', 'ilmestyi', 'ilmestynyt'],
  originPhrases: ['julkaistu alun perin', '{julkaistu|julkaistiin} {ensin|ensimmäisen kerran}', 'julkaistaan luvalla'],
  clippingLeads: [
    '{Artikkeli|Juttu|Kolumni|Haastattelu|Kirjoitus} {on julkaistu|julkaistiin|ilmestyi}',
    'Julkaistu',
    'Ilmestynyt',
    '{Julkaistu|Ilmestynyt} {alun perin |}{lehdessä|}',
  ],
  originNotes: [
    '{julkaisemme|julkaisimme} {tässä |alla |}@ {julkaiseman|julkaisseman} {artikkelin|jutun|kolumnin}',
    '{julkaistu|julkaistaan} @ luvalla',
  ],
  clippingFroms: ['lehdestä'],
  clippingMarks: ['sivu #', 's.#', 'nro #', 'numero #', 'painos'],
  dateLinks: [],
  reportVerbs: ['kertoo', 'uutisoi', 'raportoi'],
  reportingVerbs: [
    '{kertoo|kertoi|uutisoi|uutisoivat|raportoi|raportoivat|kirjoittaa|kirjoitti|tiedottaa|tiedotti|välittää} @',
    '@{:n|n} {mukaan|tietojen mukaan|haastattelussa|uutisen mukaan}',
    '@ … viitaten … {kertoo|kertoi|uutisoi|uutisoivat|raportoi|kirjoittaa|kirjoitti}',
  ],
  interviewCredits: ['{kertoo|kertoi|sanoo|sanoi|vahvistaa|vahvisti|kommentoi|kommentoi} … @{:lle|lle|:ille}'],
  feedFooters: ['julkaistiin {ensin|ensimmäisen kerran}', 'ilmestyi ensimmäisenä'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['ja'],
  posterLabels: [],
  copiedNotices: [
    'kaikki oikeudet pidätetään',
    '{kopiointi|julkaiseminen|levittäminen|lainaaminen} … {kielletty|ilman … lupaa}',
  ],
  promoNotices: [
    'seuraa @ {WhatsAppissa|Telegramissa|Facebookissa|Instagramissa|YouTubessa|X:ssä}',
    'tilaa @',
    'lataa @ {sovellus|-sovellus}',
  ],
};
