import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { jsonLdAuthors } from './jsonLdAuthors.ts';

const doc = (...scripts: string[]): Document =>
  parseHTML(
    `<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body></body></html>`,
  ).document as unknown as Document;

describe('jsonLdAuthors', () => {
  test.each<[string, string, string[], string[]]>([
    [
      'a Person',
      JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Dave Steer' } }),
      ['Dave Steer'],
      [],
    ],
    [
      'an array',
      JSON.stringify({
        '@type': 'Article',
        author: [
          { '@type': 'Person', name: 'Mỹ Linh' },
          { '@type': 'Person', name: 'Trọng Tín' },
        ],
      }),
      ['Mỹ Linh', 'Trọng Tín'],
      [],
    ],
    [
      'a bare string',
      JSON.stringify({ '@type': 'BlogPosting', author: 'Our Foreign Staff' }),
      ['Our Foreign Staff'],
      [],
    ],
    [
      'inside @graph',
      JSON.stringify({
        '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', author: { name: 'Alex Heath' } }],
      }),
      ['Alex Heath'],
      [],
    ],
    [
      'an organisation author',
      JSON.stringify({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Reuters' } }),
      [],
      ['Reuters'],
    ],
    ['broken JSON', '{"author": ', [], []],
    ['no author', JSON.stringify({ '@type': 'WebSite', name: 'Example' }), [], []],
  ])('%s', (_, script, people, orgs) => {
    const r = jsonLdAuthors(doc(script));
    expect(r.people).toEqual(people);
    expect(r.organisations).toEqual(orgs);
  });

  test('publishers are collected apart', () => {
    const r = jsonLdAuthors(
      doc(
        JSON.stringify({
          '@type': 'NewsArticle',
          author: 'Jane Doe',
          publisher: { '@type': 'Organization', name: 'Le Monde' },
        }),
      ),
    );
    expect(r.publishers).toEqual(['Le Monde']);
  });
});
