import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { readPartnerAuthorPage } from './readPartnerAuthorPage.ts';
import { readLeakedPublishers } from './readLeakedPublisher.ts';

const read = (body: string, url: string) =>
  readPage(
    parseHTML(`<html><body><main><h1>Page</h1>${body}</main></body></html>`).document as unknown as Document,
    url,
  );

describe("readLeakedPublishers: the original's structured data left in the text", () => {
  const json = (q: [string, string], name: string, url: string) =>
    `${q[0]}@type${q[1]}: ${q[0]}NewsMediaOrganization${q[1]}, ${q[0]}name${q[1]}: ${q[0]}${name}${q[1]}, ${q[0]}url${q[1]}: ${q[0]}${url}${q[1]}`;

  test('typographic quotes, the name said in the text: the address is the claim', () => {
    const page = read(
      `<p>Follow the count live in this report by Diario Central.</p><p>:{${json(['«', '»'], 'Diario Central Norte', 'https://diariocentral.example/')}}</p>`,
      'https://copy.example/live',
    );
    expect(readLeakedPublishers(page).map((f) => f.claim.value)).toEqual(['https://diariocentral.example/']);
  });

  test('a tutorial about structured data names no outlet it also writes about', () => {
    const page = read(
      `<p>Add this block to your theme.</p><p>{${json(['"', '"'], 'Example Widgets Ltd', 'https://widgets.example/')}}</p>`,
      'https://seo-guide.example/schema',
    );
    expect(readLeakedPublishers(page)).toEqual([]);
  });

  test('pathological input stays fast: types without fields, quotes and escapes repeated', () => {
    const inputs = [
      '"@type": "Organization", '.repeat(2000),
      `${'«@type»: «Organization» «name»: «'.repeat(1000)}x`,
      `${'"url": "https://'.repeat(2000)}`,
      `@type ${'\\u00fa'.repeat(5000)}`,
    ];
    const started = performance.now();
    for (const t of inputs) {
      readLeakedPublishers(read(`<p>${t}</p><p>${t.slice(0, 4000)}</p>`, 'https://x.example/a'));
      readPartnerAuthorPage(read(`<p>${t}</p>`, `https://x.example/author/${'a-'.repeat(3000)}`));
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
