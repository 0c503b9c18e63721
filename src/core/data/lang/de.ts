import type { LanguagePack } from './languagePack.ts';

/** German. */
export const de: LanguagePack = {
  code: 'de',
  sourceLabels: ['Quelle', 'Quellen', 'Originalquelle', 'Via', 'Originalartikel', 'Originalbeitrag'],
  sourceLeads: [
    'Zuerst erschienen bei',
    'Zuerst erschienen auf',
    'Zuerst erschienen in',
    'Zuerst erschienen im',
    'Übersetzt aus',
    'Übernommen von',
  ],
  readMore: [
    'Weiterlesen bei',
    'Weiterlesen auf',
    'Weiterlesen im',
    'Mehr dazu bei',
    'Mehr dazu auf',
    'Den ganzen Artikel lesen bei',
    'Den ganzen Artikel lesen auf',
    'Den ganzen Artikel lesen im',
    'Ganzen Artikel lesen auf',
    'Ganzen Artikel lesen bei',
    'Den vollständigen Artikel lesen auf',
    'Zum vollständigen Artikel auf',
    'Zum Originalartikel',
  ],
  readMoreLines: [
    '{weiterlesen|mehr lesen|lesen sie weiter|lesen sie mehr|lesen sie den ganzen artikel|lesen sie den vollständigen artikel|den ganzen artikel lesen|den vollständigen artikel lesen|ganzen artikel lesen|zum vollständigen artikel|zum ganzen artikel|zum artikel|zum originalartikel|zum originalbeitrag|zum beitrag|zur meldung|mehr dazu|den artikel lesen|artikel lesen} {bei|auf|im|in der|in|unter|von|auf der website von|auf der seite von} @',
    'mehr {auf|bei} @',
    "hier {geht es|gehts|geht's|geht’s} {zum|zur} {artikel|beitrag|bericht|meldung|originalartikel} {auf|bei|im} {der |}@-{seite|website|webseite|homepage}",
    "hier {geht es|gehts|geht's|geht’s} {zum|zur} {artikel|beitrag|bericht|meldung|originalartikel} {auf|bei|im} @",
    '{weiterlesen|mehr lesen|zum artikel|zum vollständigen artikel|ganzen artikel lesen|artikel lesen}',
  ],
  originPhrases: [
    '{erschien|erschienen|veröffentlicht|publiziert} {zuerst|ursprünglich|erstmals} {bei|auf|in|im|von}',
    '{zuerst|ursprünglich|erstmals} {erschienen|veröffentlicht|publiziert} {bei|auf|in|im|von}',
    'mit freundlicher genehmigung',
  ],
  clippingLeads: [
    '{Ein |}{aktueller |neuer |}{Artikel|Beitrag|Bericht} {in|aus} {der|dem|}',
    'Erschienen {in|im} {der |}',
    'Veröffentlicht {in|im} {der |}',
  ],
  dateLinks: ['vom', 'am', 'von'],
  feedFooters: ['erschien zuerst auf', 'ist zuerst erschienen auf'],
  publisherDescriptors: ['die website', 'der', 'die', 'das'],
  conjunctions: ['und', 'mit'],
  posterLabels: ['veröffentlicht von', 'geschrieben von', 'verfasst von', 'von', 'autor'],
};
