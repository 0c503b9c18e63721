import type { LanguagePack } from './languagePack.ts';

/** Hungarian. */
export const hu: LanguagePack = {
  code: 'hu',
  sourceLabels: ['Forrás', 'Források', 'Eredeti cikk', 'Hírforrás', 'Eredeti forrás'],
  sourceLeads: [],
  readMore: ['Bővebben', 'Tovább a', 'A teljes cikk'],
  readMoreLines: [
    '{a teljes cikk|a cikk folytatása|bővebben|tovább olvasom|olvasd tovább|olvassa tovább|tovább|a teljes írás|a teljes hír} {a |az |}@ {oldalán|honlapján|weboldalán|cikkében|portálján}',
    '{a teljes cikk|a teljes cikket|a cikk folytatása|bővebben|tovább olvasom|olvasd tovább|olvassa tovább} {itt |}@',
    '{tovább olvasom|olvasd tovább|a teljes cikk|bővebben}',
  ],
  clickHere: ['kattintson ide', 'kattints ide', 'katt ide'],
  articleNouns: ['cikk*', 'riport', 'interjú', 'írás*'],
  authorLinks: ['szerzője'],
  publishedVerbs: ['megjelent', 'közölte', 'publikált'],
  originPhrases: ['eredetileg ~ jelent meg'],
  originNotes: [
    '{közöljük|közreadjuk|átvesszük} {a |az |}@ {cikkét|írását|interjúját}',
    '@ {engedélyével|hozzájárulásával} {közöljük|közölve|közölt}',
  ],
  clippingLeads: [
    '{A cikk|Az írás|Az interjú|A jegyzet} {megjelent|eredetileg megjelent}',
    'Megjelent',
    '{Megjelent|Eredetileg megjelent|Első megjelenés} {a|az}',
  ],
  clippingFroms: [],
  clippingMarks: ['oldal #', '#. oldal', '#. o.', 'szám #', '#. szám', 'kiadás'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '{írja|írta|jelenti|jelentette|közli|közölte|tudósít|tudósított|értesült|számol be|számolt be|szúrta ki} {a|az|} @',
    '@ {szerint|értesülése szerint|úgy értesült|információi szerint}',
    '@ … hivatkozva … {írja|írta|jelenti|jelentette|közli|közölte}',
  ],
  interviewCredits: [
    '{nyilatkozta|mondta|közölte|mondta el|nyilatkozott|erősítette meg|árulta el} … {a|az|} @{-nak|-nek|nak|nek}',
  ],
  feedFooters: ['először … jelent meg', 'jelent meg először'],
  publisherDescriptors: ['portál', 'hírportál', 'napilap', 'hetilap', 'hírügynökség'],
  outletNameEndings: [],
  conjunctions: ['és'],
  posterLabels: [],
  copiedNotices: [
    'minden jog fenntartva',
    '{másolása|közlése|terjesztése|átvétele|felhasználása} … {tilos|csak … engedélyével|engedély nélkül}',
  ],
  promoNotices: [
    'kövesse {a |az |}@ {oldalát|csatornáját}',
    'töltse le {a |az |}@ {alkalmazását|applikációját}',
    'iratkozzon fel {a |az |}@ hírlevelére',
    'fizessen elő {a |az |}@',
  ],
};
