import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { metaAuthors } from './metaAuthors.ts';

const doc = (head: string): Document =>
  parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as Document;

describe('metaAuthors', () => {
  test.each<[string, string[]]>([
    ['<meta name="author" content="Lucy Akins">', ['Lucy Akins']],
    ['<meta property="article:author" content="Laura June Topolsky">', ['Laura June Topolsky']],
    ['<meta name="byl" content="By Corey Kilgannon">', ['By Corey Kilgannon']],
    ['<meta name="parsely-author" content="Alex Heath"><meta name="author" content="Alex Heath">', ['Alex Heath']],
    [
      '<meta name="branch:deeplink:authorName1" content="Stella Kim"><meta name="branch:deeplink:authorName2" content="Jennifer Jett">',
      ['Stella Kim', 'Jennifer Jett'],
    ],
    ['<meta name="DC.creator" content="Mac &amp; i">', ['Mac & i']],
    ['<meta property="article:author_name" content="Hazel Sheffield">', ['Hazel Sheffield']],
    // Not names: profile URLs, handles, images.
    ['<meta property="article:author" content="https://www.facebook.com/x">', []],
    ['<meta name="twitter:creator" content="@stevenmusil">', []],
    ['<meta name="author_image" content="">', []],
    ['<meta name="description" content="By the river">', []],
  ])('%s', (head, out) => {
    expect(metaAuthors(doc(head))).toEqual(out);
  });
});
