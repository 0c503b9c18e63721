/**
 * Every language pack reads the source-label and origin wordings of its language (issue 11): each probe of
 * sourceLabelProbes.ts, a line written for this test with an invented outlet, is claimed as that outlet, and each
 * hard negative (a photo credit, a data source, the site naming itself) stays clean.
 */
import { describe, expect, test } from 'vitest';
import { checkProbe } from './checkProbe.ts';
import { SOURCE_LABEL_PROBES } from './sourceLabelProbes.ts';

describe('source-label probes', () => {
  test.each(SOURCE_LABEL_PROBES.map((p) => [`${p.lang} ${p.family}: ${p.line}`, p] as const))(
    '%s',
    async (_, probe) => {
      const got = await checkProbe(probe);
      // The outcome is in the message: what the engine said of the line.
      expect(got.ok, `${got.verdict} ${got.claimedSource ?? '(no source)'}`).toBe(true);
    },
  );
});
