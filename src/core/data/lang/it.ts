import type { LanguagePack } from './languagePack.ts';

/** Italian. */
export const it: LanguagePack = {
  code: 'it',
  sourceLabels: ['Fonte', 'Fonti', 'Via', 'Articolo originale', 'Fonte originale'],
  sourceLeads: ['Pubblicato originariamente su', 'Tratto da', 'Tradotto da'],
  readMore: [
    'Leggi di più su',
    'Leggi tutto su',
    'Leggi anche su',
    'Continua a leggere su',
    'Leggi l’articolo completo su',
    "Leggi l'articolo completo su",
  ],
  readMoreLines: [
    "per {leggere|continuare a leggere|leggere tutto} {l'articolo completo|l’articolo completo|l'articolo|l’articolo|la notizia completa|la notizia|il resto|il pezzo} … {su|sul|sulla|in|nel|dal} @",
    "{leggi|continua a leggere|leggi tutto|leggi di più|leggi l’articolo completo|leggi l'articolo completo|leggi l’articolo|leggi l'articolo|leggi la notizia|leggi la notizia completa|leggi il resto|prosegui la lettura|continua la lettura|l’articolo completo|l'articolo completo|l’articolo integrale|l'articolo integrale} {su|sul|sulla|in|da|dal|dalla|via|sul sito di|sul sito del} @",
    "{leggi tutto|continua a leggere|leggi di più|leggi l’articolo|leggi l'articolo|leggi l’articolo completo|leggi l'articolo completo}",
  ],
  clickHere: ['clicca qui', 'cliccate qui', 'clicca sul link', 'clicca qua'],
  originPhrases: [
    '{pubblicato|pubblicata|apparso|apparsa} {originariamente|originalmente|per la prima volta|inizialmente} {su|da|in|sul|sulla|dal|dalla}',
    '{originariamente|originalmente} {pubblicato|pubblicata} {su|da|in|sul|sulla}',
  ],
  clippingLeads: [
    'Dal {giornale|quotidiano|settimanale|periodico}',
    '{Articolo|Intervista} {pubblicat*|appars*|uscit*} su',
    '{Pubblicato|Apparso|Uscito} su',
    'Articolo {del|della|de}',
    "{Ecco |}{l’|l'|un |un’|un'|quest’|quest'|}{articolo|intervista|editoriale|intervento|lettera|commento|reportage} {pubblicat*|appars*|uscit*} {su|sul|sulla|sullo|sui|in|nel|nella|nello}",
    "{Ecco |}{l’|l'|un |un’|un'|quest’|quest'|}{articolo|intervista|editoriale|intervento|lettera|commento|reportage} … {pubblicat*|appars*|uscit*} {su|sul|sulla|sullo|sui|in|nel|nella|nello}",
    "{l’|l'|un |}{articolo|intervista|editoriale|commento} di … {per|su|sul|sulla|sullo|in|nel|nella}",
    '{Articolo|Intervista|Editoriale|Testo|Lettera} tratt* {da|dal|dalla|dallo}',
    'Tratto {dal|dalla|dallo}',
    "{Ecco |}{l’|l'|un |un’|un'|quest’|quest'|}{articolo|intervista|editoriale|intervento|lettera|commento|reportage} {pubblicat*|scritt*|firmat*} … da … {su|sul|sulla|sullo|in|nel|nella}",
    "{Ecco |}{l’|l'|un |un’|un'|quest’|quest'|}{articolo|intervista|editoriale|intervento|lettera|commento|reportage} {pubblicat*|scritt*|firmat*} da … {su|sul|sulla|sullo|in|nel|nella}",
  ],
  clippingFroms: ['da', 'dal', 'dalla', 'dallo', 'tratto da'],
  dateLinks: ['del', 'dello', 'della', 'di', 'il', 'il giorno', 'in data'],
  reportVerbs: ['riferisce', 'riporta', 'riferisce l’', "riferisce l'", 'riporta l’', "riporta l'", 'scrive'],
  feedFooters: ['proviene da', 'sembra essere il primo su', 'è apparso per la prima volta su'],
  publisherDescriptors: ['il sito', 'il', 'la', 'lo'],
  outletNameEndings: [],
  conjunctions: ['e', 'con'],
  posterLabels: ['pubblicato da', 'scritto da', 'di', 'autore'],
  copiedNotices: [
    'tutti i diritti riservati',
    'riproduzione riservata',
    'vietata la riproduzione',
    '{riservato|riservata|riservati} agli abbonati',
    '{segui|seguici} … su {WhatsApp|Telegram|Google News}',
  ],
};
