import { describe, expect, test } from 'vitest';
import { isTextLike, parseMediaType } from './mediaType.ts';

describe('parseMediaType', () => {
  test.each([
    ['text/html; charset=UTF-8', { type: 'text/html', charset: 'utf-8' }],
    ['Text/HTML;Charset="windows-1251"', { type: 'text/html', charset: 'windows-1251' }],
    ['application/rss+xml', { type: 'application/rss+xml', charset: null }],
    ['text/plain; format=flowed; charset=iso-8859-2', { type: 'text/plain', charset: 'iso-8859-2' }],
    ['', { type: '', charset: null }],
    ['garbage', { type: '', charset: null }],
  ])('%s', (header, expected) => {
    expect(parseMediaType(header)).toEqual(expected);
  });

  test('a missing header', () => {
    expect(parseMediaType(null)).toEqual({ type: '', charset: null });
  });
});

describe('isTextLike', () => {
  test.each([
    'text/html',
    'application/xhtml+xml',
    'application/xml',
    'text/xml',
    'application/rss+xml',
    'application/atom+xml',
    'text/plain',
    'application/json',
    'application/ld+json',
    'application/vnd.custom+xml',
  ])('%s is text', (t) => {
    expect(isTextLike(t)).toBe(true);
  });
  test.each([
    'image/jpeg',
    'application/pdf',
    'application/octet-stream',
    'video/mp4',
    'text/css',
    'application/javascript',
    'application/zip',
    'image/svg+xml',
  ])('%s is not', (t) => {
    expect(isTextLike(t)).toBe(false);
  });
});
