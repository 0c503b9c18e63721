import { describe, expect, test } from 'vitest';
import { parseHtmlLinkedom } from '../adapters/parseHtmlLinkedom.ts';
import { checkHtml } from './check.ts';
import type { Ports } from './ports.ts';

const ORIGINAL = 'https://www.harbourtown-observer.com/news/story.html';
const paragraph = (i: number): string =>
  `Paragraph ${i}: the council met on Tuesday ${i} to discuss budget line ${i * 7}, and member ${i} said school ${i + 3} would receive ${i * 11} more teachers next year.`;
const page = `<html><body><article>${Array.from({ length: 20 }, (_, i) => `<p>${paragraph(i)}</p>`).join('')}<p>Source: <a href="${ORIGINAL}">${ORIGINAL}</a></p></article></body></html>`;

function ports(onYield: (n: number) => void): Ports & { fetched: string[] } {
  const fetched: string[] = [];
  let yields = 0;
  return {
    fetched,
    fetch: async (url) => {
      fetched.push(url);
      return { url, status: 200, contentType: 'text/html', text: page.replace(/Source:.*?<\/p>/, '') };
    },
    parseHtml: parseHtmlLinkedom,
    clock: { now: () => 0 },
    yieldToHost: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      onYield(++yields);
    },
  };
}

describe('a check lets go of the thread between stages, and an abort takes effect at the next one', () => {
  test('the host gets a turn between every stage of a check with one candidate', async () => {
    let turns = 0;
    const { report } = await checkHtml(
      page,
      'https://copy-site.net/a',
      ports((n) => (turns = n)),
      { remember: false },
    );
    expect(report.original?.url).toBe(ORIGINAL);
    // Before and after the parse, after the scan and the extraction, around the candidate's extraction, at the end.
    expect(turns).toBeGreaterThanOrEqual(7);
  });

  test.each([1, 2, 3, 4])(
    'an abort asked for during turn %i stops the check there: nothing later is fetched',
    async (at) => {
      const controller = new AbortController();
      const p = ports((n) => n === at && controller.abort(new Error('superseded')));
      await expect(
        checkHtml(page, 'https://copy-site.net/a', p, { remember: false, signal: controller.signal }),
      ).rejects.toThrow('superseded');
      expect(p.fetched).toEqual([]);
    },
  );
});
