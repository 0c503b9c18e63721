import type { LanguagePack } from './languagePack.ts';

/** Azerbaijani (Latin script). Case endings follow the outlet, often after a hyphen or a closing quote: "APA-ya", "“Report”a". */
export const az: LanguagePack = {
  code: 'az',
  sourceLabels: [
    'Mənbə',
    'Mənbələr',
    'Xəbərin mənbəyi',
    'Mənbə link',
    'Orijinal xəbər',
    'Məlumat mənbəyi',
    'Mənbə sayt',
    'Orijinal məqalə',
  ],
  sourceLeads: [],
  // Not "(Daha) ətraflı" as a lead: the outlet after it takes a case ending ("… X-in videomaterialında"), which
  // `readMoreLines` reads and a lead would keep.
  readMore: ['Davamını oxu', 'Xəbərin davamı', 'Ardını oxu'],
  readMoreLines: [
    '{xəbərin davamını|xəbərin bütün mətnini|yazının davamını|məqalənin davamını|davamını|ardını|ətraflı} @{-da|-də|da|də|”da|”də} {oxuyun|oxu|oxuya bilərsiniz}',
    '{davamını oxumaq üçün|xəbərin davamı üçün|ətraflı məlumat üçün|tam mətn üçün|ətraflı oxumaq üçün} @',
    '{davamını oxu|davamını oxuyun|ardını oxu|ardını oxuyun|xəbərin davamı|ətraflı oxu|daha ətraflı}',
    "{daha ətraflı|ətraflı|ətraflı məlumat|təfərrüatlar} @{-nin|-nın|-nun|-nün|-in|-ın|-un|-ün|’nin|’nın|'nin|'nın} {videomaterialında|materialında|süjetində|reportajında|yazısında|xəbərində|saytında|verilişində}",
  ],
  clickHere: ['buraya klikləyin', 'buraya daxil olun', 'keçidə daxil olun', 'klikləyin', 'burada'],
  articleNouns: ['məqalə*', 'müsahibə*', 'reportaj*'],
  authorLinks: ['müəllif'],
  publishedVerbs: ['dərc olun*', 'dərc edil*', 'yayımlan*'],
  originPhrases: ['{ilk dəfə|ilkin olaraq|ilk olaraq} … {dərc olun*|dərc edil*|yayımlan*}'],
  originNotes: [
    '@ {qəzetində|saytında|jurnalında|portalında|agentliyində} dərc {olunmuş|olunan|edilmiş} {məqaləni|yazını|müsahibəni|xəbəri}',
    '@{-dan|-dən|dan|dən|”dan|”dən} {götürülüb|götürülmüşdür|icazə ilə dərc olunur}',
  ],
  clippingLeads: [
    '{Məqalə|Yazı|Müsahibə} … {qəzetində|jurnalında} dərc {olunub|edilib|olunmuşdur}',
    'Dərc olunduğu {qəzet|jurnal|mənbə}',
  ],
  clippingFroms: [],
  clippingMarks: ['səh.#', 'səhifə #', 'nömrə #'],
  dateLinks: ['tarixli'],
  reportVerbs: [],
  reportingVerbs: [
    '@ {xəbər verir|xəbər verib|məlumat verir|məlumat verib|yazır|yazıb|bildirir|bildirib|xəbər yayıb}',
    '@{-a|-ə|-ya|-yə|a|ə|ya|yə|”a|”ə|”ya|”yə} istinadən',
    '@{-ın|-in|-un|-ün|-nın|-nin|-nun|-nün|ın|in|un|ün|nın|nin|”ın|”in|”un|”nın|”nin} {məlumatına görə|yazdığına görə|xəbərinə görə|verdiyi məlumata görə|istinadən verdiyi məlumata görə}',
    '{xəbər verir|məlumat verir|bildirir} @',
    // The outlet opens the sentence and whom it cites stands before the verb: "@ <source>-ə istinadən xəbər verir ki".
    '@ … istinadən {xəbər verir|xəbər verib|məlumat verir|məlumat verib|bildirir|bildirib|yazır|yazıb}',
  ],
  interviewCredits: [
    '@{-a|-ə|-ya|-yə|a|ə|ya|yə|”a|”ə|”ya|”yə} {açıqlamasında|açıqlama verib|müsahibəsində|müsahibə verib|verdiyi müsahibədə|bildirib|deyib|söyləyib|məlumat verib|məlumat verən}',
    '@ {müxbirinə|əməkdaşına|müxbirinin sualını} {bildirib|deyib|açıqlama verib|cavablandırıb|söyləyib}',
  ],
  feedFooters: ['ilk dəfə … {saytında|da|də} {dərc olunub|göründü|yayımlanıb}'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['və'],
  posterLabels: ['müəllif', 'dərc etdi', 'paylaşdı'],
  copiedNotices: [
    'bütün hüquqlar qorunur',
    'bütün hüquqları qorunur',
    '{istinad|aktiv keçid} … {mütləqdir|vacibdir|olmadan istifadə qadağandır}',
    'icazəsiz … {istifadə|dərc} {qadağandır|edilə bilməz}',
  ],
  promoNotices: [
    '@ {WhatsApp|Telegram|YouTube|Facebook|Instagram|TikTok} {kanalına|kanalımıza|səhifəsinə} {abunə olun|qoşulun}',
    '@{-ı|-i|-u|-ü|ı|i|u|ü|”ı|”i} {WhatsApp|Telegram|YouTube|Facebook|Instagram|TikTok|X}{-da|-də|da|də} izləyin',
    '@ tətbiqini yükləyin',
  ],
};
