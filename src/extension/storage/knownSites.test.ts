import { describe, expect, test } from 'vitest';
import {
  KNOWN_SITES_KEY,
  knownSiteEntries,
  MAX_KNOWN_SITES,
  migrateStoredKnownSites,
  rememberSite,
  repairKnownSite,
} from './knownSites.ts';
import { memoryArea } from './memoryArea.ts';

describe('knownSites', () => {
  test('remembers a site by its origin, refreshing the name of one seen again', async () => {
    const area = memoryArea();
    await rememberSite(area, { name: 'Báo An Giang', url: 'https://baoangiang.com.vn/tin-a1.html', seenAt: 1 });
    await rememberSite(area, { name: 'Le Monde', url: 'https://www.lemonde.fr/x', seenAt: 2 });
    await rememberSite(area, { name: 'Báo An Giang Online', url: 'https://baoangiang.com.vn/tin-a2.html', seenAt: 3 });
    expect(await knownSiteEntries(area)).toEqual([
      { name: 'Le Monde', origin: 'https://www.lemonde.fr' },
      { name: 'Báo An Giang Online', origin: 'https://baoangiang.com.vn' },
    ]);
  });

  test('keeps at most MAX_KNOWN_SITES, dropping the least recently seen', async () => {
    const area = memoryArea();
    await area.set({
      [KNOWN_SITES_KEY]: Array.from({ length: MAX_KNOWN_SITES }, (_, i) => ({
        name: `Site ${i}`,
        origin: `https://s${i}.example`,
        seenAt: i,
      })),
    });
    await rememberSite(area, { name: 'New', url: 'https://new.example/a', seenAt: 5000 });
    const entries = await knownSiteEntries(area);
    expect(entries).toHaveLength(MAX_KNOWN_SITES);
    expect(entries[0]?.origin).toBe('https://s1.example');
    expect(entries.at(-1)?.origin).toBe('https://new.example');
  });

  test.each([
    ['not an object', 'x'],
    ['no name', { origin: 'https://a.example', seenAt: 1 }],
    ['blank name', { name: '  ', origin: 'https://a.example', seenAt: 1 }],
    ['a javascript: origin', { name: 'X', origin: 'javascript:alert(1)', seenAt: 1 }],
    ['no time', { name: 'X', origin: 'https://a.example' }],
  ])('a malformed entry (%s) is dropped', (_, value) => {
    expect(repairKnownSite(value)).toBeNull();
  });

  test('an entry with one malformed field is dropped alone; the other entries are kept', async () => {
    // Every field is needed to use an entry (no default name, origin or time), so the fallback is per entry.
    const area = memoryArea({
      [KNOWN_SITES_KEY]: [
        { name: 'Le Monde', origin: 'https://www.lemonde.fr', seenAt: 1 },
        { name: 'Bad time', origin: 'https://bad.example', seenAt: 'yesterday' },
        { name: `  ${'N'.repeat(200)}  `, origin: 'https://long.example/path?q=1', seenAt: 2, extra: true },
      ],
    });
    expect(await knownSiteEntries(area)).toEqual([
      { name: 'Le Monde', origin: 'https://www.lemonde.fr' },
      { name: 'N'.repeat(120), origin: 'https://long.example' },
    ]);
  });

  test('migration keeps readable entries and drops the rest, never clearing', async () => {
    const area = memoryArea();
    await area.set({
      [KNOWN_SITES_KEY]: [{ name: 'Le Monde', origin: 'https://www.lemonde.fr', seenAt: 1 }, { bogus: true }],
    });
    await migrateStoredKnownSites(area);
    expect(await knownSiteEntries(area)).toEqual([{ name: 'Le Monde', origin: 'https://www.lemonde.fr' }]);
  });
});
