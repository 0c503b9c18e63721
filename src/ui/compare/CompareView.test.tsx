// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { CompareView } from './CompareView.tsx';
import { hostileReport, SEED_ORIGINAL_URL, seedComparison, verifiedSeed } from '../fixtures/reports.ts';
import type { Comparison } from '../../core/report.ts';

afterEach(cleanup);

describe('CompareView', () => {
  test('both columns, matched spans highlighted, dropped and altered paragraphs marked', () => {
    const { container } = render(<CompareView comparison={seedComparison} report={verifiedSeed} loading={false} />);
    expect(screen.getByRole('heading', { level: 2, name: 'This page (the copy)' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'The original' })).toBeTruthy();
    const original = container.querySelector('.column-original')!;
    const copy = container.querySelector('.column-copy')!;
    expect(original.querySelectorAll('.para-unique .para-tag')[0]?.textContent).toBe('Left out by the copy');
    expect(original.querySelector('.para-altered .para-tag')?.textContent).toBe('Altered');
    expect(copy.querySelector('.para-unique .para-tag')?.textContent).toBe('Added by the copy');
    expect(copy.querySelector('.para-altered .para-tag')?.textContent).toBe('Altered in the copy');
    // The altered paragraph's first 40 characters are marked, the rest is not.
    const altered = copy.querySelector('.para-altered p')!;
    expect(altered.querySelector('mark')?.textContent).toBe(seedComparison.copy.paragraphs[1]!.text.slice(0, 40));
    expect(altered.textContent).toBe(seedComparison.copy.paragraphs[1]!.text);
    expect(container.textContent).toContain('94 % of this page’s text appears in the original');
    expect(screen.getByRole('link', { name: SEED_ORIGINAL_URL }).getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('credits the copy stripped are called out, with the poster', () => {
    render(<CompareView comparison={seedComparison} report={verifiedSeed} loading={false} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Credits of the original missing from the copy:');
    expect(note.textContent).toContain('Mỹ Linh (author)');
    expect(note.textContent).toContain('Trọng Tín (author)');
    expect(document.body.textContent).toContain('quoc_vu');
  });

  test('no callout when the copy kept the byline', () => {
    const kept: Comparison = {
      ...seedComparison,
      copy: {
        ...seedComparison.copy,
        paragraphs: [
          ...seedComparison.copy.paragraphs,
          { text: 'MỸ LINH – TRỌNG TÍN', status: 'same', spans: [[0, 19]] },
        ],
      },
    };
    render(<CompareView comparison={kept} report={verifiedSeed} loading={false} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  test.each([
    [true, 'Loading the comparison…'],
    [false, 'No comparison for this tab yet. Check the page again from the Provenance button.'],
  ])('loading=%s with no comparison says so', (loading, text) => {
    render(<CompareView comparison={null} report={null} loading={loading} />);
    expect(screen.getByRole('status').textContent).toBe(text);
  });

  test('hostile paragraphs and URLs stay inert', () => {
    const evil: Comparison = {
      copy: {
        url: 'javascript:alert(1)',
        title: '<img src=x onerror=alert(1)>',
        paragraphs: [
          {
            text: '<script>alert(1)</script>',
            status: 'same',
            spans: [
              [0, 8],
              [-3, 9999],
            ],
          },
        ],
      },
      original: {
        url: 'data:text/html,x',
        title: null,
        paragraphs: [{ text: '<b onmouseover=alert(1)>x</b>', status: 'unique', spans: [] }],
      },
    };
    const { container } = render(<CompareView comparison={evil} report={hostileReport} loading={false} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });
});
