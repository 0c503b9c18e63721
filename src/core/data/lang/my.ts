import type { LanguagePack } from './languagePack.ts';

/**
 * Burmese, in Unicode (pages in the older Zawgyi encoding use the same code points for other letters and are not
 * read by these phrases). Particles follow the outlet, with or without a space: "ရိုက်တာကို", "BBC က".
 */
export const my: LanguagePack = {
  code: 'my',
  sourceLabels: ['ရင်းမြစ်', 'သတင်းရင်းမြစ်', 'ကိုးကား', 'ကိုးကားချက်'],
  sourceLeads: [],
  readMore: ['ဆက်လက်ဖတ်ရှုရန်', 'အပြည့်အစုံဖတ်ရှုရန်', 'ဆက်ဖတ်ရန်'],
  readMoreLines: [
    '@{တွင်| တွင်|မှာ| မှာ} {ဆက်လက်ဖတ်ရှုရန်|အပြည့်အစုံဖတ်ရှုရန်|ဖတ်ရှုနိုင်ပါသည်|ဆက်လက်ဖတ်ရှုနိုင်ပါသည်}',
    '{ဆက်လက်ဖတ်ရှုရန်|အပြည့်အစုံဖတ်ရှုရန်|ဆက်ဖတ်ရန်|အပြည့်အစုံဖတ်ရန်}',
  ],
  clickHere: ['ဒီမှာနှိပ်ပါ', 'ဤနေရာကိုနှိပ်ပါ', 'နှိပ်ပါ'],
  articleNouns: ['ဆောင်းပါး', 'အင်တာဗျူး', 'တွေ့ဆုံမေးမြန်းခန်း'],
  authorLinks: [],
  publishedVerbs: ['ဖော်ပြခဲ့သော', 'ထုတ်ဝေခဲ့သော', 'ဖော်ပြထားသော'],
  originPhrases: ['{ပထမဆုံး|မူလ} … {ဖော်ပြခဲ့|ထုတ်ဝေခဲ့}'],
  originNotes: ['@{တွင်| တွင်|၌| ၌} {ဖော်ပြခဲ့သော|ထုတ်ဝေခဲ့သော|ဖော်ပြထားသော} {ဆောင်းပါး|သတင်း|အင်တာဗျူး}', '@{၏| ၏|ရဲ့| ရဲ့} ခွင့်ပြုချက်ဖြင့်'],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['စာမျက်နှာ #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '@{က| က} {ဖော်ပြသည်|ဖော်ပြထားသည်|ရေးသားသည်|သတင်းထုတ်ပြန်သည်|သတင်းဖော်ပြသည်|ဖော်ပြခဲ့သည်|ရေးသားဖော်ပြသည်|ဖော်ပြပါတယ်|ရေးသားထားပါတယ်}',
    '@{၏| ၏|ရဲ့| ရဲ့} {သတင်းအရ|ဖော်ပြချက်အရ|သတင်းများအရ|ရေးသားချက်အရ}',
  ],
  interviewCredits: [
    '@{ကို| ကို} {ပြောသည်|ပြောကြားသည်|ပြောပါတယ်|ပြောဆိုတယ်|ပြောဆိုသည်|ပြောကြားခဲ့သည်|ပြောခဲ့သည်|ပြောကြားခဲ့ပါတယ်}',
    '@{နှင့်| နှင့်|နဲ့| နဲ့} {တွေ့ဆုံမေးမြန်းခန်း|အင်တာဗျူး|တွေ့ဆုံမေးမြန်းမှု}',
    '@ သတင်းထောက်{က|ကို| က| ကို}',
  ],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['နှင့်', 'နဲ့'],
  posterLabels: ['ရေးသားသူ', 'တင်ဆက်သူ'],
  copiedNotices: ['မူပိုင်ခွင့်', 'ခွင့်ပြုချက်မရှိဘဲ … {ကူးယူ|ဖော်ပြ}'],
  promoNotices: ['@ {Facebook|Telegram|YouTube|Viber} {စာမျက်နှာကို|Channel ကို} {Like|Follow|Subscribe} {လုပ်ပါ|ပေးပါ}'],
};
