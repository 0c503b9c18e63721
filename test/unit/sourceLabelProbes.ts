/**
 * Source-label and origin probes for the language packs (issue 11): for each language, short source lines written
 * for this test in the wording families a pack should know (a label with a colon or dash, "taken from", "courtesy
 * of", "with information from", "adapted from", "first published in", "reprinted with permission"), each naming an
 * outlet invented here, and hard negatives that must stay clean (a photo credit, a data source, the site naming
 * itself). No line is taken from a real page. Used by sourceLabelProbes.test.ts and scripts/audit-source-labels.ts.
 */

/** One probe: a line that ends an article. `outlet` is what the page must be read as claiming (null: clean). */
export interface SourceLabelProbe {
  lang: string;
  /** The wording family ("source", "taken-from", "courtesy", "with-info", "adapted", "origin", "photo", …). */
  family: string;
  line: string;
  outlet: string | null;
  /** The copy's host; a negative naming the site itself uses a host spelling its brand. */
  host?: string;
}

const p = (lang: string, family: string, line: string, outlet: string): SourceLabelProbe => ({
  lang,
  family,
  line,
  outlet,
});
/** A hard negative: a line that names no publisher of the text. */
const n = (lang: string, family: string, line: string, host?: string): SourceLabelProbe => ({
  lang,
  family,
  line,
  outlet: null,
  ...(host ? { host } : {}),
});

export const SOURCE_LABEL_PROBES: readonly SourceLabelProbe[] = [
  // English
  p('en', 'sourced-from', 'Sourced from Harbour Ledger', 'Harbour Ledger'),
  p('en', 'with-info', 'With information from Valley Wire Service', 'Valley Wire Service'),
  p('en', 'origin', 'Originally appeared in the Moorland Gazette', 'Moorland Gazette'),
  p('en', 'content-partner', 'Content partner: Riverbend Chronicle', 'Riverbend Chronicle'),
  n('en', 'photo', 'Photo by Jane Quill / Harbour Ledger'),
  // Spanish
  p('es', 'abbrev', 'Fte.: Diario del Altiplano', 'Diario del Altiplano'),
  p('es', 'taken-from', 'Extraído de Crónica Serrana', 'Crónica Serrana'),
  p('es', 'courtesy', 'Cortesía de Noticias del Valle Hondo', 'Noticias del Valle Hondo'),
  p('es', 'adapted', 'Adaptado de Gaceta Ribereña', 'Gaceta Ribereña'),
  n('es', 'photo', 'Foto: Ramón Palo / Gaceta Ribereña'),
  // Portuguese
  p('pt', 'taken-from', 'Extraído da Folha do Cerrado', 'Folha do Cerrado'),
  p('pt', 'with-info', 'Com informações do Jornal da Serra Azul', 'Jornal da Serra Azul'),
  p('pt', 'courtesy', 'Cortesia de Rádio Vale Verde', 'Rádio Vale Verde'),
  n('pt', 'photo', 'Foto: Divulgação / Folha do Cerrado'),
  // German
  p('de', 'with-info', 'Mit Material von Nordwest-Kurier', 'Nordwest-Kurier'),
  p('de', 'taken-from', 'Entnommen aus Talblatt Rundschau', 'Talblatt Rundschau'),
  p('de', 'source', 'Quellenangabe: Mittelland Bote', 'Mittelland Bote'),
  n('de', 'photo', 'Foto: Hans Kiesel / Talblatt Rundschau'),
  // French
  p('fr', 'taken-from', 'Extrait de La Gazette des Coteaux', 'La Gazette des Coteaux'),
  p('fr', 'courtesy', "Avec l'aimable autorisation du Courrier des Vallons", 'Courrier des Vallons'),
  p('fr', 'with-info', 'Avec des informations de Dépêche du Littoral', 'Dépêche du Littoral'),
  n('fr', 'photo', 'Photo : Luc Sable / La Gazette des Coteaux'),
  // Italian
  p('it', 'taken-from', 'Tratto dalla Gazzetta delle Colline', 'Gazzetta delle Colline'),
  p('it', 'courtesy', 'Per gentile concessione di Corriere del Lago Verde', 'Corriere del Lago Verde'),
  p('it', 'source', 'Fonte notizia: Eco della Valle', 'Eco della Valle'),
  // Dutch
  p('nl', 'origin', 'Eerder verschenen in Polderbode', 'Polderbode'),
  p('nl', 'permission', 'Met toestemming van Duinkrant', 'Duinkrant'),
  // Polish
  p('pl', 'abbrev', 'Źr.: Kurier Nadrzeczny', 'Kurier Nadrzeczny'),
  p('pl', 'based-on', 'Opracowano na podstawie: Gazeta Podgórska', 'Gazeta Podgórska'),
  // Czech and Slovak
  p('cs', 'source', 'Zdroj zprávy: Horácký Týdeník', 'Horácký Týdeník'),
  p('sk', 'taken-from', 'Prevzaté zo Spravodaj Pohronia', 'Spravodaj Pohronia'),
  // Russian
  p('ru', 'based-on', 'Подготовлено по материалам Северный Вестник', 'Северный Вестник'),
  p('ru', 'taken-from', 'Взято с Заречные Новости', 'Заречные Новости'),
  p('ru', 'source', 'Источник новости: Степной Курьер', 'Степной Курьер'),
  n('ru', 'photo', 'Фото: Иван Сосна / Степной Курьер'),
  // Ukrainian, Belarusian, Bulgarian
  p('uk', 'based-on', 'З використанням матеріалів Поліський Вісник', 'Поліський Вісник'),
  p('uk', 'source', 'Джерело інформації: Подільська Хвиля', 'Подільська Хвиля'),
  p('bg', 'taken-from', 'Взето от Родопски Глас', 'Родопски Глас'),
  p('bg', 'source', 'Първоизточник: Дунавски Куриер', 'Дунавски Куриер'),
  // Serbian (both scripts), Croatian, Bosnian, Slovenian, Macedonian
  p('sr', 'abbrev', 'Izv.: Sremski Glasnik', 'Sremski Glasnik'),
  p('sr', 'taken-from', 'Preuzeto sa Moravske Vesti', 'Moravske Vesti'),
  p('sr', 'taken-from', 'Преузето из Шумадијски Лист', 'Шумадијски Лист'),
  n('sr', 'photo', 'Foto: Marko Lipa / Sremski Glasnik'),
  p('hr', 'taken-from', 'Preuzeto s Zagorski Tjednik', 'Zagorski Tjednik'),
  p('hr', 'source', 'Izvor vijesti: Slavonski Dnevnik', 'Slavonski Dnevnik'),
  p('bs', 'taken-from', 'Preuzeto iz Krajiški Glas', 'Krajiški Glas'),
  p('bs', 'source', 'Izvori: Hercegovački Portal', 'Hercegovački Portal'),
  p('sl', 'taken-from', 'Prevzeto iz Dolenjski Tednik', 'Dolenjski Tednik'),
  p('mk', 'taken-from', 'Преземено од Вардарски Весник', 'Вардарски Весник'),
  // Turkish, Azerbaijani
  p('tr', 'source', 'Haber kaynağı: Ege Postası', 'Ege Postası'),
  p('az', 'source', 'Məlumat mənbəyi: Xəzər Xəbər', 'Xəzər Xəbər'),
  // Indonesian, Malay
  p('id', 'taken-from', 'Diambil dari Warta Pesisir', 'Warta Pesisir'),
  p('id', 'adapted', 'Disadur dari Kabar Lembah', 'Kabar Lembah'),
  p('id', 'origin', 'Berita ini telah tayang di Suara Nusa Timur', 'Suara Nusa Timur'),
  p('ms', 'taken-from', 'Dipetik daripada Berita Tanjung', 'Berita Tanjung'),
  p('ms', 'source', 'Sumber berita: Utusan Pantai', 'Utusan Pantai'),
  // Vietnamese
  p('vi', 'taken-from', 'Trích từ Báo Sông Hồng', 'Báo Sông Hồng'),
  p('vi', 'compiled', 'Tổng hợp từ Tin Miền Tây', 'Tin Miền Tây'),
  n('vi', 'photo', 'Ảnh: Minh Phúc / Báo Sông Hồng'),
  // Chinese, Japanese, Korean
  p('zh', 'translated', '编译自：远山日报', '远山日报'),
  p('zh', 'origin', '原载于：青湖晚报', '青湖晚报'),
  p('ja', 'courtesy', 'ニュース提供：みなと新報', 'みなと新報'),
  p('ko', 'source', '원본 기사: 동해일보', '동해일보'),
  // Hindi, Marathi, Bengali, Urdu
  p('hi', 'source', 'स्त्रोत: नवप्रभात समाचार', 'नवप्रभात समाचार'),
  p('hi', 'with-info', 'इनपुट: उदयाचल टाइम्स', 'उदयाचल टाइम्स'),
  p('mr', 'source', 'स्रोत: सह्याद्री वार्ता', 'सह्याद्री वार्ता'),
  p('bn', 'source', 'তথ্যসূত্র: নদীতীর বার্তা', 'নদীতীর বার্তা'),
  p('ur', 'source', 'بحوالہ: وادی نیوز', 'وادی نیوز'),
  // Arabic, Persian, Pashto, Kurdish
  p('ar', 'adapted', 'بتصرف عن: صحيفة الواحة', 'صحيفة الواحة'),
  p('ar', 'source', 'مصدر الخبر: جريدة النخيل', 'جريدة النخيل'),
  p('fa', 'taken-from', 'برگرفته از: روزنامه کوهسار', 'روزنامه کوهسار'),
  p('ps', 'source', 'سرچینه: د غره ورځپاڼه', 'د غره ورځپاڼه'),
  p('ku', 'source', 'Çavkanî: Rojnameya Çiya', 'Rojnameya Çiya'),
  // Lithuanian, Hungarian, Estonian, Greek, Romanian
  p('lt', 'translated', 'Versta iš Pamario Žinios', 'Pamario Žinios'),
  p('hu', 'source', 'Eredeti cikk: Tiszaparti Hírlap', 'Tiszaparti Hírlap'),
  p('et', 'source', 'Kasutatud allikad: Saarte Teataja', 'Saarte Teataja'),
  p('el', 'republished', 'Αναδημοσίευση από Ηχώ του Ορεινού', 'Ηχώ του Ορεινού'),
  p('el', 'with-info', 'Με πληροφορίες από Νησιωτική Φωνή', 'Νησιωτική Φωνή'),
  p('ro', 'taken-from', 'Preluat de pe Gazeta de Câmpie', 'Gazeta de Câmpie'),
  // Swahili, Albanian
  p('sw', 'courtesy', 'Kwa hisani ya Sauti ya Pwani', 'Sauti ya Pwani'),
  p('sw', 'taken-from', 'Imechukuliwa kutoka Mwangaza Leo', 'Mwangaza Leo'),
  p('sq', 'source', 'Burimi i lajmit: Zëri i Malësisë', 'Zëri i Malësisë'),
  // Nordic
  p('sv', 'permission', 'Publicerad med tillstånd av Skärgårdsposten', 'Skärgårdsposten'),
  p('da', 'taken-from', 'Hentet fra Vestkystens Avis', 'Vestkystens Avis'),
  p('no', 'taken-from', 'Hentet fra Fjordingen Budstikke', 'Fjordingen Budstikke'),
  p('fi', 'source', 'Uutislähde: Järviseudun Sanomat', 'Järviseudun Sanomat'),
  p('fo', 'source', 'Kelda: Oyggjatíðindi', 'Oyggjatíðindi'),
  // Catalan, Galician
  p('ca', 'taken-from', 'Extret de Diari del Pla', 'Diari del Pla'),
  p('gl', 'with-info', 'Con información de Xornal da Ribeira', 'Xornal da Ribeira'),
  p('gl', 'source', 'Fonte: Voz do Miño', 'Voz do Miño'),
  // Lao, Kyrgyz, Tajik, Turkmen
  p('lo', 'source', 'ແຫຼ່ງຂ່າວ: ວິທະຍຸແຂວງ', 'ວິທະຍຸແຂວງ'),
  p('ky', 'source', 'Булак: Ала-Тоо Жаңылыктары', 'Ала-Тоо Жаңылыктары'),
  p('tg', 'source', 'Манбаъ: Садои Кӯҳистон', 'Садои Кӯҳистон'),
  p('tk', 'source', 'Çeşme: Garagum Habarlary', 'Garagum Habarlary'),
  // Maltese, Irish, Yoruba, Zulu, Cebuano
  p('mt', 'source', 'Sors: Il-Leħen tal-Port', 'Il-Leħen tal-Port'),
  p('ga', 'source', 'Foinse: Nuacht an Chósta', 'Nuacht an Chósta'),
  p('yo', 'source', 'Orísun: Ìròyìn Òkè', 'Ìròyìn Òkè'),
  p('zu', 'source', 'Umthombo: Izindaba Zasogwini', 'Izindaba Zasogwini'),
  p('ceb', 'source', 'Tinubdan: Balita sa Baybayon', 'Balita sa Baybayon'),
  // Hard negatives in other languages: photo credits, data sources, the site naming itself
  n('de', 'data', 'Quelle der Daten: Statistisches Landesamt'),
  n('es', 'data', 'Fuente de los datos: Instituto Nacional de Estadística'),
  n('sr', 'self', 'Izvor: Sremski Glasnik', 'sremskiglasnik.example'),
  n('id', 'photo', 'Foto: Dok. Warta Pesisir'),
  n('hi', 'photo', 'फोटो: उदयाचल टाइम्स'),
  n('gl', 'self', 'Fonte: Voz do Miño', 'vozdomino.example'),
  n('bs', 'photo', 'Foto: Krajiški Glas'),
];
