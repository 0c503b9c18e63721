import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { snapshotParts } from '../background/snapshotParts.ts';
import type { Snapshot, SnapshotPart } from '../messages.ts';
import { sendInSlices, SLICE_MS } from './sendInSlices.ts';
import { capturePage } from './snapshotPage.ts';

type Sent = ({ type: 'page-snapshot' } & Snapshot) | ({ type: 'page-snapshot-part' } & SnapshotPart);

function page(body: string): Document {
  const window = new Window({ url: 'https://news.example/2024/05/story.html' });
  window.document.write(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

/** Drives the idle queue by hand, with a clock that advances 1 ms per read, and records every send. */
function drive(doc: Document, partChars: number, current = () => true) {
  const queue: ((d: { timeRemaining(): number }) => void)[] = [];
  const sent: Sent[] = [];
  let clock = 0;
  const capture = capturePage(doc, { force: true })!;
  queue.push((deadline) =>
    sendInSlices(
      capture,
      { idle: (t) => queue.push(t), send: (m) => sent.push(m), current, now: () => clock++, partChars },
      deadline,
    ),
  );
  let slots = 0;
  while (queue.length && slots < 100_000) {
    slots++;
    queue.shift()!({ timeRemaining: () => 50 });
  }
  return { sent, slots };
}

const ARTICLE = `<article><h1>Title</h1>${'<div class="block"><p>Một đoạn văn dài của bài báo.</p><a href="/x">x</a></div>'.repeat(3000)}</article>`;

describe('sendInSlices', () => {
  test('a page that fits in one part goes as one plain snapshot', () => {
    const doc = page('<article><p>short</p></article>');
    const { sent } = drive(doc, 200_000);
    expect(sent).toEqual([
      { type: 'page-snapshot', url: doc.URL, html: doc.documentElement.outerHTML, contentType: 'text/html' },
    ]);
  });

  test('a long page goes in ordered parts, one per idle slot, that add up to the page', () => {
    const doc = page(ARTICLE);
    const { sent, slots } = drive(doc, 20_000);
    expect(sent.every((m) => m.type === 'page-snapshot-part')).toBe(true);
    const parts = sent as SnapshotPart[];
    expect(parts.map((p) => p.index)).toEqual(parts.map((_, i) => i));
    expect(parts.filter((p) => p.last)).toHaveLength(1);
    expect(parts.every((p) => p.html.length <= 20_000)).toBe(true);
    expect(parts.map((p) => p.html).join('')).toBe(doc.documentElement.outerHTML);
    expect(slots).toBeGreaterThanOrEqual(parts.length);
    // the background's assembler accepts exactly this sequence
    const assembler = snapshotParts();
    const results = parts.map((p) => assembler.add(1, p));
    expect(results.at(-1)?.html).toBe(doc.documentElement.outerHTML);
  });

  test(`serialises in slices of about ${SLICE_MS} ms`, () => {
    const doc = page(ARTICLE);
    const { slots, sent } = drive(doc, 10_000_000);
    expect(sent).toHaveLength(1);
    // the fake clock advances 1 ms per read: a slice serialises ~SLICE_MS units, so a big page needs many slots
    expect(slots).toBeGreaterThan(10);
  });

  test('a superseded capture stops sending', () => {
    const doc = page(ARTICLE);
    let live = true;
    const { sent } = drive(doc, 20_000, () => {
      const now = live;
      live = false;
      return now;
    });
    expect(sent.length).toBeLessThanOrEqual(1);
  });

  test('a text/plain document sends its text', () => {
    const window = new Window({ url: 'https://copy.example/capture.txt' });
    window.document.write(`<pre>${'Một đoạn văn dài của bài báo được sao chép. '.repeat(20)}</pre>`);
    const doc = window.document as unknown as Document;
    Object.defineProperty(doc, 'contentType', { value: 'text/plain' });
    const { sent } = drive(doc, 200_000);
    expect(sent).toEqual([
      { type: 'page-snapshot', url: doc.URL, html: doc.body.textContent, contentType: 'text/plain' },
    ]);
  });
});
