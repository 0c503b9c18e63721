/**
 * News and photo agencies, by the names pages use for them in datelines ("WASHINGTON (AP) —"), bylines ("By Reuters",
 * "Par AFP"), credit lines ("Theo TTXVN", "Foto: dpa", "Photo: Getty Images") and JSON-LD. Families: the world
 * agencies, the national agencies of the languages the corpus covers and their neighbours, the big photo agencies.
 * The first name of each entry is how the credits show it.
 */
export const AGENCIES: readonly (readonly string[])[] = [
  ['AP', 'Associated Press', 'The Associated Press'],
  ['Reuters', 'Thomson Reuters'],
  ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  ['TTXVN', 'Thông tấn xã Việt Nam', 'Vietnam News Agency', 'VNA'],
  ['dpa', 'Deutsche Presse-Agentur'],
  ['EFE', 'Agencia EFE'],
  ['ANSA'],
  ['Xinhua', 'Xinhua News Agency', '新华社', '新華社'],
  ['Kyodo', 'Kyodo News', '共同通信', '共同通信社'],
  ['Jiji', 'Jiji Press', '時事通信'],
  ['Yonhap', 'Yonhap News', '연합뉴스', '聯合ニュース'],
  ['TASS', 'ТАСС'],
  ['RIA Novosti', 'РИА Новости'],
  ['Interfax', 'Интерфакс'],
  ['UPI', 'United Press International'],
  ['Bloomberg'],
  ['AAP', 'Australian Associated Press'],
  ['The Canadian Press', 'Canadian Press'],
  ['PA Media', 'Press Association'],
  ['ANP'],
  ['Belga'],
  ['APA'],
  ['Keystone-SDA', 'SDA', 'ATS'],
  ['KNA'],
  ['epd'],
  ['ČTK', 'CTK'],
  ['TASR'],
  ['PAP'],
  ['MTI'],
  ['Agerpres'],
  ['BTA'],
  ['Tanjug'],
  ['HINA'],
  ['Anadolu', 'Anadolu Agency', 'Anadolu Ajansı', 'AA'],
  ['Europa Press'],
  ['Agência Brasil'],
  ['Lusa'],
  ['Notimex'],
  ['Télam', 'Telam'],
  ['Antara', 'Antara News'],
  ['Bernama'],
  ['PTI', 'Press Trust of India'],
  ['IANS'],
  ['ANI'],
  ['WAM'],
  ['SPA'],
  ['MENA'],
  ['NTB'],
  ['TT'],
  ['Ritzau'],
  ['STT'],
  ['Ukrinform', 'Укрінформ'],
  ['CNA', '中央社'],
  // More national agencies, the way their datelines and credits write them (Ukraine, Italy, Iran, the Gulf and the
  // Levant, Korea, China, Romania, Greece, South Asia, the Philippines, West Africa, Latin America, sport). Each is an
  // agency of a public list: the members of the Organization of Asia-Pacific News Agencies (the member agencies in
  // the minutes of OANA's 17th General Assembly, Seoul, 2019, published on oananews.org: KCNA, BNA, NNA, UNB,
  // AZERTAC and the others of the last block below), of the European Alliance of News Agencies (its press release
  // on newsalliance.org admitting BNS), or an agency with its own Wikipedia article ("Prensa Latina", the Cuban state
  // agency; "Doğan News Agency", DHA, renamed Demirören Haber Ajansı when the Demirören group bought it in 2018).
  ['UNN', 'УНН', 'Українські Національні Новини'],
  ['UNIAN', 'УНІАН', 'УНИАН'],
  ['Adnkronos'],
  ['AGI', 'Agenzia Italia'],
  ['askanews'],
  ['LaPresse'],
  ['Italpress'],
  ['IRNA', 'ایرنا'],
  ['ISNA', 'ایسنا'],
  ['Tasnim', 'Tasnim News Agency', 'تسنیم'],
  ['KUNA', 'كونا'],
  ['QNA', 'Qatar News Agency'],
  ['BNA', 'Bahrain News Agency'],
  ['SANA', 'سانا'],
  ['Petra News Agency'],
  ['NNA', 'National News Agency'],
  ['KCNA', 'Korean Central News Agency', '조선중앙통신'],
  ['Newsis', '뉴시스'],
  ['News1', '뉴스1'],
  ['China News Service', '中新社', '中国新闻社'],
  ['Mediafax', 'MEDIAFAX'],
  ['Moldpres'],
  ['ANA-MPA', 'AMNA', 'ΑΠΕ-ΜΠΕ', 'ΑΠΕ'],
  ['STA'],
  ['BelTA'],
  ['Kazinform'],
  ['Armenpress'],
  ['AZERTAC', 'AzerTAc'],
  ['BSS', 'Bangladesh Sangbad Sangstha'],
  ['UNB'],
  ['APP', 'Associated Press of Pakistan'],
  ['PNA', 'Philippine News Agency'],
  ['GNA', 'Ghana News Agency'],
  ['Prensa Latina'],
  ['Andina'],
  ['Noticias Argentinas'],
  ['Colprensa'],
  ['Servimedia'],
  ['SID', 'Sport-Informations-Dienst'],
  ['BNS', 'Baltic News Service'],
  ['LETA'],
  ['ELTA'],
  ['DHA', 'Demirören Haber Ajansı', 'Demirören News Agency', 'Doğan Haber Ajansı'],
  ['İHA', 'IHA', 'İhlas Haber Ajansı'],
  ['ANKA', 'ANKA Haber Ajansı'],
  // Further OANA members (same list): the Asia-Pacific agencies the tables above did not have yet. Names that are
  // also common words or given names ("Kabar", "Saba") only in their long form.
  ['AKP', 'Agence Kampuchea Presse'],
  ['KPL', 'Lao News Agency'],
  ['Montsame'],
  ['ONA', 'Oman News Agency'],
  ['Mehr News Agency'],
  ['Fars News Agency'],
  ['Sputnik'],
  ['NINA', 'National Iraqi News Agency'],
  ['Saba News Agency'],
  ['Kabar News Agency'],
  ['Lankapuvath'],
  ['Bakhtar News Agency'],
  ['Getty Images', 'Getty'],
  ['EPA', 'EPA-EFE'],
  ['Shutterstock'],
  ['Alamy'],
  ['Imago', 'IMAGO'],
  ['picture alliance', 'picture-alliance'],
  ['Sipa', 'SIPA'],
  ['AP Photo'],
  ['Reuters Photo'],
];

const byKey = new Map<string, { name: string; aliases: readonly string[] }>();
for (const entry of AGENCIES)
  for (const alias of entry)
    byKey.set(alias.normalize('NFC').toLowerCase(), { name: entry[0] ?? alias, aliases: entry });

/**
 * The agency's display name when `text` (trimmed) is one of its names, else null. Long names match in any case;
 * short ones ("AP", "dpa", "SPA", "TT") only as the agency writes them or in capitals, so that "spa" or "Tt" is not one.
 */
export function agencyNamed(text: string): string | null {
  const trimmed = text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.,;:·•–—-]+|[\s.,;:·•–—-]+$/g, '');
  const hit = byKey.get(trimmed.toLowerCase());
  if (!hit) return null;
  if (trimmed.length <= 4 && !hit.aliases.includes(trimmed) && trimmed !== trimmed.toUpperCase()) return null;
  return hit.name;
}

/** Every alias, longest first, for building dateline patterns. */
export const AGENCY_ALIASES: readonly string[] = [...byKey.keys()].sort((a, b) => b.length - a.length);
