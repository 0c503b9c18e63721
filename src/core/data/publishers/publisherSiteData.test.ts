import { describe, expect, test } from 'vitest';
import { builtInSite } from '../../match/builtInSites.ts';
import { makePublisherDirectory } from '../../match/publisherDirectory.ts';
import { makeSite } from '../../match/publisherSite.ts';
import { decodeSite, encodeSite, siteKey } from '../../match/siteRecord.ts';
import { ALL_PUBLISHERS } from './allPublishers.ts';
import { PUBLISHER_SITE_DATA } from './publisherSiteData.ts';

const STALE = 'publisherSiteData.ts is stale: run npm run generate:guards';

describe('generated publisher sites', () => {
  test('are what the tables and the suffix list give (a golden check: regenerate after changing a table)', () => {
    const expected = ALL_PUBLISHERS.flatMap((p) => {
      const site = makeSite(p);
      return site ? [[siteKey(p), encodeSite(site)]] : [];
    });
    expect(PUBLISHER_SITE_DATA, STALE).toEqual(expected);
  });

  test('read back as the sites the directory would work out', () => {
    for (const p of ALL_PUBLISHERS) expect(builtInSite({ ...p }), p.origin).toEqual(makeSite(p));
  });

  test('serve only an entry written word for word as the data holds it', () => {
    const [first] = ALL_PUBLISHERS;
    expect(builtInSite({ ...first!, name: `${first!.name} Weekly` })).toBeUndefined();
    expect(builtInSite({ ...first!, imageHosts: ['img.example-cdn.net'] })).toBeUndefined();
    expect(builtInSite({ name: 'Brand New Gazette', origin: 'https://gazette.example.org' })).toBeUndefined();
  });

  test('keep the empty and odd fields of a site', () => {
    const odd = {
      origin: 'https://news.blog.example.co.uk',
      host: 'news.blog.example.co.uk',
      domain: null,
      labels: [],
      forms: [],
      imageHosts: new Set(['a.example.net', 'b.example.net']),
      imageDomains: new Set<string>(),
    };
    expect(decodeSite(encodeSite(odd))).toEqual(odd);
  });

  test('a directory of entries the data does not hold answers as one of entries it holds', async () => {
    // The same publishers with a space after their names (no word changes): the data holds none, so all are worked out.
    const taught = ALL_PUBLISHERS.map((p) => ({ ...p, name: `${p.name} ` }));
    expect(taught.every((p) => builtInSite(p) === undefined)).toBe(true);
    const fromData = makePublisherDirectory(ALL_PUBLISHERS.map((p) => ({ ...p })));
    const workedOut = makePublisherDirectory(taught);
    for (const q of [
      'Reuters',
      'Thomson Reuters',
      'i.guim.co.uk',
      'NYT',
      'Le Monde',
      'static01.nyt.com',
      'Báo An Giang',
    ])
      expect(await workedOut.lookup(q), q).toEqual(await fromData.lookup(q));
  });
});
