import type { LanguagePack } from './languagePack.ts';

/** Dutch. */
export const nl: LanguagePack = {
  code: 'nl',
  sourceLabels: ['Bron', 'Bronnen', 'Via', 'Origineel artikel', 'Oorspronkelijk artikel', 'Bron artikel'],
  sourceLeads: ['Oorspronkelijk gepubliceerd op', 'Oorspronkelijk gepubliceerd door'],
  readMore: [
    'Lees meer op',
    'Lees meer bij',
    'Lees verder op',
    'Lees verder bij',
    'Lees het volledige artikel op',
    'Lees het hele artikel op',
  ],
  readMoreLines: [
    '{lees|lees meer|lees verder|lees het volledige artikel|lees het hele artikel|lees het artikel|lees het hele verhaal|lees het volledige verhaal|verder lezen|meer lezen|het volledige artikel|het hele artikel|lees het originele artikel|lees het oorspronkelijke artikel} {op|bij|in|via|op de website van|op de site van} @',
    '{lees meer|lees verder|verder lezen|lees het volledige artikel}',
  ],
  clickHere: ['klik hier', 'klik op deze link'],
  articleNouns: ['artikel', 'reportage', 'interview', 'column', 'opiniestuk'],
  authorLinks: ['van', 'door'],
  publishedVerbs: ['verschenen', 'gepubliceerd'],
  originPhrases: [
    '{verscheen|verschenen|gepubliceerd} {eerder|oorspronkelijk|eerst} {op|in|bij|door}',
    'oorspronkelijk {gepubliceerd|verschenen}',
  ],
  originNotes: [
    'wij {publiceren|plaatsen} {hieronder |hier |}{een|het|dit} {artikel|stuk|interview|opiniestuk} {van|uit} @',
    '{overgenomen|gepubliceerd|herpubliceerd} met toestemming van @',
    '{(|}{Dit artikel is|Dit stuk is|Deze tekst is} {overgenomen|afkomstig} {uit|van} @',
    '(Afkomstig {uit|van} @',
    '(Overgenomen {uit|van} @',
    'met toestemming overgenomen {uit|van} @',
    '@ publiceerde … {het volgende|onderstaand} {artikel|stuk}',
    'origineel{ artikel|}: @',
  ],
  clippingLeads: [
    '{Artikel |}{verschenen|gepubliceerd} in',
    '{Dit artikel|Het artikel|Deze column|Dit interview} {verscheen|is verschenen|werd gepubliceerd} in',
    '{Dit artikel |Artikel |Deze column |}{eerder |}{verschenen|gepubliceerd} in {het|de|}',
    'Overgenomen uit',
  ],
  clippingFroms: ['uit', 'uit de', 'uit het'],
  clippingMarks: ['pagina #', 'pag#', 'blz#', 'p.#', 'nr#', 'editie', 'katern'],
  dateLinks: ['van', 'op'],
  reportVerbs: ['meldt', 'schrijft', 'meldt persbureau'],
  reportingVerbs: [
    '{volgens|aldus|meldt|meldde|schrijft|schreef|bericht|berichtte} @',
    '{zo|dat} {meldt|meldde|schrijft|schreef|bericht|berichtte} @',
    '@ {meldt|meldde|schrijft|schreef|bericht|berichtte}',
  ],
  interviewCredits: [
    '{zegt|zei|vertelt|vertelde|meldt|meldde|bevestigt|bevestigde|laat|liet} … {aan|tegen} @',
    '{in gesprek met|in een gesprek met|in een interview met|in een vraaggesprek met} @',
  ],
  feedFooters: ['verscheen eerst op'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['en'],
  posterLabels: ['geplaatst door', 'geschreven door', 'door', 'auteur'],
  copiedNotices: [
    'alle rechten voorbehouden',
    'voor abonnees',
    '{volg|abonneer} … op {WhatsApp|Telegram|Google Nieuws}',
  ],
  promoNotices: [
    'volg @ op {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'download de app van @',
    'abonneer je op @',
    'meld je aan voor de nieuwsbrief van @',
    'exclusief voor abonnees van @',
  ],
};
