import type { LanguagePack } from './languagePack.ts';

/**
 * Uzbek, in both its scripts: Latin (oʻ and gʻ written with ʻ, ‘, ’ or ') and Cyrillic. Suffixes are glued to the
 * outlet ("Kun.uzga", "UzA’ga"); agencies close a rewrite with "— deb xabar beradi UzA muxbiri".
 */
export const uz: LanguagePack = {
  code: 'uz',
  sourceLabels: ['Manba', 'Manbalar', 'Xabar manbasi', 'Манба', 'Манбалар', 'Хабар манбаси'],
  sourceLeads: [],
  readMore: ['Batafsil', 'Batafsil o‘qing', "Batafsil o'qing", 'Батафсил', 'Батафсил ўқинг'],
  readMoreLines: [
    "{batafsil|to‘liq matn|to'liq matn|xabarning davomi|maqolaning davomi|davomi|batafsil ma’lumot|batafsil ma'lumot} @{da|’da|'da|-da} {o‘qing|o'qing|oʻqing|o‘qishingiz mumkin|o'qishingiz mumkin|oʻqishingiz mumkin|tanishing}",
    '{батафсил|тўлиқ матн|хабарнинг давоми|мақоланинг давоми|давоми|батафсил маълумот} @{да|-да} {ўқинг|ўқишингиз мумкин|танишинг}',
    "{davomini o‘qish|davomini o'qish|davomini oʻqish|batafsil o‘qish|batafsil o'qish|to‘liq o‘qish|to'liq o'qish|давомини ўқиш|батафсил ўқиш|тўлиқ ўқиш}",
  ],
  clickHere: ['bu yerga bosing', 'shu yerga bosing', 'havolaga bosing', 'бу ерга босинг', 'шу ерга босинг'],
  articleNouns: ['maqola*', 'intervyu*', 'reportaj*', 'мақола*'],
  authorLinks: ['muallif', 'муаллиф'],
  publishedVerbs: ['chop etil*', 'nashr etil*', 'чоп этил*', 'нашр этил*'],
  originPhrases: [
    '{ilk bor|birinchi marta|dastlab|илк бор|биринчи марта|дастлаб} … {chop etil*|nashr etil*|чоп этил*|нашр этил*}',
  ],
  originNotes: [
    "@ {gazetasida|saytida|jurnalida|nashrida|portalida} {chop etilgan|nashr etilgan|e’lon qilingan|e'lon qilingan|eʼlon qilingan} {maqola|suhbat|intervyu|material}",
    '@ {газетасида|сайтида|журналида|нашрида|порталида} {чоп этилган|нашр этилган|эълон қилинган} {мақола|суҳбат|интервью|материал}',
  ],
  clippingLeads: [
    '{gazetasining|jurnalining|gazetasi|jurnali} … {sonidan|sonida}',
    '{газетасининг|журналининг|газетаси|журнали} … {сонидан|сонида}',
  ],
  clippingFroms: [],
  clippingMarks: ['# sonidan', '#-sonidan', '# сонидан', '#-сонидан', 'sahifa #', 'саҳифа #'],
  dateLinks: [],
  reportVerbs: [
    'xabar beradi',
    'xabar bermoqda',
    'хабар беради',
    'хабар бермоқда',
    'deb xabar beradi',
    'деб хабар беради',
  ],
  reportingVerbs: [
    "@ {xabar bermoqda|xabar beradi|xabar berdi|yozadi|yozmoqda|yozdi|ma’lum qildi|ma'lum qildi|maʼlum qildi}",
    '@ {хабар бермоқда|хабар беради|хабар берди|ёзади|ёзмоқда|маълум қилди}',
    '{xabar beradi|xabar bermoqda|хабар беради|хабар бермоқда} @',
    "@{ning|нинг|} {xabariga ko‘ra|xabariga ko'ra|xabariga koʻra|ma’lumotlariga ko‘ra|ma'lumotlariga ko'ra|maʼlumotlariga koʻra|xabar berishicha|yozishicha|хабарига кўра|маълумотларига кўра|хабар беришича|ёзишича}",
    "@{ga|’ga|'ga|-ga|га|-га} {tayanib|tayanib xabar|таяниб|таяниб хабар}",
    '@ … tayanib … {xabar bermoqda|xabar beradi|xabar berdi|yozmoqda|yozdi}',
  ],
  interviewCredits: [
    "@{ga|’ga|'ga|ʼga|-ga} {bergan intervyusida|bergan intervyuda|bergan izohida|bergan suhbatida|aytdi|ma’lum qildi|ma'lum qildi|bildirdi|izoh berdi}",
    '@{га|-га} {берган интервьюсида|берган интервьюда|берган изоҳида|берган суҳбатида|айтди|маълум қилди|билдирди|изоҳ берди}',
    "@ {muxbiriga|мухбирига} {aytdi|bildirdi|ma’lum qildi|ma'lum qildi|айтди|билдирди|маълум қилди}",
  ],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['va', 'ва'],
  posterLabels: ['muallif', 'муаллиф'],
  copiedNotices: [
    'barcha huquqlar himoyalangan',
    'барча ҳуқуқлар ҳимояланган',
    '{materiallardan|materialdan} foydalanishda … havola {majburiy|shart}',
    '{материаллардан|материалдан} фойдаланишда … ҳавола {мажбурий|шарт}',
  ],
  promoNotices: [
    "@ {Telegram|telegram} {kanaliga|sahifasiga} {obuna bo‘ling|obuna bo'ling|obuna boʻling|a’zo bo‘ling|a'zo bo'ling}",
    '@ {Telegram|телеграм} {каналига|саҳифасига} {обуна бўлинг|аъзо бўлинг}',
  ],
};
