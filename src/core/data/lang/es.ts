import type { LanguagePack } from './languagePack.ts';

/** Spanish. */
export const es: LanguagePack = {
  code: 'es',
  sourceLabels: ['Fuente', 'Fuentes', 'Fuente original', 'Vía', 'Crédito', 'Artículo original', 'Nota original'],
  sourceLeads: [
    'Publicado originalmente en',
    'Publicado originalmente por',
    'Con información de',
    'Tomado de',
    'Traducido de',
  ],
  readMore: [
    'Leer más en',
    'Lee más en',
    'Lea más en',
    'Seguir leyendo en',
    'Sigue leyendo en',
    'Lee la nota completa en',
    'Lea la nota completa en',
    'Lee el artículo completo en',
  ],
  readMoreLines: [
    'para {leer|ver|seguir leyendo} {el artículo completo|la nota completa|la noticia completa|el reportaje completo|el artículo|la nota|la noticia|el resto|más} … {en|desde} @',
    '{leer|lee|lea|seguir leyendo|sigue leyendo|siga leyendo|continuar leyendo|continúa leyendo|continúe leyendo|ver} {más |la noticia |la noticia completa |noticia completa |el artículo |el artículo completo |artículo completo |la nota |la nota completa |nota completa |el resto |el original |el artículo original |la información completa |el reportaje completo |todo |}{en|desde|vía} @',
    '{noticia completa|nota completa|artículo completo|más información|la noticia completa|el artículo completo} {en|vía} @',
    '{seguir leyendo|sigue leyendo|leer más|lee más|leer la noticia completa|continuar leyendo|ver noticia completa}',
  ],
  clickHere: [
    'haz clic aquí',
    'haga clic aquí',
    'haz click aquí',
    'pincha aquí',
    'pulsa aquí',
    'clic aquí',
    'click aquí',
  ],
  originPhrases: [
    '{publicado|publicada|aparecido|aparecida|apareció} {originalmente|originariamente|primero|inicialmente|por primera vez} {en|por}',
    'originalmente {publicado|publicada} {en|por}',
    '{republicado|republicada|reproducido|reproducida} con {el |}permiso',
  ],
  clippingLeads: [
    '{Artículo|Nota|Columna} {publicad*|aparecid*} en',
    '{Publicado|Aparecido} en {el diario|el periódico|}',
  ],
  dateLinks: ['del', 'de', 'el', 'con fecha'],
  reportVerbs: ['informa', 'informó', 'reporta', 'informa la agencia', 'informó la agencia'],
  feedFooters: ['se publicó primero en', 'aparece primero en', 'apareció primero en'],
  publisherDescriptors: ['el diario', 'el periódico', 'el', 'la'],
  outletNameEndings: [],
  conjunctions: ['y', 'con'],
  posterLabels: ['publicado por', 'escrito por', 'por', 'autor'],
  copiedNotices: [
    'todos los derechos reservados',
    'prohibida su {reproducción|distribución}',
    'queda prohibida la reproducción',
    '{para|a} {nuestros |los |sus |}suscriptores',
    '{sigue|síguenos|únete} … en {WhatsApp|Telegram|Google News|Google Noticias}',
    'descarga la {app|aplicación}',
  ],
};
