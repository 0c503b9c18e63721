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
