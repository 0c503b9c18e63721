import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/readReport.ts';
import { REPORT_SCHEMA } from '../../src/core/report.ts';

// Reports written by the CLI of schema 1 (before `unchecked`), kept byte for byte.
const old = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url), 'utf8'));

describe('readReport', () => {
  it('reads a schema 1 report of a page that could not be checked as unchecked, keeping its error', () => {
    const report = readReport(old('schema1-unchecked.json'));
    expect(report).toMatchObject({
      schema: REPORT_SCHEMA,
      verdict: 'unchecked',
      trust: 'none',
      errors: [{ code: 'blocked-address' }],
    });
  });

  it('keeps the verdict and every field of a schema 1 report that was checked', () => {
    const raw = old('schema1-suspected.json') as Record<string, unknown>;
    const report = readReport(raw);
    expect(report).toEqual({ ...raw, schema: REPORT_SCHEMA });
    expect(report?.verdict).toBe('suspected');
  });

  it.each([
    ['not an object', 'clean'],
    ['an array', []],
    ['no url', { schema: 2, verdict: 'clean' }],
    ['an unknown verdict', { schema: 2, url: 'https://a.example/', verdict: 'maybe' }],
    ['no schema', { url: 'https://a.example/', verdict: 'clean' }],
    [
      'a newer schema than this build reads',
      { schema: REPORT_SCHEMA + 1, url: 'https://a.example/', verdict: 'clean' },
    ],
  ])('refuses %s', (_name, value) => {
    expect(readReport(value)).toBeNull();
  });

  it('leaves a current report as it is', () => {
    const current = { schema: REPORT_SCHEMA, url: 'https://a.example/', verdict: 'clean', reasons: ['check-failed'] };
    expect(readReport(current)).toEqual(current);
  });
});
