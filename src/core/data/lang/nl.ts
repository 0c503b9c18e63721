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
  originPhrases: [
    '{verscheen|verschenen|gepubliceerd} {eerder|oorspronkelijk|eerst} {op|in|bij|door}',
    'oorspronkelijk {gepubliceerd|verschenen}',
  ],
  clippingLeads: ['{Artikel |}{verschenen|gepubliceerd} in'],
  dateLinks: ['van', 'op'],
  feedFooters: ['verscheen eerst op'],
  publisherDescriptors: [],
  conjunctions: ['en'],
  posterLabels: ['geplaatst door', 'geschreven door', 'door', 'auteur'],
};
