import type { LanguagePack } from './languagePack.ts';

/** Lithuanian. Agencies' names do not decline ("sakė BNS", "pranešė Reuters"); portals take the locative ("portale"). */
export const lt: LanguagePack = {
  code: 'lt',
  sourceLabels: [
    'Šaltinis',
    'Šaltiniai',
    'Informacijos šaltinis',
    'Naujienos šaltinis',
    'Straipsnio šaltinis',
    'Originalus straipsnis',
  ],
  sourceLeads: ['Parengta pagal', 'Parengė pagal', 'Paimta iš', 'Parengta remiantis', '{Versta|Perspausdinta} iš'],
  readMore: ['Plačiau skaitykite', 'Daugiau skaitykite', 'Skaityti daugiau', 'Visas straipsnis', 'Skaitykite toliau'],
  readMoreLines: [
    '{plačiau|daugiau|visą straipsnį|visą tekstą|visą interviu|straipsnio tęsinį|tęsinį|plačiau apie tai|visą naujieną} {skaitykite|skaityti|rasite|galite skaityti|skaitykit} {portale|svetainėje|tinklalapyje|dienraštyje|laikraštyje|žurnale|leidinyje|naujienų portale|naujienų agentūros|} @',
    '{eiti į|skaityti} {pirminį šaltinį|originalų straipsnį|šaltinį|originalą}',
    '{skaityti daugiau|skaitykite daugiau|plačiau skaitykite|visas straipsnis|skaityti toliau|skaitykite toliau|skaityti visą straipsnį}',
  ],
  clickHere: ['spauskite čia', 'paspauskite čia', 'spustelėkite čia', 'spausk čia'],
  articleNouns: ['straipsn*', 'reportaž*', 'interviu', 'publikacij*'],
  authorLinks: ['autorius', 'autorė'],
  publishedVerbs: ['paskelbt*', 'publikuot*', 'išspausdint*'],
  originPhrases: ['{pirmą kartą|iš pradžių|originaliai} {paskelbt*|publikuot*|išspausdint*}'],
  originNotes: [
    '{straipsnis|tekstas|interviu|komentaras} {pirmą kartą |}{paskelbtas|publikuotas|išspausdintas} {portale|dienraštyje|laikraštyje|žurnale|svetainėje|tinklaraštyje} @',
    '{publikuojama|perspausdinta|skelbiama|spausdinama} {su|gavus} @ {leidimu|sutikimą|sutikimu}',
  ],
  clippingLeads: [
    '{Straipsnis|Tekstas|Interviu|Komentaras} {paskelbtas|publikuotas|išspausdintas} {laikraštyje|dienraštyje|žurnale|savaitraštyje}',
    '{Išspausdinta|Paskelbta} {laikraštyje|dienraštyje|žurnale|savaitraštyje}',
  ],
  clippingFroms: [],
  clippingMarks: ['psl#', 'puslapis #', 'numeris #'],
  dateLinks: [],
  reportVerbs: ['praneša', 'pranešė', 'skelbia', 'informuoja', 'praneša agentūra'],
  reportingVerbs: [
    '{praneša|pranešė|skelbia|paskelbė|informuoja|informavo|sužinojo|primena|primena naujienų agentūra|praneša naujienų agentūra} @',
    '{rašo|rašė} {dienraštis|portalas|savaitraštis|leidinys|žurnalas|agentūra} @',
    '{kaip praneša|kaip pranešė|kaip rašo|kaip rašė|kaip skelbia|kaip informuoja|kaip sužinojo|kaip primena|pasak|remiantis} @',
    'anot {agentūros|portalo|dienraščio|leidinio|naujienų agentūros} @',
    '@ {praneša|pranešė|skelbia|informuoja|sužinojo|primena|duomenimis|žiniomis|teigimu}',
  ],
  interviewCredits: [
    '{pareiškė|patvirtino|pasakojo|komentavo|aiškino|tvirtino|tvirtina|patikino|patvirtina} @',
    '{sakė|teigė|sako|teigia} {agentūrai|portalui|dienraščiui|laikraščiui|naujienų agentūrai} @',
    '{interviu|duodamas interviu|duodama interviu|pokalbyje su|kalbėdamas su|kalbėdama su} @',
    '@ kalbin{ti|tas|ta|tų}',
  ],
  feedFooters: ['pirmą kartą pasirodė', 'pirmiausia pasirodė'],
  publisherDescriptors: ['portalas', 'dienraštis', 'naujienų portalas', 'naujienų agentūra'],
  outletNameEndings: [],
  conjunctions: ['ir'],
  posterLabels: ['paskelbė', 'parašė'],
  copiedNotices: [
    'visos teisės saugomos',
    'draudžiama … {kopijuoti|platinti|skelbti|atgaminti|perspausdinti}',
    // Verb-final, as agencies write their reprint notice: "… informaciją atgaminti … be sutikimo draudžiama".
    '{kopijuoti|platinti|skelbti|atgaminti|perspausdinti|naudoti} … draudžiama',
    'be {raštiško|rašytinio|išankstinio} … sutikimo',
  ],
  promoNotices: [
    'sekite @ {WhatsApp|Telegram|Facebook|Instagram|YouTube|TikTok|Google News|X}',
    'atsisiųskite @ programėlę',
    '{prenumeruokite|užsiprenumeruokite} @',
  ],
};
