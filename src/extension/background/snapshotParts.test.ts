import { describe, expect, test } from 'vitest';
import { MAX_SNAPSHOT_CHARS, SNAPSHOT_PART_CHARS } from '../limits.ts';
import type { SnapshotPart } from '../messages.ts';
import { snapshotParts } from './snapshotParts.ts';

const URL_A = 'https://news.example/a/1.html';
const part = (index: number, html: string, last = false, more: Partial<SnapshotPart> = {}): SnapshotPart => ({
  url: URL_A,
  contentType: 'text/html',
  id: 'abc',
  index,
  last,
  html,
  ...more,
});

describe('snapshotParts', () => {
  test('joins parts sent in order into one snapshot', () => {
    const parts = snapshotParts();
    expect(parts.add(1, part(0, '<html><body>'))).toBeNull();
    expect(parts.add(1, part(1, '<p>x</p>'))).toBeNull();
    expect(parts.add(1, part(2, '</body></html>', true))).toEqual({
      url: URL_A,
      contentType: 'text/html',
      html: '<html><body><p>x</p></body></html>',
    });
    expect(parts.pending()).toBe(0);
  });

  test('keeps tabs apart', () => {
    const parts = snapshotParts();
    parts.add(1, part(0, 'a'));
    parts.add(2, part(0, 'b'));
    expect(parts.add(2, part(1, 'B', true))?.html).toBe('bB');
    expect(parts.add(1, part(1, 'A', true))?.html).toBe('aA');
  });

  test.each([
    ['a part out of order', [part(0, 'a'), part(2, 'c', true)]],
    ['a repeated part', [part(0, 'a'), part(0, 'a'), part(1, 'b', true)]],
    ['a first part that is not index 0', [part(1, 'b', true)]],
    ['a part for another URL', [part(0, 'a'), part(1, 'b', true, { url: 'https://other.example/' })]],
    ['a part with another content type', [part(0, 'a'), part(1, 'b', true, { contentType: 'text/plain' })]],
  ])('drops the snapshot on %s', (_name, sequence) => {
    const parts = snapshotParts();
    const results = sequence.map((p) => parts.add(7, p));
    expect(results.every((r) => r === null)).toBe(true);
  });

  test('a new snapshot (new id) replaces a half-sent one', () => {
    const parts = snapshotParts();
    parts.add(1, part(0, 'old'));
    parts.add(1, part(0, 'new', false, { id: 'def' }));
    expect(parts.add(1, part(1, '!', true, { id: 'def' }))?.html).toBe('new!');
  });

  test('never holds more than MAX_SNAPSHOT_CHARS for a tab', () => {
    const parts = snapshotParts();
    const big = 'x'.repeat(SNAPSHOT_PART_CHARS);
    const n = Math.ceil(MAX_SNAPSHOT_CHARS / SNAPSHOT_PART_CHARS);
    let result = null;
    for (let i = 0; i <= n; i++) result = parts.add(1, part(i, big, i === n));
    expect(result).toBeNull();
    expect(parts.pending()).toBe(0);
  });

  test('forgets the oldest tab past its bound, and on drop', () => {
    const parts = snapshotParts();
    for (let tab = 0; tab < 100; tab++) parts.add(tab, part(0, 'a'));
    expect(parts.pending()).toBeLessThanOrEqual(32);
    parts.drop(99);
    expect(parts.add(99, part(1, 'b', true))).toBeNull();
  });
});
