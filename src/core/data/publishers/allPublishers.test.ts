import { getDomain } from 'tldts';
import { describe, expect, test } from 'vitest';
import { makePublisherDirectory } from '../../match/publisherDirectory.ts';
import { ALL_PUBLISHERS, isGenericName, PUBLISHER_ROWS } from './allPublishers.ts';
import { NEWS_AGENCIES } from './newsAgencies.ts';

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

  test.each(['Tips', 'Statista', 'World Bank', 'click here', '12 March 2024', 'Getty Images'])(
    '%s leads nowhere',
    async (name) => {
      expect(await directory.lookup(name)).toEqual([]);
    },
  );

  test('every agency is found by each of its names', async () => {
    const missed: string[] = [];
    for (const [name, host, , , aliases] of NEWS_AGENCIES) {
      for (const n of [name, ...(aliases ?? [])].filter((a) => !isGenericName(a))) {
        const found = await directory.lookup(n);
        if (!found.some((o) => new URL(o).hostname.replace(/^www\./, '') === host)) missed.push(`${n} → ${host}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
