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
  readMoreLines: [
    'para {ler|ver|conferir|continuar lendo} {a matéria completa|a notícia completa|a reportagem completa|o artigo completo|a matéria|a notícia|o artigo|a reportagem|o texto completo|mais} … {em|no|na|pelo|pela} @',
    '{leia|ler|continue lendo|continuar lendo|confira|veja|acesse|leia a íntegra|confira a íntegra} {mais |a matéria |a matéria completa |a notícia completa |a notícia |o artigo completo |o artigo |a reportagem completa |a reportagem |o texto completo |o texto |na íntegra |o resto |o original |}{em|no|na|pelo|pela|via|no site|no site do|no site da|no portal|no portal do|no portal da} @',
    '{matéria completa|notícia completa|reportagem completa|texto completo|íntegra} {em|no|na} @',
    '{leia mais|continue lendo|continuar lendo|leia a matéria completa|leia a notícia completa|leia na íntegra}',
  ],
  clickHere: ['clique aqui', 'clica aqui', 'clicar aqui', 'acesse aqui', 'clique no link'],
  originPhrases: [
    '{publicado|publicada|apareceu} {originalmente|originariamente|primeiro|inicialmente|pela primeira vez} {em|no|na|pelo|pela|por}',
    'originalmente {publicado|publicada} {em|no|na|pelo|pela|por}',
  ],
  clippingLeads: [
    '{Artigo|Matéria|Coluna|Reportagem} {publicad*} {no|na|em}',
    '{Publicado|Publicada} {no jornal|na revista|no|na|em}',
  ],
  dateLinks: ['de', 'do', 'da', 'em'],
  reportVerbs: ['informa', 'informou', 'noticia', 'informa a agência', 'informou a agência'],
  feedFooters: ['foi publicado primeiro em', 'apareceu primeiro em', 'apareceu pela primeira vez em'],
  publisherDescriptors: ['o site', 'o jornal', 'o', 'a'],
  outletNameEndings: [],
  conjunctions: ['e'],
  posterLabels: ['postado por', 'publicado por', 'escrito por', 'por', 'autor'],
  copiedNotices: [
    'todos os direitos reservados',
    '{é |}proibida a {reprodução|distribuição}',
    '{para|aos} {nossos |seus |}assinantes',
    '{siga|seguir|acompanhe|entre} {n|}o canal … no {WhatsApp|Telegram}',
    'baixe o {app|aplicativo}',
  ],
};
