import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FetchError, type Ports } from '../ports.ts';
import { directoryFromSites } from './directoryFromSites.ts';

function web(pages: Record<string, [string, string]>): Ports {
  return {
    fetch: async (url) => {
      const page = pages[url];
      if (!page) throw new FetchError('http', 'not found', url, 404);
      return { url, status: 200, contentType: page[0], text: page[1] };
    },
    parseHtml: (html) => parseHTML(html).document as unknown as Document,
    clock: { now: () => 0 },
  };
}

const ports = web({
  'https://www.theguardian-example.com/': [
    'text/html',
    `<html><head><title>News, sport and opinion | The Guardian</title>
    <meta property="og:site_name" content="The Guardian">
    <link rel="alternate" type="application/rss+xml" href="/uk/rss">
    <meta property="og:image" content="https://assets.guim-example.co.uk/logo.png"></head><body></body></html>`,
  ],
  'https://www.theguardian-example.com/uk/rss': [
    'application/rss+xml',
    `<rss><channel><item><title>T</title><link>https://www.theguardian-example.com/a</link>
    <media:content url="https://i.guim-example.co.uk/img/1.jpg" medium="image"/></item></channel></rss>`,
  ],
  'https://baoangiang-example.vn/': [
    'text/html',
    `<html><head><title>Trang chủ - Báo An Giang Online</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsMediaOrganization","name":"Báo An Giang","alternateName":"AGO"}]}</script>
    <script type="application/ld+json">{ broken json</script></head>
    <body><img data-src="https://cdn.agimg.net/logo.png"><img src="/local.png"></body></html>`,
  ],
  'https://blog.example/': [
    'text/html',
    '<html><head><meta name="application-name" content="Nightly News"></head><body></body></html>',
  ],
  'https://feed-only.example/': ['application/rss+xml', '<rss></rss>'],
});

describe('directoryFromSites', () => {
  test.each([
    ['The Guardian', 'https://www.theguardian-example.com'],
    ['i.guim-example.co.uk', 'https://www.theguardian-example.com'], // image host noted from its feed
    ['assets.guim-example.co.uk', 'https://www.theguardian-example.com'], // og:image host on its homepage
    ['Báo An Giang', 'https://baoangiang-example.vn'], // JSON-LD name
    ['AGO', 'https://baoangiang-example.vn'], // JSON-LD alternateName
    ['cdn.agimg.net', 'https://baoangiang-example.vn'], // lazy image on its homepage
    ['Nightly News', 'https://blog.example'],
  ])('%s → %s', async (name, origin) => {
    const dir = await directoryFromSites(
      [
        'https://www.theguardian-example.com/',
        'https://baoangiang-example.vn/',
        'https://blog.example/',
        'https://feed-only.example/',
        'https://gone.example/',
      ],
      ports,
    );
    expect((await dir.lookup(name))[0]).toBe(origin);
  });

  test('a site that is a known publisher gains its CDN hosts and aliases; unknown sites are not added', async () => {
    const known = [
      {
        name: 'The Guardian',
        origin: 'https://www.theguardian-example.com',
        aliases: ['Grauniad'],
        imageHosts: ['i.guimcdn-example.co.uk'],
      },
      { name: 'Absent Daily', origin: 'https://absent-example.com' },
    ];
    const dir = await directoryFromSites(['https://www.theguardian-example.com/'], ports, { known });
    expect(await dir.lookup('i.guimcdn-example.co.uk')).toEqual(['https://www.theguardian-example.com']);
    expect(await dir.lookup('Grauniad')).toEqual(['https://www.theguardian-example.com']);
    expect(await dir.lookup('Absent Daily')).toEqual([]);
    const plain = await directoryFromSites(['https://www.theguardian-example.com/'], ports, { known: [] });
    expect(await plain.lookup('i.guimcdn-example.co.uk')).toEqual([]);
  });

  test('sites that do not answer with HTML are left out', async () => {
    const dir = await directoryFromSites(['https://feed-only.example/', 'https://gone.example/', 'not a url'], ports);
    expect(dir.sites()).toEqual([]);
  });
});
