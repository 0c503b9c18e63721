/**
 * What makes a "Source:" line a data or photo credit rather than a republication credit. Charts, tables and photos
 * name where their numbers or pictures come from ("Source: World Bank", "Nguồn: Tổng cục Thống kê", "Sumber: BPS",
 * "Photo: Reuters", "Ảnh: TTXVN"); the article itself is still the page's own. These are word families of the
 * label and of the thing named, not a list of agencies: the named thing is a statistics office, a bank, a ministry,
 * a survey or a report.
 */

/** Media and data words in the label ("Data source:", "Nguồn ảnh:", "图片来源：", "Bildquelle:"). */
export const MEDIA_OR_DATA_LABEL =
  /\b(?:photos?|pictures?|pics?|images?|imagery|illustrations?|graphics?|graphs?|charts?|maps?|videos?|footage|data|figures?|tables?|statistics|numbers|infographics?)\b|(?:ảnh|hình|dữ liệu|số liệu|biểu đồ|bảng)|\b(?:fotos?|fotó|fotografie|bild|bilder|grafik|grafiken|daten|tabelle|karte|imagen|imágenes|gráficos?|datos|dados|tabela|immagin[ei]|dati|grafic[oi]|données|graphique|tableau|carte|afbeelding|gegevens|grafiek|zdjęci[ae]|dane|wykres|obrázek|graf|data|görsel|fotoğraf|veri|grafik|gambar|data|grafis)\b|(?:фото|изображени|данные|график|таблиц|صورة|صور|البيانات|بيانات|رسم)|(?:图片|圖片|图|圖|照片|影像|数据|數據|图表|圖表|写真|画像|データ|図|사진|이미지|데이터|그래픽|도표|ภาพ|รูป|ข้อมูล|चित्र|फोटो|तस्वीर|डेटा|आंकड़े)/iu;

/**
 * Names of data providers: statistics offices, banks, ministries, surveys, reports, databases.
 * ("Eurostat", "U.S. Bureau of Labor Statistics", "IMF World Economic Outlook", "Ngân hàng Thế giới", "BPS").
 */
export const DATA_PROVIDER_NAME =
  /statist|stat\b|\bstat[a-z]?\b|\bbureau\b|\bcensus\b|\bsurveys?\b|\bbank\b|\bbanco\b|\bbanque\b|\bbanca\b|ngân hàng|thống kê|tổng cục|\bbps\b|badan pusat|\bministry\b|\bminist[eè]re\b|\bministerio\b|\bministério\b|\bministerium\b|\bbộ\s|\bdepartment of\b|\bagency for\b|\boffice for\b|\boffice of\b|\binstitut[eo]?\b|\binstituto\b|\bimf\b|\boecd\b|\bworld health\b|\boutlook\b|\bdatabase\b|\bdataset\b|\breports?\b|\bindex\b|\bestadística|\bistat\b|\binsee\b|\bdestatis\b|\btüik\b|\bistatistik|统计|統計|통계|สถิติ|статист|росстат|إحصاء|الإحصاء|सांख्यिकी|\bcalculations?\b|\banalysis\b|\bestimates?\b|\bcompany filings?\b|\bannual report\b|\bresearch\b|\bpolls?\b|\bcent(?:er|re)s? for\b|\bfund\b|\bcommission\b|\bcouncil\b|\bauthority\b|\badministration\b|\bgovernment\b|\bassociation\b|\bgus\b|\bcbs\b|\bine\b|\bons\b|\bbls\b|\bibge\b|\bčsú\b|\bencuesta\b|\benquête\b|\bumfrage\b|\bbundesamt\b|\bbundesagentur\b|\bagentur für\b|\bfederal reserve\b|\breserve bank\b|\b(?:energy|environment(?:al)? protection|statistical|space|employment|health|environment)\s+agency\b|\bour world in data\b|\bpesquisa\b|\bkementerian\b|\bbadan\s|(?:^|\s)(?:sở|cục|viện|ủy ban|uỷ ban)\s|министерств|опрос|调查|調查|省$/iu;

/** Names of picture libraries and photo desks ("Getty Images", "Shutterstock", "Ảnh: Internet"). */
export const PICTURE_SOURCE_NAME =
  /\b(?:images?|photos?|photography|pictures?|stock|getty|shutterstock|istock|alamy|pixabay|unsplash|pexels|flickr|wikimedia commons|internet)\b/iu;

/** Class names of caption and data-credit wrappers. */
export const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|chart|graph|figure|fig|photo|image|img|credit-photo|photo-credit|image-credit|data-source|wp-caption|media-credit|infographic)(?:$|[\s_-])/i;
