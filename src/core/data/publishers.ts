/**
 * Well-known news publishers: the names copies credit them by ("Theo VnExpress", "Source: The Guardian"), their
 * site, and image hosts on another domain than the site (a hot-linked i.guim.co.uk picture belongs to The Guardian).
 * Used by the extension when no directory of visited sites knows a name. Families: international wire services and
 * broadcasters, the largest national papers of the languages the source-line labels cover; CDN hosts only where the
 * publisher documents or visibly serves its images from them. Image hosts under the site's own domain need no entry.
 */
export interface PublisherEntry {
  name: string;
  origin: string;
  aliases?: string[];
  imageHosts?: string[];
}

export const PUBLISHERS: readonly PublisherEntry[] = [
  // Wire services and international broadcasters.
  { name: 'Reuters', origin: 'https://www.reuters.com' },
  { name: 'Associated Press', origin: 'https://apnews.com', aliases: ['AP', 'AP News'] },
  { name: 'Agence France-Presse', origin: 'https://www.afp.com', aliases: ['AFP'] },
  { name: 'BBC News', origin: 'https://www.bbc.com', aliases: ['BBC', 'bbc.co.uk'], imageHosts: ['ichef.bbci.co.uk'] },
  { name: 'Al Jazeera', origin: 'https://www.aljazeera.com' },
  { name: 'Deutsche Welle', origin: 'https://www.dw.com', aliases: ['DW'] },
  { name: 'France 24', origin: 'https://www.france24.com' },
  { name: 'Sky News', origin: 'https://news.sky.com', imageHosts: ['e3.365dm.com'] },
  { name: 'Xinhua', origin: 'https://english.news.cn', aliases: ['Xinhua News Agency', '新华社', '新华网'] },
  { name: 'Yonhap', origin: 'https://en.yna.co.kr', aliases: ['Yonhap News Agency', '연합뉴스'] },
  { name: 'ANSA', origin: 'https://www.ansa.it' },
  // English-language papers and sites.
  {
    name: 'The Guardian',
    origin: 'https://www.theguardian.com',
    aliases: ['Guardian', 'guardian.co.uk'],
    imageHosts: ['i.guim.co.uk', 'uploads.guim.co.uk', 'media.guim.co.uk'],
  },
  {
    name: 'The New York Times',
    origin: 'https://www.nytimes.com',
    aliases: ['New York Times', 'NYT', 'NY Times'],
    imageHosts: ['static01.nyt.com', 'static.nyt.com'],
  },
  { name: 'The Washington Post', origin: 'https://www.washingtonpost.com', aliases: ['Washington Post', 'WaPo'] },
  {
    name: 'The Wall Street Journal',
    origin: 'https://www.wsj.com',
    aliases: ['Wall Street Journal', 'WSJ'],
    imageHosts: ['images.wsj.net'],
  },
  { name: 'Bloomberg', origin: 'https://www.bloomberg.com', imageHosts: ['assets.bwbx.io'] },
  { name: 'Financial Times', origin: 'https://www.ft.com', aliases: ['FT'] },
  { name: 'The Independent', origin: 'https://www.independent.co.uk', aliases: ['Independent'] },
  { name: 'Daily Mail', origin: 'https://www.dailymail.co.uk', aliases: ['Mail Online', 'MailOnline'] },
  { name: 'CNN', origin: 'https://edition.cnn.com', aliases: ['cnn.com'] },
  { name: 'NBC News', origin: 'https://www.nbcnews.com', imageHosts: ['media-cldnry.s-nbcnews.com'] },
  { name: 'Fox News', origin: 'https://www.foxnews.com' },
  { name: 'NPR', origin: 'https://www.npr.org', aliases: ['National Public Radio'] },
  { name: 'Los Angeles Times', origin: 'https://www.latimes.com', aliases: ['LA Times'] },
  { name: 'USA Today', origin: 'https://www.usatoday.com' },
  { name: 'The Atlantic', origin: 'https://www.theatlantic.com' },
  { name: 'Wired', origin: 'https://www.wired.com' },
  { name: 'The Verge', origin: 'https://www.theverge.com' },
  // French, German, Spanish, Portuguese, Italian, Dutch, Polish, Czech, Turkish.
  { name: 'Le Monde', origin: 'https://www.lemonde.fr', imageHosts: ['img.lemde.fr'] },
  { name: 'Le Figaro', origin: 'https://www.lefigaro.fr' },
  { name: 'Der Spiegel', origin: 'https://www.spiegel.de', aliases: ['Spiegel', 'Spiegel Online'] },
  { name: 'Die Zeit', origin: 'https://www.zeit.de', aliases: ['Zeit Online'] },
  { name: 'heise online', origin: 'https://www.heise.de', aliases: ['heise'] },
  { name: 'El País', origin: 'https://elpais.com' },
  { name: 'Folha de S.Paulo', origin: 'https://www1.folha.uol.com.br', aliases: ['Folha'] },
  { name: 'Corriere della Sera', origin: 'https://www.corriere.it', aliases: ['Corriere'] },
  { name: 'NOS', origin: 'https://nos.nl', aliases: ['NOS Nieuws'] },
  { name: 'Gazeta Wyborcza', origin: 'https://wyborcza.pl', aliases: ['Wyborcza'] },
  { name: 'Aktuálně.cz', origin: 'https://www.aktualne.cz', aliases: ['Aktuálně'] },
  { name: 'iDNES.cz', origin: 'https://www.idnes.cz', aliases: ['iDNES'] },
  { name: 'Hürriyet', origin: 'https://www.hurriyet.com.tr' },
  // Vietnamese and Indonesian.
  {
    name: 'VnExpress',
    origin: 'https://vnexpress.net',
    imageHosts: ['i1-vnexpress.vnecdn.net', 'vcdn1-vnexpress.vnecdn.net'],
  },
  { name: 'Báo Tuổi Trẻ', origin: 'https://tuoitre.vn', aliases: ['Tuổi Trẻ', 'Tuổi Trẻ Online'] },
  { name: 'Báo Thanh Niên', origin: 'https://thanhnien.vn', aliases: ['Thanh Niên'] },
  { name: 'Báo Dân trí', origin: 'https://dantri.com.vn', aliases: ['Dân trí'] },
  { name: 'VietnamPlus', origin: 'https://www.vietnamplus.vn', aliases: ['TTXVN', 'Thông tấn xã Việt Nam'] },
  { name: 'Kompas', origin: 'https://www.kompas.com', aliases: ['Kompas.com'] },
  {
    name: 'detikcom',
    origin: 'https://www.detik.com',
    aliases: ['Detik', 'detik.com'],
    imageHosts: ['akcdn.detik.net.id'],
  },
];
