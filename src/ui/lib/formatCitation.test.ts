import { describe, expect, test } from 'vitest';
import { formatCitation } from './formatCitation.ts';
import { cleanReport, hostileReport, SEED_ORIGINAL_URL, suspectedSignals, verifiedSeed } from '../fixtures/reports.ts';

describe('formatCitation', () => {
  test('plain text of the seed original', () => {
    expect(formatCitation(verifiedSeed, 'text')).toBe(
      `Mỹ Linh, Trọng Tín. “Tiếp tục thực hiện Quy chế dân chủ ở cơ sở và dân vận trong các cơ quan nhà nước”. Báo An Giang, 2023-04-07. ${SEED_ORIGINAL_URL}`,
    );
  });

  test('Markdown of the seed original links the title', () => {
    expect(formatCitation(verifiedSeed, 'markdown')).toBe(
      `Mỹ Linh, Trọng Tín. “[Tiếp tục thực hiện Quy chế dân chủ ở cơ sở và dân vận trong các cơ quan nhà nước](${SEED_ORIGINAL_URL})”. *Báo An Giang*, 2023-04-07.`,
    );
  });

  test('without an original it cites the page, skipping unknown parts', () => {
    const text = formatCitation(suspectedSignals, 'text');
    expect(text).toBe(`“Một bài viết không rõ nguồn”. ${suspectedSignals.page.url}`);
    expect(text).not.toContain('undefined');
    expect(text).not.toContain('null');
  });

  test('a clean page cites itself with its own byline', () => {
    expect(formatCitation(cleanReport, 'text')).toContain('Mỹ Linh, Trọng Tín. ');
  });

  test.each(['text', 'markdown'] as const)('hostile strings stay inert (%s)', (format) => {
    const out = formatCitation(hostileReport, format);
    expect(out).not.toContain('javascript:');
    expect(out).not.toMatch(/\]\(javascript/);
    if (format === 'markdown') expect(out).not.toMatch(/(^|[^\\])<img/);
  });
});
