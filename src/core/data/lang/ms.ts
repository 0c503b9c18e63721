import type { LanguagePack } from './languagePack.ts';

/** Malay. */
export const ms: LanguagePack = {
  code: 'ms',
  sourceLabels: ['Sumber', 'Sumber berita', 'Sumber asal'],
  sourceLeads: [
    '{Dipetik|Diambil|Diterjemah|Diterjemahkan|Diadaptasi} {dari|daripada}',
    '{Ihsan|Dengan ihsan} {dari|daripada}',
  ],
  readMore: ['Baca lanjut di', 'Baca selanjutnya di'],
  readMoreLines: [
    '{baca|baca lanjut|baca selanjutnya|baca seterusnya|baca selengkapnya|berita penuh|artikel penuh|baca artikel penuh|baca berita penuh|teruskan membaca|baca sepenuhnya} {di|pada|dalam|melalui|di laman} @',
    '{baca lanjut|baca seterusnya|teruskan membaca|baca artikel penuh}',
  ],
  clickHere: ['klik di sini', 'tekan di sini'],
  articleNouns: ['artikel', 'laporan', 'rencana', 'wawancara'],
  authorLinks: ['oleh', 'tulisan'],
  publishedVerbs: ['disiarkan', 'diterbitkan', 'disiar'],
  originPhrases: [
    'pertama kali {diterbitkan|disiarkan} {di|oleh}',
    '{artikel|berita|laporan} ini {pertama kali |telah |}{disiarkan|diterbitkan} {di|oleh|dalam}',
    'disiarkan semula {dengan izin|daripada|dari}',
  ],
  clippingLeads: [
    '{Artikel ini |}{disiarkan|diterbitkan} {di|dalam} {akhbar|}',
    '{Artikel|Rencana|Tulisan} {ini |}{telah |}{disiarkan|diterbitkan|disiar} {di|dalam} {akhbar|majalah|}',
    'Disiarkan {di|dalam} {akhbar|majalah|}',
    'Petikan dari',
    '{Dipetik|Diambil} dari {akhbar|majalah|}',
  ],
  originNotes: [
    'kami {siarkan|terbitkan} semula {artikel|tulisan|wawancara} {dari|daripada} @',
    '{disiarkan|diterbitkan} semula dengan izin @',
    'diterbitkan semula dari @',
  ],
  clippingFroms: ['dari'],
  clippingMarks: ['halaman #', 'muka surat #', 'ms#', 'edisi cetak', 'edisi #'],
  dateLinks: ['edisi', 'tarikh', 'pada'],
  reportVerbs: ['lapor', 'melaporkan'],
  reportingVerbs: [
    '{seperti dipetik|dipetik|dipetik oleh|seperti dilaporkan|dilaporkan|menurut laporan|menurut|lapor} @',
    '@ {melaporkan|memetik|melapor}',
    '@ {memetik|memetik kenyataan} … {melaporkan|melapor|menulis}',
  ],
  interviewCredits: [
    '{ketika dihubungi|apabila dihubungi|semasa dihubungi} @',
    '{katanya|ujarnya|jelasnya|menurutnya|beliau berkata|dia berkata|memberitahu} … kepada @',
    '{dalam wawancara dengan|dalam temu bual dengan|ketika ditemu bual|semasa ditemu bual} @',
  ],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['dan'],
  posterLabels: ['oleh'],
  copiedNotices: ['hak cipta terpelihara', 'semua hak terpelihara', 'ikuti … di {Telegram|WhatsApp}'],
  promoNotices: [
    'ikuti @ di {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'sertai saluran @ di {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'muat turun aplikasi @',
    'langgan @',
    '{ikuti|sertai} {berita|perkembangan} {terkini |}@ {di|menerusi|melalui} {WhatsApp|Telegram|Google News|Google Discover|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter|Bluesky|Viber|Apple News|Flipboard}',
    '{sertai|langgani} saluran {WhatsApp|Telegram} @',
    '{muat turun|dapatkan} aplikasi {percuma |}@',
  ],
};
