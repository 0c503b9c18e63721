/**
 * Issue 7 item 3, a memory that cannot be framed: a content farm's verbatim copy read first is remembered (it checks
 * clean: it carries no copy signs); when the reader then opens the real original, the original must not be
 * reported as a copy of the farm. Which came first is decided from evidence (dates, canonical links, copy signs,
 * the publisher directory), and when there is none the report says the order is unclear, at lower trust.
 */
import { describe, expect, test } from 'vitest';
import { checkUrl } from '../../src/core/check.ts';
import { makeInMemoryMemory } from '../../src/cli/inMemoryMemory.ts';
import type { Ports } from '../../src/core/ports.ts';
import { tableWeb } from '../helpers/tableWeb.ts';

const ORIGINAL = 'https://www.harbour-observer.example/news/council-approves-ferry-timetable-4471.html';
const FARM = 'https://daily-news-feed.example/2024/05/council-approves-ferry-timetable/';

const ARTICLE = [
  'The harbour council approved a new ferry timetable on Tuesday that adds early-morning crossings for shift workers and doubles weekend service during the summer months, after a year of complaints from residents on the islands.',
  'Under the plan, the first ferry will leave the mainland at ten past five instead of half past six, and boats will run every forty minutes on Saturdays and Sundays between June and September.',
  'Councillors said the operator had agreed to the new schedule in exchange for a two-year extension of its contract. The extra crossings will be paid from harbour fees and a small increase in the price of car tickets.',
  'Island residents welcomed the decision but asked for a winter timetable as well. A petition signed by more than a thousand people last autumn asked for a late crossing so that hospital and hotel staff can get home.',
];

function page(title: string, published: string | null): string {
  const date = published ? `<meta property="article:published_time" content="${published}">` : '';
  return `<!doctype html><html lang="en"><head><title>${title}</title>${date}</head><body><article><h1>${title}</h1>${ARTICLE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function ports(pages: Record<string, string>, known: string[] = []): Ports {
  const web = tableWeb(
    Object.fromEntries(Object.entries(pages).map(([url, html]) => [url, ['text/html', html]])),
  ).ports;
  return {
    ...web,
    memory: makeInMemoryMemory(),
    directory: { lookup: async (host) => known.filter((origin) => new URL(origin).hostname === host) },
  };
}

const TITLE = 'Council approves new ferry timetable';

describe('a memory that cannot be framed', () => {
  test('the farm copy read first, then the original published an hour earlier: the original is the original', async () => {
    const p = ports({ [ORIGINAL]: page(TITLE, '2024-05-01T08:00:00Z'), [FARM]: page(TITLE, '2024-05-01T09:00:00Z') });
    expect((await checkUrl(FARM, p)).report.verdict).toBe('clean'); // no copy signs, nothing read before: remembered
    const { report } = await checkUrl(ORIGINAL, p);
    expect(report.verdict).toBe('clean');
    expect(report.original).toBeNull();
    // ...and the farm, checked again, is the verified copy of the original, now remembered too.
    const again = await checkUrl(FARM, p);
    expect(again.report.verdict).toBe('copy');
    expect(again.report.original?.url).toBe(ORIGINAL);
  });

  test('the original on a known publisher, no dates anywhere: the original is the original', async () => {
    const p = ports({ [ORIGINAL]: page(TITLE, null), [FARM]: page(TITLE, null) }, [
      'https://www.harbour-observer.example',
    ]);
    await checkUrl(FARM, p);
    const { report } = await checkUrl(ORIGINAL, p);
    expect(report.verdict).toBe('clean');
    expect(report.original).toBeNull();
  });

  test('no evidence either way: same text as a page read, order unclear, never a verified copy', async () => {
    const p = ports({ [ORIGINAL]: page(TITLE, null), [FARM]: page(TITLE, null) });
    await checkUrl(FARM, p);
    const { report } = await checkUrl(ORIGINAL, p);
    expect(report.verdict).toBe('suspected');
    expect(report.trust).toBe('signals');
    expect(report.reasons).toContain('same-text-order-unclear');
    expect(report.original).toBeNull();
    expect(report.signals.find((s) => s.kind === 'seen-before')?.where).toBe(
      'same text as a page you read; which came first is unclear',
    );
  });

  test('the usual way round still holds: the original read first, a later copy is its verified copy', async () => {
    const p = ports({ [ORIGINAL]: page(TITLE, '2024-05-01T08:00:00Z'), [FARM]: page(TITLE, '2024-05-01T09:00:00Z') });
    expect((await checkUrl(ORIGINAL, p)).report.verdict).toBe('clean');
    const { report } = await checkUrl(FARM, p);
    expect(report.verdict).toBe('copy');
    expect(report.trust).toBe('verified');
    expect(report.original?.url).toBe(ORIGINAL);
  });
});
