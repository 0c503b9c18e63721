import type { LanguagePack } from './languagePack.ts';

/** Portuguese. */
export const pt: LanguagePack = {
  code: 'pt',
  sourceLabels: ['Fonte', 'Fontes', 'Fonte original', 'Via', 'Crédito', 'Artigo original', 'Matéria original'],
  sourceLeads: [
    'Publicado originalmente em',
    'Publicado originalmente por',
    'Com informações de',
    'Com informações do',
    'Com informações da',
    'Traduzido de',
  ],
  readMore: [
    'Leia mais em',
    'Leia mais no',
    'Leia mais na',
    'Leia a matéria completa em',
    'Leia a matéria completa no',
    'Leia o artigo completo em',
    'Continue lendo em',
    'Continue lendo no',
  ],
  originPhrases: [
    '{publicado|publicada|apareceu} {originalmente|originariamente|primeiro|inicialmente|pela primeira vez} {em|no|na|pelo|pela|por}',
    'originalmente {publicado|publicada} {em|no|na|pelo|pela|por}',
  ],
  clippingLeads: [
    '{Artigo|Matéria|Coluna|Reportagem} {publicad*} {no|na|em}',
    '{Publicado|Publicada} {no jornal|na revista|no|na|em}',
  ],
  dateLinks: ['de', 'do', 'da', 'em'],
  feedFooters: ['foi publicado primeiro em', 'apareceu primeiro em', 'apareceu pela primeira vez em'],
  publisherDescriptors: ['o site', 'o jornal', 'o', 'a'],
  conjunctions: ['e'],
  posterLabels: ['postado por', 'publicado por', 'escrito por', 'por', 'autor'],
};
