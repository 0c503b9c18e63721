import type { LanguagePack } from './languagePack.ts';

/** Indonesian. */
export const id: LanguagePack = {
  code: 'id',
  sourceLabels: ['Sumber', 'Sumber berita', 'Sumber artikel', 'Via', 'Sumber asli', 'Artikel asli'],
  sourceLeads: [
    'Dikutip dari',
    'Dilansir dari',
    'Artikel ini telah tayang di',
    'Artikel ini pertama kali tayang di',
    'Artikel ini telah terbit di',
  ],
  readMore: [
    'Baca selengkapnya di',
    'Baca selengkapnya pada',
    'Selengkapnya di',
    'Selengkapnya baca di',
    'Baca artikel selengkapnya di',
    'Baca berita selengkapnya di',
  ],
  readMoreLines: [
    'untuk membaca {artikel lengkap|berita lengkap|selengkapnya|artikel ini|berita ini} … di @',
    '{baca|baca selengkapnya|selengkapnya|baca artikel selengkapnya|baca berita selengkapnya|simak selengkapnya|berita selengkapnya|artikel selengkapnya|baca lebih lanjut|lihat selengkapnya|cek selengkapnya|selengkapnya baca|baca artikel lengkapnya|baca berita lengkapnya} {di|pada|dalam|melalui|via|di situs|di laman} @',
    '{baca selengkapnya|selengkapnya|lihat selengkapnya|baca artikel selengkapnya}',
  ],
  clickHere: ['klik di sini', 'klik disini', 'klik tautan ini'],
  articleNouns: ['artikel', 'laporan', 'tulisan', 'wawancara', 'liputan'],
  authorLinks: ['oleh', 'karya'],
  publishedVerbs: ['dimuat', 'diterbitkan', 'terbit', 'dipublikasikan'],
  originPhrases: [
    'artikel ini {telah |sudah |pertama kali |}{tayang|terbit|dipublikasikan|dimuat} {di|pada|oleh}',
    'pertama kali {terbit|tayang|dipublikasikan|dimuat} {di|pada|oleh}',
  ],
  originNotes: [
    'kami {muat|terbitkan|tayangkan} {ulang |kembali |}{artikel|tulisan|wawancara} {dari|dari situs|yang terbit di} @',
    '{dimuat|diterbitkan|ditayangkan} {ulang |kembali |}{atas|dengan} izin @',
    '{diterbitkan ulang|dipublikasikan ulang|ditayangkan ulang} dari @',
    'artikel ini {merupakan terjemahan|diterjemahkan} dari @',
  ],
  clippingLeads: [
    '{Artikel ini |}{dimuat|diterbitkan} {di|dalam} {harian|koran|}',
    '{Artikel|Tulisan|Opini|Berita} {ini |}{telah |}{dimuat|diterbitkan|dipublikasikan|terbit} {di|dalam} {harian|koran|surat kabar|majalah|}',
    'Dimuat {di|dalam} {harian|koran|surat kabar|majalah|}',
    'Disalin dari',
  ],
  clippingFroms: ['dari'],
  clippingMarks: ['halaman #', 'hlm#', 'hal#', 'edisi cetak', 'edisi #'],
  dateLinks: ['edisi', 'tanggal', 'pada'],
  reportVerbs: ['lapor', 'melaporkan', 'dilansir'],
  reportingVerbs: [
    '{seperti dikutip|seperti dilansir|sebagaimana dikutip|sebagaimana dilansir|dikutip|dikutip dari|seperti diberitakan|sebagaimana diberitakan|seperti dilaporkan|sebagaimana dilaporkan|dilaporkan|diberitakan|menurut laporan|menurut} @',
    '@ {melaporkan|memberitakan|mewartakan}',
    '@ {mengutip|mengutip dari} … {melaporkan|memberitakan|mewartakan|menulis}',
  ],
  interviewCredits: [
    '{dihubungi|saat dihubungi|ketika dihubungi|kepada} @',
    '{kata|katanya|ujar|ujarnya|ungkap|ungkapnya|jelasnya|tuturnya|tegasnya|mengatakan|menjelaskan|menyampaikan} … kepada @',
    '{dalam wawancara dengan|dalam wawancara khusus dengan|saat diwawancarai|ketika diwawancarai} @',
    '{berdasarkan pantauan|menurut pantauan|dari pantauan|hasil pantauan|pantauan} @',
  ],
  feedFooters: ['muncul pertama kali {di|pada}'],
  publisherDescriptors: ['situs', 'laman', 'portal'],
  outletNameEndings: [],
  conjunctions: ['dan'],
  posterLabels: ['oleh', 'diposting oleh', 'ditulis oleh', 'dikirim oleh', 'penulis'],
  copiedNotices: [
    'hak cipta dilindungi undang-undang',
    'dilarang {mengutip|menyalin|mengambil} … tanpa izin',
    '{ikuti|follow} … di {Google News|WhatsApp|Telegram}',
  ],
  promoNotices: [
    'ikuti @ di {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'gabung {saluran|channel|kanal} @ di {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    '{unduh|download} aplikasi @',
    'berlangganan @',
  ],
};
