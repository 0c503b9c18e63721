import { describe, expect, test } from 'vitest';
import type { Report } from '../core/report.ts';
import { errorReport } from './errorReport.ts';
import { clean, formatReport } from './formatReport.ts';

const base = (): Report => ({
  ...errorReport('https://copy.example.net/a/', new Error('x'), 0),
  verdict: 'clean',
  errors: [],
  reasons: [],
});

describe('formatReport', () => {
  test('a verified copy shows the original, overlap, credits and quotes', () => {
    const report: Report = {
      ...base(),
      verdict: 'copy',
      trust: 'verified',
      confidence: 0.97,
      original: {
        ...base().page,
        url: 'https://news.example.org/a.html',
        publisher: 'Báo Ví Dụ',
        overlap: { containment: 0.93, coverage: 0.88, passages: [], droppedParagraphs: 0, alteredParagraphs: 0 },
      },
      claimedSource: 'https://news.example.org/a.html',
      credits: { authors: ['Mỹ Linh', 'Trọng Tín'], photographers: ['Hữu Huệ'], agency: 'TTXVN', poster: 'quoc_vu' },
      signals: [
        {
          kind: 'spam-footer',
          quote: 'Free WordPress Themes, Free Android Games',
          where: 'footer, hidden with display:none',
          strength: 0.6,
        },
        {
          kind: 'source-line',
          quote: `Nguồn thông tin : https://news.example.org/a.html. ${'x'.repeat(300)}`,
          strength: 0.9,
        },
      ],
    };
    const text = formatReport(report);
    expect(text.split('\n')).toEqual([
      'https://copy.example.net/a/',
      '  verdict:   COPY  confidence 0.97',
      '  trust:     verified: the original was fetched and its text compared',
      '  original:  https://news.example.org/a.html  (carries 93% of this page; 88% of the original)',
      '  claimed:   https://news.example.org/a.html',
      '  publisher: Báo Ví Dụ',
      '  authors:   Mỹ Linh, Trọng Tín',
      '  photos:    Hữu Huệ',
      '  agency:    TTXVN',
      '  poster:    quoc_vu',
      '  evidence:',
      '    - spam-footer (footer, hidden with display:none): "Free WordPress Themes, Free Android Games"',
      expect.stringMatching(/^ {4}- source-line: "Nguồn thông tin : https:\/\/news\.example\.org\/a\.html\. x+…"$/),
    ]);
    expect(text.length).toBeLessThan(1500);
  });

  test('a clean page is short and says so', () => {
    expect(formatReport(base()).split('\n')).toEqual([
      'https://copy.example.net/a/',
      '  verdict:   CLEAN  confidence 0.00',
      '  trust:     no evidence of republication',
    ]);
  });

  test('a page that could not be checked says UNCHECKED and why, never "no evidence"', () => {
    const text = formatReport(errorReport('https://a.example.com/', new Error('boom'), 0));
    expect(text.split('\n')).toEqual([
      'https://a.example.com/',
      '  verdict:   UNCHECKED  confidence 0.00',
      '  trust:     not checked: the page could not be read (the error says why); this says nothing about copying',
      '  error:     internal: boom',
    ]);
  });
});

describe('clean', () => {
  test.each([
    ['plain text', 'plain text'],
    ['red \u001b[31mtext\u001b[0m', 'red  [31mtext [0m'],
    ['line\r\noverwrite', 'line overwrite'],
    ['bell\u0007', 'bell'],
    ['c1\u009bcsi', 'c1 csi'],
    ['bidi \u202eevil\u202c', 'bidi  evil'],
    ['Nguồn: Báo An Giang', 'Nguồn: Báo An Giang'],
  ])('%j → %j', (input, output) => {
    expect(clean(input)).toBe(output);
  });
});
