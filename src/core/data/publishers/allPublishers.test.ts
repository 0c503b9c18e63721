import { getDomain } from 'tldts';
import { describe, expect, test } from 'vitest';
import { makePublisherDirectory } from '../../match/publisherDirectory.ts';
import { namedOutlet } from '../../signals/namedOutlet.ts';
import { ALL_PUBLISHERS, isGenericName, PUBLISHER_ROWS } from './allPublishers.ts';
import { COUNTRY_LIST_OUTLETS } from './countryListOutlets.ts';
import { FEED_DIRECTORY_OUTLETS } from './feedDirectoryOutlets.ts';
import { NEWS_AGENCIES } from './newsAgencies.ts';
import { PUBLIC_BROADCASTERS } from './publicBroadcasters.ts';
import { WIKIDATA_NEWSPAPERS } from './wikidataNewspapers.ts';

describe('the publisher tables', () => {
  test('hold over 1,000 publishers from over 40 countries', () => {
    expect(ALL_PUBLISHERS.length).toBeGreaterThanOrEqual(1000);
    const countries = new Set(PUBLISHER_ROWS.map((r) => r[2]).filter(Boolean));
    expect(countries.size).toBeGreaterThanOrEqual(40);
  });

  test('every row is well formed: a trimmed name, a bare registrable host, ISO country and language codes', () => {
    const bad = PUBLISHER_ROWS.filter(
      ([name, host, country, language]) =>
        name.trim() !== name ||
        name.length < 2 ||
        !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ||
        host.startsWith('www.') ||
        getDomain(host) === null ||
        !/^([A-Z]{2})?$/.test(country) ||
        !/^([a-z]{2,3})?$/.test(language),
    );
    expect(bad).toEqual([]);
  });

  test('the agencies, the broadcasters and the country lists give every row a country', () => {
    expect([...NEWS_AGENCIES, ...PUBLIC_BROADCASTERS, ...COUNTRY_LIST_OUTLETS].filter((r) => r[2] === '')).toEqual([]);
  });

  test.each([
    ['agencies', NEWS_AGENCIES],
    ['public broadcasters', PUBLIC_BROADCASTERS],
    ['country lists', COUNTRY_LIST_OUTLETS],
    ['feed directories', FEED_DIRECTORY_OUTLETS],
    ['Wikidata', WIKIDATA_NEWSPAPERS],
  ])('the %s table lists each host once', (_, rows) => {
    const hosts = rows.map((r) => r[1]);
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([]);
  });

  test('one entry per host', () => {
    const hosts = ALL_PUBLISHERS.map((e) => new URL(e.origin).hostname.replace(/^www\./, ''));
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  test.each([
    ['Tips', true],
    ['The Sun', true],
    ['Esto', true],
    ['MTI', false],
    ['dpa', true],
    ['Prothom Alo', false],
    ['Sözcü', false],
    // Everyday words of some language, whatever their case, are generic; agencies keep their names.
    ['Danas', true],
    ['TODAY', true],
    ['Semana', true],
    ['Bernama', false],
    ['Politiken', false],
  ])('%s is generic alone: %s', (name, generic) => {
    expect(isGenericName(name)).toBe(generic);
  });
});

describe('the directory over every table', () => {
  const directory = makePublisherDirectory(ALL_PUBLISHERS.map((e) => ({ ...e })));

  // Short agency names are what wire copies credit: "(AP) —", "Theo TTXVN", "Kaynak: AA".
  test.each([
    ['AP', 'https://apnews.com'],
    ['TTXVN', 'https://vnanet.vn'],
    ['Anadolu Ajansı', 'https://aa.com.tr'],
    ['Agencia EFE', 'https://efe.com'],
    ['Yonhap', 'https://yna.co.kr'],
    ['Prothom Alo', 'https://prothomalo.com'],
    ['Kommersant', 'https://kommersant.ru'],
    ['Mail & Guardian', 'https://mg.co.za'],
  ])('%s leads to %s', async (name, origin) => {
    expect(await directory.lookup(name)).toContain(origin);
  });

  // Names in the scripts the agencies and outlets write them in.
  test.each([
    ['БТА', 'https://bta.bg'],
    ['Танјуг', 'https://tanjug.rs'],
    ['ΚΥΠΕ', 'https://cna.org.cy'],
    ['كونا', 'https://kuna.net.kw'],
    ['رويترز', 'https://reuters.com'],
    ['रासस', 'https://rss.com.np'],
    ['বাসস', 'https://bssnews.net'],
    ['뉴시스', 'https://newsis.com'],
    ['조선중앙통신', 'https://kcna.kp'],
    ['Қазақпарат', 'https://inform.kz'],
    ['Արմենպրես', 'https://armenpress.am'],
    ['ინტერპრესნიუსი', 'https://interpressnews.ge'],
    ['ایسنا', 'https://isna.ir'],
    ['Interfax-Ukraine', 'https://interfax.com.ua'],
    ['ELTA', 'https://elta.lt'],
    ['Clarín', 'https://clarin.com'],
    ['Listín Diario', 'https://listindiario.com'],
    ['Kathimerini', 'https://ekathimerini.com'],
    ['FAZ', 'https://faz.net'],
    // Public and international broadcasters, by their short and native-script names.
    ['Yle', 'https://yle.fi'],
    ['NHK', 'https://nhk.or.jp'],
    ['Суспільне', 'https://suspilne.media'],
    ['Radio-Canada', 'https://ici.radio-canada.ca'],
    ['Voice of America', 'https://voanews.com'],
    ['RTV Slovenija', 'https://rtvslo.si'],
  ])('%s leads to %s', async (name, origin) => {
    const found = (await directory.lookup(name)).map((o) => o.replace('://www.', '://'));
    expect(found).toContain(origin);
  });

  // Everyday words of several languages, and people's names: a page writes them all the time, and none is a
  // publisher. Kept apart from everydayNames.ts (which a script builds from a frequency list), in words of our own.
  // A broadcaster's abbreviation that is also an everyday abbreviation is left out of the table: found by host only.
  test.each(['CCTV', 'HRT', 'RSI'])('%s names no broadcaster', (name) => {
    expect(namedOutlet(name)).toBeNull();
  });

  const EVERYDAY = [
    ...['today', 'yesterday', 'week', 'news', 'point', 'voice', 'village', 'stuff', 'current', 'standard', 'nation'],
    ...['semana', 'hoy', 'noticias', 'público', 'reforma', 'tiempo', 'mundo', 'agora', 'tempo', 'hoje'],
    ...['heute', 'Woche', 'Zeitung', 'aujourd’hui', 'semaine', 'oggi', 'settimana', 'danas', 'vijesti', 'večer'],
    ...['сегодня', 'новости', 'вести', 'неделя', 'днес', 'وقت', 'اليوم', 'आज', 'समाचार', '今日', '新闻', '오늘'],
  ];
  const PEOPLE = ['John Smith', 'Maria Garcia', 'Mohamed Ali', 'Nguyen Van An', 'Anna Müller', 'Petra Novak', 'Kim'];
  test.each([...EVERYDAY, ...PEOPLE])('%s names no publisher', async (word) => {
    expect(await directory.lookup(word)).toEqual([]);
    expect(namedOutlet(word)?.kind === 'publisher' ? namedOutlet(word) : null).toBeNull();
  });

  test('a name several outlets share leads to each of them: the lookup says it is ambiguous', async () => {
    const byName = new Map<string, Set<string>>();
    for (const e of ALL_PUBLISHERS)
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        const key = n.toLowerCase();
        byName.set(key, (byName.get(key) ?? new Set()).add(e.origin));
      }
    const shared = [...byName].filter(([n, o]) => o.size > 1 && o.size <= 5 && !isGenericName(n));
    expect(shared.length).toBeGreaterThan(5);
    const missed: string[] = [];
    for (const [name, origins] of shared) {
      const found = await directory.lookup(name);
      for (const o of origins) if (!found.includes(o)) missed.push(`${name} → ${o}`);
    }
    expect(missed).toEqual([]);
  });

  test.each(['Tips', 'Statista', 'World Bank', 'click here', '12 March 2024', 'Getty Images'])(
    '%s leads nowhere',
    async (name) => {
      expect(await directory.lookup(name)).toEqual([]);
    },
  );

  test.each([
    ['agency', NEWS_AGENCIES],
    ['public broadcaster', PUBLIC_BROADCASTERS],
  ])('every %s is found by each of its names', async (_, rows) => {
    const missed: string[] = [];
    for (const [name, host, , , aliases] of rows) {
      for (const n of [name, ...(aliases ?? [])].filter((a) => !isGenericName(a))) {
        const found = await directory.lookup(n);
        if (!found.some((o) => new URL(o).hostname.replace(/^www\./, '') === host)) missed.push(`${n} → ${host}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
