import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { liveFactsOf } from '../background/liveFacts.ts';
import { looksLikeLivePage } from '../background/looksLikeLivePage.ts';
import { EXCERPT_CHARS, MAX_COUNTED_PARAGRAPHS, SAMPLE_CHARS } from '../limits.ts';
import { readPageFacts } from './pageFacts.ts';

function live(html: string): Document {
  const window = new Window({ url: 'https://copy.example/2024/05/flood.html' });
  window.document.write(html);
  return window.document as unknown as Document;
}

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><script>var x = "<p>not a paragraph</p>";</script></head><body>${body}</body></html>`;
const long = (i: number) =>
  `<p>Paragraph ${i}: the river rose two metres &ndash; &#8220;overnight&#8221; &amp; the <a href="/t">town</a> was <em>evacuated</em> before dawn.</p>`;
const article = Array.from({ length: 8 }, (_, i) => long(i)).join('\n');
/** What the background compares: the page's facts as sent, keyed there. */
const factsOf = (doc: Document) => liveFactsOf({ url: doc.URL, ...readPageFacts(doc) });

describe('readPageFacts', () => {
  test('title, paragraphs, three excerpts of long paragraphs (keyed into samples by the background), enough text', () => {
    const doc = live(page('Flood – Copy', `<p>Menu</p>${article}<p>© 2024</p>`));
    const facts = readPageFacts(doc);
    expect(facts.title).toBe('Flood – Copy');
    expect(facts.paragraphs).toBe(10);
    expect(facts.excerpts).toHaveLength(3);
    for (const e of facts.excerpts) expect(e.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(facts.excerpts[0]).toBe(doc.getElementsByTagName('p')[1]?.textContent);
    expect(facts.enoughText).toBe(true);
    const { samples } = factsOf(doc);
    expect(samples).toHaveLength(3);
    for (const s of samples) expect(Array.from(s)).toHaveLength(SAMPLE_CHARS);
  });

  test('a long paragraph is sent as its middle EXCERPT_CHARS', () => {
    const text = `${'a'.repeat(300)}MIDDLE${'b'.repeat(300)}`;
    const [excerpt] = readPageFacts(live(page('T', `<p>${text}</p>`))).excerpts;
    expect(excerpt).toHaveLength(EXCERPT_CHARS);
    expect(excerpt).toContain('MIDDLE');
  });

  test.each([
    ['short paragraphs only', '<p>Home</p><p>About</p>'.repeat(40)],
    ['one long paragraph', long(1)],
  ])('not enough text: %s', (_name, body) => {
    expect(readPageFacts(live(page('T', body))).enoughText).toBe(false);
  });

  test('samples are whole code points (no half surrogate pair)', () => {
    const text = '𠀋𠀌𠀍 '.repeat(40);
    const { samples } = factsOf(live(page('T', `<p>${text}</p>`)));
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  test('reading stops at eight long paragraphs; the count still covers every paragraph', () => {
    // each paragraph's text names its index throughout, so that its sample tells which one it came from
    const numbered = (i: number) => `<p>${`Part ${i} of the long story, `.repeat(4)}</p>`;
    const body = Array.from({ length: 30 }, (_, i) => numbered(i)).join('');
    const facts = factsOf(live(page('T', body)));
    expect(facts.paragraphs).toBe(30);
    const sampleOf = (i: number) => factsOf(live(page('T', numbered(i)))).samples[0];
    expect(facts.samples).toEqual([sampleOf(0), sampleOf(4), sampleOf(7)]);
    // a lead of seven of those paragraphs (a paywall) does not pass for the page; the whole page does
    const lead = page('T', Array.from({ length: 7 }, (_, i) => numbered(i)).join(''));
    expect(looksLikeLivePage(lead, facts)).toBe(false);
    expect(looksLikeLivePage(page('T', body), facts)).toBe(true);
  });

  test('the paragraph count stops at its cap', () => {
    const plain = `<p>${'The river rose two metres overnight. '.repeat(3)}</p>`;
    const facts = readPageFacts(live(page('T', plain.repeat(MAX_COUNTED_PARAGRAPHS + 50))));
    expect(facts.paragraphs).toBe(MAX_COUNTED_PARAGRAPHS);
    // short ones only: no long paragraph whose block to count, the ones read are counted (nothing is sampled either)
    expect(readPageFacts(live(page('T', '<p>x</p>'.repeat(MAX_COUNTED_PARAGRAPHS + 50)))).paragraphs).toBe(150);
  });

  test('counted in the article’s block: what follows it (a table, comments) is not walked', () => {
    const table = `<table>${'<tr><td>1</td><td>2</td></tr>'.repeat(500)}</table>`;
    const comments = `<section>${'<div class="comment"><p>Nice one.</p></div>'.repeat(300)}</section>`;
    const body = `<div class="story"><h1>Flood</h1>${Array.from({ length: 12 }, (_, i) => long(i)).join('')}</div>`;
    const withTable = readPageFacts(live(page('T', `${body}${table}<p>${'Below the table. '.repeat(5)}</p>`)));
    expect(withTable.paragraphs).toBe(12);
    const withComments = readPageFacts(live(page('T', `${body}${comments}`)));
    expect(withComments.paragraphs).toBe(12);
    // the same markup fetched again passes for the page
    expect(looksLikeLivePage(page('T', `${body}${comments}`), liveFactsOf({ url: 'u', ...withComments }))).toBe(true);
  });

  test('paragraphs each in a block of their own: at least those read are counted', () => {
    const wrapped = Array.from({ length: 20 }, (_, i) => `<div class="para">${long(i)}</div>`).join('');
    expect(readPageFacts(live(page('T', `<p>Menu</p>${wrapped}`))).paragraphs).toBe(9);
  });

  test('a block holding a big table is not counted: those read are', () => {
    const table = `<table>${'<tr><td>1</td><td>2</td></tr>'.repeat(1200)}</table>`;
    const paragraphs = Array.from({ length: 20 }, (_, i) => long(i)).join('');
    expect(readPageFacts(live(page('T', `<div>${paragraphs}${table}</div>`))).paragraphs).toBe(8);
    expect(readPageFacts(live(page('T', `<div>${paragraphs}</div>${table}`))).paragraphs).toBe(20);
  });

  test('nested blocks are not counted twice', () => {
    const quoted = `<div>${long(0)}<blockquote>${long(1)}${long(2)}</blockquote>${long(3)}${long(4)}</div>`;
    const facts = readPageFacts(live(page('T', `${quoted.repeat(3)}`)));
    expect(facts.paragraphs).toBeLessThanOrEqual(15);
  });
});

describe('looksLikeLivePage: the live page’s facts against markup fetched again', () => {
  const livePage = page('Flood in the valley – Copy', `<nav><p>Menu</p></nav>${article}`);
  const facts = factsOf(live(livePage));

  test.each<[string, string, boolean]>([
    ['the same markup', livePage, true],
    [
      'the same page with the title’s dash as an entity and more whitespace',
      livePage.replace('<title>Flood in the valley – Copy', '<title>\n  Flood in the valley &ndash; Copy\n'),
      true,
    ],
    ['a login wall', page('Sign in – Copy', '<p>Please sign in to continue reading.</p>'), false],
    ['the lead only (a paywall)', page('Flood in the valley – Copy', long(0) + long(1)), false],
    [
      'an empty shell that scripts fill (the text only in a script)',
      page('Flood in the valley – Copy', `<div id="app"></div><script>var a = ${JSON.stringify(article)}</script>`),
      false,
    ],
    [
      'the same title and paragraph count, other text (cloaking)',
      page(
        'Flood in the valley – Copy',
        '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do.</p>'.repeat(9),
      ),
      false,
    ],
    ['a comment that never closes', `${livePage.slice(0, 300)}<!-- ${livePage.slice(300)}`, false],
  ])('%s: %s', (_name, fetched, same) => {
    expect(looksLikeLivePage(fetched, facts)).toBe(same);
  });

  test('a live page with no long paragraph is never taken from a fetch', () => {
    const shortOnly = page('T', '<article><div>Text in divs only</div></article>');
    expect(looksLikeLivePage(shortOnly, factsOf(live(shortOnly)))).toBe(false);
  });

  test('a script prefixing the title (notifications) is the same page', () => {
    expect(looksLikeLivePage(livePage, { ...facts, title: `(3) ${facts.title}` })).toBe(true);
  });

  test.each([
    ['unclosed scripts and comments', `<title>${facts.title}</title>${'<script><!--<p '.repeat(150_000)}`],
    ['stray open brackets', `<title>${facts.title}</title>${'<p <title '.repeat(250_000)}`],
  ])('finishes in bounded time on 2 MB of %s', (_name, hostile) => {
    const start = Date.now();
    expect(looksLikeLivePage(hostile, facts)).toBe(false);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
