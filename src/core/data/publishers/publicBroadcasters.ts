/**
 * Public service and international broadcasters, kept by hand from public lists, one section a source:
 * - Europe: the European Broadcasting Union's list of its members by country (on the EBU's site), one row for the
 *   member or for the news service it runs; a row whose broadcaster is not a member says why it is here.
 * - Elsewhere: the country's national public or state broadcaster, set up by a law of its country or owned by its
 *   state, as the broadcaster's own site says (NHK under Japan's Broadcast Act, the CBC under Canada's Broadcasting
 *   Act, Prasar Bharati's Doordarshan and All India Radio, the SABC…).
 * - International services that a state runs or funds, as Wikipedia's "International broadcasting" article lists
 *   them (VOA, RFE/RL and RFA of the US Agency for Global Media, RFI, CGTN, TRT World, Press TV…).
 * The name, the host and the other names are the broadcaster's own, as its site writes them, with the short and
 * native-script names newsrooms credit it by ("Yle", "ČT24", "NHK", "Суспільне"). A family chosen from those lists,
 * not names taken from pages. A name that two broadcasters share ("SBS", "ABC", "MBC", "VTV", "PTV") or that is also
 * a common abbreviation ("CCTV", "HRT", "RSI") is left out, so that it is found by host only.
 */
import type { PublisherRow } from './publisherRow.ts';

export const PUBLIC_BROADCASTERS: readonly PublisherRow[] = [
  // Europe: the EBU's members.
  ['Yle', 'yle.fi', 'FI', 'fi', ['Yleisradio', 'Yle Uutiset', 'Svenska Yle', 'Yle News']],
  ['RAI', 'rai.it', 'IT', 'it', ['Rai', 'Radiotelevisione italiana', 'Rai News', 'RaiNews24']],
  ['VRT', 'vrt.be', 'BE', 'nl', ['VRT NWS', 'Vlaamse Radio- en Televisieomroeporganisatie']],
  ['HRT vijesti', 'hrt.hr', 'HR', 'hr', ['Hrvatska radiotelevizija']],
  ['RTV SLO', 'rtvslo.si', 'SI', 'sl', ['RTV Slovenija', 'Radiotelevizija Slovenija', 'MMC RTV SLO']],
  ['ČT24', 'ct24.ceskatelevize.cz', 'CZ', 'cs', ['Česká televize ČT24']],
  ['Český rozhlas', 'rozhlas.cz', 'CZ', 'cs', ['iROZHLAS', 'ČRo']],
  // Renamed STVR in 2024; pages before that write RTVS and link rtvs.sk.
  ['RTVS', 'rtvs.sk', 'SK', 'sk', ['STVR', 'Rozhlas a televízia Slovenska', 'Slovenská televízia a rozhlas']],
  ['TVP', 'tvp.pl', 'PL', 'pl', ['Telewizja Polska', 'TVP Info']],
  ['Polskie Radio', 'polskieradio.pl', 'PL', 'pl', ['Polskie Radio 24', 'PR24']],
  // Hungary's public media: MTVA runs its news site.
  ['M1 Híradó', 'hirado.hu', 'HU', 'hu', ['MTVA', 'Közmédia']],
  ['TVR', 'tvr.ro', 'RO', 'ro', ['Televiziunea Română', 'TVR Info']],
  ['Radio România Actualități', 'romania-actualitati.ro', 'RO', 'ro', ['Radio România', 'RRA']],
  ['Bulgarian National Radio', 'bnr.bg', 'BG', 'bg', ['Българско национално радио']],
  ['RTS', 'rts.rs', 'RS', 'sr', ['Radio-televizija Srbije', 'РТС', 'Радио-телевизија Србије']],
  ['RTSH', 'rtsh.al', 'AL', 'sq', ['Radio Televizioni Shqiptar']],
  ['MRT', 'mrt.com.mk', 'MK', 'mk', ['Македонска радио-телевизија', 'МРТ', 'Makedonska radio-televizija']],
  ['BHRT', 'bhrt.ba', 'BA', 'bs', ['Radio-televizija Bosne i Hercegovine', 'BHT1']],
  ['CyBC', 'cybc.com.cy', 'CY', 'el', ['ΡΙΚ', 'Ραδιοφωνικό Ίδρυμα Κύπρου', 'RIK']],
  ['TVM', 'tvmnews.mt', 'MT', 'mt', ['TVMnews', 'PBS Malta']],
  ['franceinfo', 'francetvinfo.fr', 'FR', 'fr', ['France Info', 'France Télévisions', 'France 2', 'France 3']],
  ['Radio France', 'radiofrance.fr', 'FR', 'fr', ['France Inter', 'France Culture']],
  // The ARD is the member; tagesschau is its news service, BR, NDR, WDR, SWR, MDR and rbb its regional broadcasters.
  ['tagesschau.de', 'tagesschau.de', 'DE', 'de', ['ARD', 'Tagesschau', 'ARD-aktuell']],
  ['ZDF', 'zdf.de', 'DE', 'de', ['ZDFheute', 'Zweites Deutsches Fernsehen']],
  ['Deutschlandfunk', 'deutschlandfunk.de', 'DE', 'de', ['DLF', 'Deutschlandradio']],
  ['BR24', 'br.de', 'DE', 'de', ['Bayerischer Rundfunk']],
  ['NDR', 'ndr.de', 'DE', 'de', ['Norddeutscher Rundfunk']],
  ['WDR', 'wdr.de', 'DE', 'de', ['Westdeutscher Rundfunk']],
  ['SWR', 'swr.de', 'DE', 'de', ['Südwestrundfunk', 'SWR Aktuell']],
  ['MDR', 'mdr.de', 'DE', 'de', ['Mitteldeutscher Rundfunk', 'MDR Aktuell']],
  ['rbb24', 'rbb24.de', 'DE', 'de', ['Rundfunk Berlin-Brandenburg']],
  // SRG SSR is the member; RSI and RTS are its Italian- and French-language units.
  ['Radiotelevisione svizzera', 'rsi.ch', 'CH', 'it', ['RSI Info']],
  ['RTSinfo', 'rts.ch', 'CH', 'fr', ['Radio Télévision Suisse']],
  ['Suspilne', 'suspilne.media', 'UA', 'uk', ['Суспільне', 'Суспільне Новини', 'Suspilne News']],
  ['Georgian Public Broadcaster', '1tv.ge', 'GE', 'ka', ['GPB', 'საზოგადოებრივი მაუწყებელი']],
  ['Armenian Public TV', '1lurer.am', 'AM', 'hy', ['Հանրային հեռուստաընկերություն', 'Public TV of Armenia']],
  ['İctimai Televiziya', 'itv.az', 'AZ', 'az', ['İTV', 'Ictimai TV']],
  ['TRM', 'trm.md', 'MD', 'ro', ['Teleradio-Moldova', 'Moldova 1']],
  ['TRT Haber', 'trthaber.com', 'TR', 'tr', ['TRT']],
  ['Kan 11', 'kan.org.il', 'IL', 'he', ['כאן 11', 'כאן חדשות', 'Kan News']],
  // Not members: Kosovo's public broadcaster (set up by its law on RTK); the two entity broadcasters of Bosnia and
  // Herzegovina's public broadcasting system, beside BHRT; Russia's state broadcasters, members until the EBU
  // suspended them in 2022.
  ['RTK', 'rtklive.com', 'XK', 'sq', ['Radio Televizioni i Kosovës', 'RTK Live']],
  ['Federalna televizija', 'federalna.ba', 'BA', 'bs', ['RTVFBiH']],
  ['RTRS', 'rtrs.tv', 'BA', 'sr', ['Radio-televizija Republike Srpske', 'РТРС']],
  ['ВГТРК', 'vesti.ru', 'RU', 'ru', ['Россия 24', 'VGTRK']],
  ['Channel One Russia', '1tv.ru', 'RU', 'ru', ['Первый канал']],
  // Elsewhere: national public or state broadcasters.
  ['CBC News', 'cbc.ca', 'CA', 'en', ['CBC', 'Canadian Broadcasting Corporation']],
  ['Radio-Canada', 'ici.radio-canada.ca', 'CA', 'fr', ['ICI Radio-Canada', 'Radio-Canada Info']],
  // A non-profit network of the United States' public television stations, not set up by law.
  ['PBS NewsHour', 'pbs.org', 'US', 'en', ['PBS']],
  ['NHK', 'nhk.or.jp', 'JP', 'ja', ['NHK World', '日本放送協会', 'NHKニュース']],
  ['KBS', 'kbs.co.kr', 'KR', 'ko', ['KBS News', '한국방송공사', 'KBS 뉴스']],
  // Publicly owned: the Foundation for Broadcast Culture, set up by law, holds most of its shares.
  ['Munhwa Broadcasting Corporation', 'imbc.com', 'KR', 'ko', ['문화방송', 'iMBC']],
  ['CCTV News', 'cctv.com', 'CN', 'zh', ['央视', '中央电视台', '央视新闻', '央视网']],
  ['China National Radio', 'cnr.cn', 'CN', 'zh', ['央广网', '中央人民广播电台']],
  ['PTS', 'pts.org.tw', 'TW', 'zh', ['公視', '公視新聞網', '公共電視']],
  ['RTHK', 'rthk.hk', 'HK', 'zh', ['香港電台']],
  ['DD News', 'ddnews.gov.in', 'IN', 'hi', ['Doordarshan', 'दूरदर्शन', 'डीडी न्यूज़']],
  ['All India Radio', 'newsonair.gov.in', 'IN', 'hi', ['Akashvani', 'आकाशवाणी']],
  ['PTV News', 'ptv.com.pk', 'PK', 'ur', ['Pakistan Television']],
  ['Radio Pakistan', 'radio.gov.pk', 'PK', 'ur', ['ریڈیو پاکستان']],
  ['TVRI', 'tvri.go.id', 'ID', 'id', ['Televisi Republik Indonesia']],
  ['RRI', 'rri.co.id', 'ID', 'id', ['Radio Republik Indonesia']],
  ['RTM', 'rtm.gov.my', 'MY', 'ms', ['Radio Televisyen Malaysia', 'Berita RTM']],
  ['Thai PBS', 'thaipbs.or.th', 'TH', 'th', ['ไทยพีบีเอส']],
  ['Đài Truyền hình Việt Nam', 'vtv.vn', 'VN', 'vi', ['VTV News', 'VTV24', 'Vietnam Television']],
  ['VOV', 'vov.vn', 'VN', 'vi', ['Đài Tiếng nói Việt Nam', 'Voice of Vietnam']],
  ['IRIB News', 'iribnews.ir', 'IR', 'fa', ['IRIB', 'صدا و سیما']],
  ['SABC News', 'sabcnews.com', 'ZA', 'en', ['SABC', 'South African Broadcasting Corporation']],
  ['Kenya Broadcasting Corporation', 'kbc.co.ke', 'KE', 'en', ['KBC Channel 1']],
  ['NTA', 'nta.ng', 'NG', 'en', ['Nigerian Television Authority', 'NTA News']],
  ['Tanzania Broadcasting Corporation', 'tbc.go.tz', 'TZ', 'sw', ['TBC Taifa']],
  ['GBC', 'gbcghanaonline.com', 'GH', 'en', ['Ghana Broadcasting Corporation']],
  ['RNZ', 'rnz.co.nz', 'NZ', 'en', ['Radio New Zealand']],
  // TVNZ's news service; its site has been 1news.co.nz since 2022.
  ['1News', '1news.co.nz', 'NZ', 'en', ['TVNZ', '1 News']],
  // International services that a state runs or funds.
  ['RFI', 'rfi.fr', 'FR', 'fr', ['Radio France Internationale']],
  // Owned by the French, Belgian, Swiss and Canadian public broadcasters together.
  ['TV5Monde', 'tv5monde.com', 'FR', 'fr', ['TV5 Monde', 'TV5MONDE Info']],
  ['TRT World', 'trtworld.com', 'TR', 'en', []],
  ['Voice of America', 'voanews.com', 'US', 'en', ['VOA', 'VOA News', 'Голос Америки']],
  ['Radio Free Europe/Radio Liberty', 'rferl.org', 'US', 'en', ['RFE/RL', 'Radio Liberty', 'Radio Free Europe']],
  // RFE/RL's Russian and Ukrainian services.
  ['Radio Svoboda', 'svoboda.org', 'US', 'ru', ['Радио Свобода']],
  ['Radio Svoboda Ukraine', 'radiosvoboda.org', 'US', 'uk', ['Радіо Свобода']],
  ['Radio Free Asia', 'rfa.org', 'US', 'en', ['RFA']],
  ['CGTN', 'cgtn.com', 'CN', 'en', ['China Global Television Network']],
  ['Press TV', 'presstv.ir', 'IR', 'en', []],
  // Funded by Venezuela and other Latin American states.
  ['teleSUR', 'telesurtv.net', 'VE', 'es', []],
];
