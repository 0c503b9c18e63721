import { describe, expect, test } from 'vitest';
import { FetchError } from '../core/ports.ts';
import { REPORT_SCHEMA } from '../core/report.ts';
import { TooSlowError } from '../core/tooSlowError.ts';
import { errorReport } from './errorReport.ts';

describe('errorReport', () => {
  test.each([
    [new FetchError('timeout', 't', 'https://a.example.com/'), 'timeout'],
    [new FetchError('too-large', 't', 'https://a.example.com/'), 'too-large'],
    [new TooSlowError(5000, 'https://a.example.com/'), 'too-slow'],
    [new FetchError('blocked-address', 't', 'https://a.example.com/'), 'blocked-address'],
    [new FetchError('http', 'HTTP 404', 'https://a.example.com/', 404), 'fetch-failed'],
    [new FetchError('network', 'n', 'https://a.example.com/'), 'fetch-failed'],
    [new Error('bug'), 'internal'],
    ['a string', 'internal'],
  ])('%s → %s', (error, code) => {
    const r = errorReport('https://a.example.com/', error, Date.UTC(2026, 0, 2));
    expect(r).toMatchObject({
      schema: REPORT_SCHEMA,
      url: 'https://a.example.com/',
      verdict: 'unchecked',
      trust: 'none',
      confidence: 0,
      original: null,
      signals: [],
      checkedAt: '2026-01-02T00:00:00.000Z',
    });
    expect(r.errors).toEqual([expect.objectContaining({ code })]);
  });

  test('is plain JSON', () => {
    const r = errorReport('https://a.example.com/', new Error('x'), 0);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
