import type { LanguagePack } from './languagePack.ts';

/** Welsh. Initial letters mutate after some words ("darllenwch fwy", "a gyhoeddwyd"). */
export const cy: LanguagePack = {
  code: 'cy',
  sourceLabels: ['Ffynhonnell', 'Ffynonellau'],
  sourceLeads: [],
  readMore: ['Darllen mwy', 'Darllenwch fwy', 'Darllenwch y stori lawn'],
  readMoreLines: [
    '{darllenwch fwy|darllen mwy|darllenwch y stori lawn|darllenwch yr erthygl lawn} {ar|yn|ar wefan} @',
    '{darllenwch fwy|darllen mwy|darllenwch y stori lawn}',
  ],
  clickHere: ['cliciwch yma'],
  articleNouns: ['erthygl*', 'cyfweliad*', 'adroddiad*'],
  authorLinks: ['ysgrifennwyd gan'],
  publishedVerbs: ['cyhoeddwyd', 'a gyhoeddwyd'],
  originPhrases: ['cyhoeddwyd {yn wreiddiol|gyntaf} {ar|yn|gan}'],
  originNotes: [
    '{cyhoeddwyd|ymddangosodd} {yr erthygl hon|y stori hon|y darn hwn} {yn wreiddiol|gyntaf} {ar|yn|gan} @',
    'ailgyhoeddwyd gyda chaniatâd @',
  ],
  clippingLeads: [
    '{Cyhoeddwyd|Ymddangosodd} {yn|gyntaf yn}',
    '{Mae|Roedd} {yr erthygl|y stori|y darn} {hon |}{wedi ymddangos|wedi ei chyhoeddi} yn',
  ],
  clippingFroms: ['o'],
  clippingMarks: ['tudalen #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: ['yn ôl {adroddiad|gwefan|adroddiadau} @', '{adroddodd|adroddwyd gan} @'],
  interviewCredits: [
    '{mewn cyfweliad â|mewn cyfweliad gyda|wrth siarad â|wrth siarad gyda} @',
    '{dywedodd|meddai|esboniodd|cadarnhaodd} … wrth @',
  ],
  feedFooters: ['ymddangosodd gyntaf ar'],
  publisherDescriptors: ['gwefan', 'papur newydd'],
  outletNameEndings: [],
  conjunctions: ['ac'],
  posterLabels: ['ysgrifennwyd gan', 'awdur'],
  copiedNotices: ['cedwir pob hawl'],
  promoNotices: ['dilynwch @ ar {Facebook|Instagram|X|TikTok|YouTube|WhatsApp}', 'lawrlwythwch ap @'],
};
