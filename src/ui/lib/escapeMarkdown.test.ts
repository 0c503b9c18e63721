import { describe, expect, test } from 'vitest';
import { escapeMarkdown, markdownUrl } from './escapeMarkdown.ts';

describe('escapeMarkdown', () => {
  test.each([
    ['Báo An Giang', 'Báo An Giang'],
    ['[click](javascript:alert(1))', '\\[click\\]\\(javascript:alert\\(1\\)\\)'],
    ['<img src=x onerror="alert(1)">', '\\<img src=x onerror=\\"alert\\(1\\)\\"\\>'],
    ['line one\nline two', 'line one line two'],
    ['**bold** _it_', '\\*\\*bold\\*\\* \\_it\\_'],
    ['- not a list', '\\- not a list'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['news-origin.example/a-b.html', 'news-origin.example/a-b.html'],
  ])('escapeMarkdown(%j)', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('markdownUrl', () => {
  test.each([
    ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_%28bar%29'],
    ['https://example.com/a', 'https://example.com/a'],
  ])('markdownUrl(%s)', (href, expected) => {
    expect(markdownUrl(href)).toBe(expected);
  });
});
