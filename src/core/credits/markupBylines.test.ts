import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { markupBylines } from './markupBylines.ts';

const doc = (body: string): Document => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

describe('markupBylines', () => {
  test.each<[string, string[]]>([
    ['<span itemprop="author" itemscope><span itemprop="name">Dan Goodin</span></span>', ['Dan Goodin']],
    ['<a rel="author" href="/u/1">Benjamin Romano</a>', ['Benjamin Romano']],
    ['<div class="article-byline">By Kelli  Miller</div>', ['By Kelli Miller']],
    ['<p class="author">Ana Sandoiu</p>', ['Ana Sandoiu']],
    // An author box with a biography is not a byline.
    [`<div class="author">${'A long biography sentence. '.repeat(10)}</div>`, []],
    ['<p>No byline here</p>', []],
  ])('%s', (body, out) => {
    expect(markupBylines(doc(body))).toEqual(out);
  });
});
