import { describe, expect, test } from 'vitest';
import { toMarkdownReport } from './toMarkdownReport.ts';
import { t } from '../../extension/i18n/t.ts';
import {
  hostileReport,
  SEED_COPY_URL,
  SEED_ORIGINAL_URL,
  suspectedClaimed,
  verifiedSeed,
} from '../fixtures/reports.ts';

const exportedAt = '2026-11-29T04:00:00.000Z';

describe('toMarkdownReport', () => {
  const md = toMarkdownReport(verifiedSeed, t, { exportedAt });

  test.each([
    ['the heading with the page title', '# Provenance evidence report: Tiếp tục thực hiện Quy chế dân chủ'],
    ['the verdict and trust', '**Copied from another article** — Verified by comparing the texts'],
    ['the time of the check', '- Checked at: `2026-11-29T03:00:00.000Z`'],
    ['the page URL', `- This page: <${SEED_COPY_URL}>`],
    ['the original URL', `- Original: <${SEED_ORIGINAL_URL}>`],
    ['the overlap', '- Overlap: 94 % of this page’s text appears in the original'],
    ['the page hash', `- Text hash of this page (SHA-256): \`${verifiedSeed.page.textHash}\``],
    ['the original hash', `- Text hash of the original (SHA-256): \`${verifiedSeed.original!.textHash}\``],
    ['the authors', '- Written by: Mỹ Linh, Trọng Tín'],
    ['the poster', '- Posted on this site by: quoc\\_vu'],
    ['a finding with its quote', '1. **Source line**'],
    ['the spam footer quote', '   > Free WordPress Themes, Free Android Games'],
    ['a candidate', `- <${SEED_ORIGINAL_URL}> — named by the page — verified — 94 % shared`],
  ])('has %s', (_what, line) => {
    expect(md).toContain(line);
  });

  test('every finding is listed', () => {
    expect(md.match(/^\d+\. \*\*/gm)).toHaveLength(verifiedSeed.signals.length);
  });

  test('no original: the named source and the problems', () => {
    const out = toMarkdownReport(suspectedClaimed, t, { exportedAt });
    expect(out).toContain('**Possibly copied** — Claimed by this page, not verified');
    expect(out).toContain(`- Source named by this page: <${suspectedClaimed.claimedSource}>`);
    expect(out).toContain('## Problems');
    expect(out).not.toContain('Original:');
  });

  test('hostile strings are escaped and javascript: URLs are never links', () => {
    const out = toMarkdownReport(hostileReport, t, { exportedAt });
    expect(out).not.toMatch(/(^|[^\\])<img/m);
    expect(out).not.toMatch(/(^|[^\\])<script/m);
    expect(out).not.toContain('<javascript:');
    expect(out).not.toMatch(/\]\(javascript:/);
    expect(out).toContain('`javascript:alert(document.cookie)`');
  });
});

describe('toMarkdownReport in an ordinary Markdown viewer', async () => {
  // A real CommonMark/GFM renderer stands in for "a Markdown viewer": the export must come out as a document with
  // its heading, working links to both pages and quoted findings, and hostile page text must stay inert.
  const { marked } = await import('marked');
  const html = (md: string) => marked.parse(md, { async: false });

  test('renders the heading, the links to both pages and the quoted findings', () => {
    const out = html(toMarkdownReport(verifiedSeed, t, { exportedAt }));
    expect(out).toMatch(/<h1[^>]*>Provenance evidence report: Tiếp tục thực hiện Quy chế dân chủ/);
    expect(out).toContain(`<a href="${SEED_ORIGINAL_URL}">`);
    expect(out).toContain(`<a href="${SEED_COPY_URL}">`);
    expect(out).toMatch(/<blockquote>\s*<p>Free WordPress Themes, Free Android Games<\/p>/);
    expect(out).toContain('quoc_vu');
  });

  test('hostile page text renders as text: no element, handler or javascript: link from the page', () => {
    const out = html(toMarkdownReport(hostileReport, t, { exportedAt }));
    // Escaped text such as "&lt;img … onerror=&quot;" is fine; a real tag, attribute handler or javascript: link is not.
    expect(out).not.toMatch(/<img\b|<script\b|\son\w+="|href="javascript:/i);
    expect(out).toContain('&lt;img src=x onerror=');
  });
});
