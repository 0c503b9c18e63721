import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { REPORT_SCHEMA } from '../../core/report.ts';
import { memoryArea } from '../storage/memoryArea.ts';
import { tabStore } from './tabStore.ts';

/** A session area holding what an older build wrote. */
const areaWith = (items: Record<string, unknown>) => memoryArea(items);

const schema1Unchecked: unknown = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/reports/schema1-unchecked.json', import.meta.url), 'utf8'),
);

describe('tabStore reads what an older build stored', () => {
  test('a schema 1 report of a page that could not be checked comes back unchecked, not clean', async () => {
    const store = tabStore(
      areaWith({
        'tab:3': {
          tabId: 3,
          url: 'http://127.0.0.1:9/x',
          status: 'done',
          report: schema1Unchecked,
          error: null,
          updatedAt: 1,
        },
      }),
    );
    expect((await store.get(3))?.report).toMatchObject({
      schema: REPORT_SCHEMA,
      verdict: 'unchecked',
      errors: [{ code: 'blocked-address' }],
    });
  });

  test('a stored report that is not a report is dropped', async () => {
    const store = tabStore(
      areaWith({
        'tab:3': {
          tabId: 3,
          url: 'https://a.example/',
          status: 'done',
          report: { verdict: 'nonsense' },
          error: null,
          updatedAt: 1,
        },
      }),
    );
    expect((await store.get(3))?.report).toBeNull();
  });
});
