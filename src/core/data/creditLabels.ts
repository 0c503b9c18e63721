/**
 * Labels of credit lines, per language. Photo labels introduce a photographer or a photo agency ("Ảnh: TTXVN",
 * "Photo: AP", "Foto: dpa", "Photograph by Jane Doe"); author labels introduce the writers in a trailing credit
 * line ("Bài và ảnh: Mỹ Linh", "Text: Anna Berg"). Families from news sites in the languages the corpus covers.
 */
export const PHOTO_LABELS: readonly string[] = [
  'photographs', 'photograph', 'photography', 'photo credit', 'photo credits', 'image credit', 'image credits',
  'image', 'images', 'photos', 'photo', 'picture', 'pictures', 'pic',
  'crédit photo', 'crédits photo', 'crédit', 'crédits', 'photographie',
  'fotos', 'foto', 'fotografía', 'fotografia', 'fotografie', 'bild', 'bilder', 'fotó', 'zdjęcie', 'fotka', 'kuva',
  'ảnh', 'ảnh minh họa', 'nguồn ảnh',
  'фото', 'фотография', 'صورة', 'تصوير', 'fotoğraf',
  '사진', '写真', '摄影', '攝影', '图', '圖', '图片', '圖片',
];

/** Words that join a photo label to the names: "Photo by", "Photograph by", "Foto von", "Photo de". */
export const PHOTO_BY_WORDS: readonly string[] = ['by', 'von', 'de', 'par', 'por', 'di', 'door', 'của'];

export const AUTHOR_LABELS: readonly string[] = [
  'bài và ảnh', 'bài, ảnh', 'bài - ảnh', 'bài', 'tin và ảnh', 'tin, ảnh', 'tin', 'nhóm phóng viên', 'tác giả',
  'text', 'texte', 'texto', 'testo', 'tekst', 'words', 'story', 'reporting by', 'written by', 'by',
  'autor', 'autorin', 'autore', 'auteur', 'author', 'автор', 'текст', 'yazar', 'penulis', '作者', '记者', '文', '글',
];
