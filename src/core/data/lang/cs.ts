import type { LanguagePack } from './languagePack.ts';

/** Czech. */
export const cs: LanguagePack = {
  code: 'cs',
  sourceLabels: ['Zdroj', 'Zdroje', 'Převzato z', 'Převzato', 'Zdroj článku', 'Originál', 'Původní článek'],
  sourceLeads: ['Převzato z'],
  readMore: ['Více na', 'Čtěte více na', 'Celý článek na', 'Celý článek čtěte na', 'Pokračování na'],
  readMoreLines: [
    '{celý článek|celý text|více informací|pokračování článku|celou zprávu|celý rozhovor} {najdete|naleznete|si můžete přečíst|čtěte} {na|v|ve|na webu|na serveru} @',
    'článek pokračuje {na|v|ve} @',
    '{číst|přečíst|přečtěte si} celý článek {na|v|ve|na webu} @',
    '{celý článek|celý text|zdroj a celý článek}: @',
    '{více|čtěte více|čtěte dále|celý článek|celý článek čtěte|celý článek si přečtěte|pokračování|pokračování článku|číst dále|číst více|přečtěte si celý článek|více informací} {na|v|ve|u|na webu|na serveru|na stránkách} @',
    '{číst dále|čtěte více|celý článek|pokračování článku}',
  ],
  clickHere: ['klikněte zde', 'klikněte sem', 'klikni sem', 'klikni zde'],
  articleNouns: ['článek', 'článk*', 'reportáž*', 'rozhovor', 'komentář'],
  authorLinks: ['od', 'autora', 'autorky'],
  publishedVerbs: ['publikovan*', 'vyšel', 'vyšla', 'otištěn*', 'zveřejněn*'],
  originPhrases: ['{původně|poprvé} {publikován*|vyšel|vyšl*|zveřejněn*}'],
  clippingLeads: [
    '{Článek|Text|Rozhovor} vyšel v',
    'Vyšlo v',
    'Publikováno v',
    '{Článek|Text|Rozhovor|Komentář} … vyšel v',
    'Převzato z',
    'Přetištěno z',
  ],
  clippingFroms: ['z'],
  dateLinks: ['ze', 'z', 'dne'],
  reportVerbs: ['informuje', 'informovala', 'uvedla', 'informuje {zpravodaj|zpravodajka|redaktor|redaktorka}'],
  feedFooters: ['pochází z', 'se nejdříve objevil na'],
  publisherDescriptors: ['portál'],
  outletNameEndings: [],
  conjunctions: ['a', 'i'],
  posterLabels: ['napsal', 'autor'],
  copiedNotices: ['všechna práva vyhrazena', 'bez písemného souhlasu … zakázáno'],
};
