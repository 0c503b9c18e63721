// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Popup, type PopupProps } from './Popup.tsx';
import {
  cleanReport,
  hostileReport,
  SEED_ORIGINAL_URL,
  suspectedClaimed,
  suspectedSignals,
  syndicatedReport,
  tabState,
  verifiedSeed,
  wireStoryReport,
} from '../fixtures/reports.ts';
import type { TabState } from '../../extension/tabState.ts';

afterEach(cleanup);

function renderPopup(state: TabState | null, overrides: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    state,
    flagged: false,
    locale: 'en',
    onRecheck: vi.fn(),
    onEnableSite: vi.fn(),
    onOpenCompare: vi.fn(),
    onCopy: vi.fn(async () => true),
    onExport: vi.fn(),
    onToggleFlag: vi.fn(),
    onOpenOptions: vi.fn(),
    onOpenPermission: vi.fn(),
    ...overrides,
  };
  const view = render(<Popup {...props} />);
  return { ...view, props };
}

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('Popup states', () => {
  test.each<[string, TabState | null, string, string | null]>([
    ['verified copy', tabState('done', verifiedSeed), 'Copied from another article', 'Verified by comparing the texts'],
    [
      'syndication',
      tabState('done', syndicatedReport),
      'Authorised republication',
      'Republished with a link to the original and its credits kept',
    ],
    [
      'a wire story credited to its agency',
      tabState('done', wireStoryReport),
      'Authorised republication',
      "A news agency's story, credited to the agency: licensed republication, original not fetched",
    ],
    [
      'suspected (claimed)',
      tabState('done', suspectedClaimed),
      'Possibly copied',
      'Claimed by this page, not verified',
    ],
    [
      'suspected (signals)',
      tabState('done', suspectedSignals),
      'Possibly copied',
      'Suspicious signals, no source found',
    ],
    ['clean', tabState('done', cleanReport), 'No signs that this page copies another', null],
    ['checking', tabState('checking'), 'Checking this page…', 'Looking for the original and comparing the texts.'],
    [
      'error',
      tabState('error', null, { code: 'timeout', message: 'x' }),
      'Could not check this page',
      'A page took too long to answer.',
    ],
    [
      'error with an unknown code',
      tabState('error', null, { code: 'weird', message: 'x' }),
      'Could not check this page',
      'Something went wrong.',
    ],
    ['off', tabState('off'), 'Off for this site', 'You turned Provenance off for this site.'],
    [
      'unsupported',
      tabState('unsupported'),
      'This page can’t be checked',
      'Only web pages (http and https) are checked.',
    ],
    [
      'not an article',
      tabState('idle'),
      'Not a news article',
      'This page doesn’t look like an article, so it wasn’t checked.',
    ],
    ['nothing known', null, 'Not a news article', null],
  ])('%s: says so in words', (_name, state, title, line) => {
    const { container } = renderPopup(state);
    expect(heading()).toBe(title);
    if (line) expect(container.textContent).toContain(line);
    // The header is a live status region with an icon and words, not colour alone.
    expect(screen.getAllByRole('status')[0]?.textContent).toContain(title);
  });
});

describe('verified copy (the seed)', () => {
  test('summary: original title as a safe external link, publisher, dates, overlap, credits', () => {
    const { container } = renderPopup(tabState('done', verifiedSeed));
    const link = screen.getByRole('link', { name: /Tiếp tục thực hiện Quy chế dân chủ/ });
    expect(link.getAttribute('href')).toBe(SEED_ORIGINAL_URL);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const text = container.textContent ?? '';
    expect(text).toContain('Báo An Giang');
    expect(text).toContain('baoangiang.com.vn');
    expect(text).toContain('Original published Apr 7, 2023');
    expect(text).toContain('this page Apr 8, 2023');
    expect(text).toContain('94 % of this page’s text appears in the original');
    expect(text).toContain('Mỹ Linh, Trọng Tín');
    expect(text).toContain('Posted on this site by');
    expect(text).toContain('quoc_vu');
  });

  test('actions: open original, archive link, no search link', () => {
    renderPopup(tabState('done', verifiedSeed));
    expect(screen.getByRole('link', { name: 'Open the original' }).getAttribute('href')).toBe(SEED_ORIGINAL_URL);
    expect(screen.getByRole('link', { name: 'Look up in the Web Archive' }).getAttribute('href')).toBe(
      `https://web.archive.org/web/*/${SEED_ORIGINAL_URL}`,
    );
    expect(screen.queryByRole('link', { name: 'Search the web for the original' })).toBeNull();
  });

  test('copy citation sends the plain text citation and confirms', async () => {
    const { props } = renderPopup(tabState('done', verifiedSeed));
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    await waitFor(() => expect(screen.getByText('Citation copied.')).toBeTruthy());
    expect(props.onCopy).toHaveBeenCalledWith(expect.stringContaining('Mỹ Linh, Trọng Tín. “Tiếp tục'));
  });

  test('a refused clipboard says so', async () => {
    renderPopup(tabState('done', verifiedSeed), { onCopy: async () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(screen.getByText('Could not copy to the clipboard.')).toBeTruthy());
  });

  test('exports, flag, compare, recheck and settings call back', () => {
    const { props } = renderPopup(tabState('done', verifiedSeed));
    fireEvent.click(screen.getByRole('button', { name: 'Export evidence (JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export evidence (Markdown)' }));
    expect(props.onExport).toHaveBeenNthCalledWith(1, 'json');
    expect(props.onExport).toHaveBeenNthCalledWith(2, 'markdown');
    fireEvent.click(screen.getByRole('button', { name: 'Flag as a copy' }));
    expect(props.onToggleFlag).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Compare side by side' }));
    expect(props.onOpenCompare).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(props.onRecheck).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(props.onOpenOptions).toHaveBeenCalled();
  });

  test('a flagged page offers to remove the flag', () => {
    const { props } = renderPopup(tabState('done', verifiedSeed), { flagged: true });
    const button = screen.getByRole('button', { name: 'Remove flag' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button);
    expect(props.onToggleFlag).toHaveBeenCalledWith(false);
  });

  test('evidence: every finding with its exact quote, and the candidates tried', () => {
    const { container } = renderPopup(tabState('done', verifiedSeed));
    const details = container.querySelector('details.evidence');
    expect(details?.querySelector('summary')?.textContent).toBe('Evidence (findings: 4)');
    const text = details?.textContent ?? '';
    for (const label of [
      'Source line',
      'Pirated-theme spam footer',
      'Same text as the original',
      'Address matches the original’s title',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain(`Nguồn thông tin : ${SEED_ORIGINAL_URL}.`);
    expect(text).toContain('Free WordPress Themes, Free Android Games');
    expect(text).toContain('named by the page · verified · 94 % shared');
    const quotes = details?.querySelectorAll('blockquote[dir="auto"]');
    expect(quotes?.length).toBe(4);
  });
});

test("evidence: a spam footer's target is quoted, never offered as a link", () => {
  const spamTarget = 'https://free-wp-themes-download.example/';
  const report = {
    ...verifiedSeed,
    signals: verifiedSeed.signals.map((s) => (s.kind === 'spam-footer' ? { ...s, target: spamTarget } : s)),
  };
  const { container } = renderPopup(tabState('done', report));
  const details = container.querySelector('details.evidence');
  expect(details?.textContent).toContain(spamTarget);
  expect([...(details?.querySelectorAll('a') ?? [])].some((a) => a.getAttribute('href') === spamTarget)).toBe(false);
});

test('evidence: where a finding sits is said in words, with how it was hidden', () => {
  const report = {
    ...verifiedSeed,
    signals: verifiedSeed.signals.map((s) =>
      s.kind === 'spam-footer'
        ? { ...s, where: 'footer link, hidden with display:none', place: 'footer' as const, hiddenBy: 'display:none' }
        : s,
    ),
  };
  const { container } = renderPopup(tabState('done', report));
  const text = container.querySelector('details.evidence')?.textContent ?? '';
  expect(text).toContain('Where: in the page footer, hidden from readers (display:none)');
  expect(text).not.toContain('footer link, hidden with display:none');
});

describe('suspected pages', () => {
  test('claimed: the named source is a link, a search link is offered, no compare button', () => {
    const { container } = renderPopup(tabState('done', suspectedClaimed));
    expect(container.textContent).toContain('Source named by this page:');
    const named = screen.getAllByRole('link', { name: /news-origin\.example\/bao-lu-mien-trung-123\.html/ })[0];
    expect(named?.getAttribute('href')).toBe(suspectedClaimed.claimedSource);
    const search = screen.getByRole('link', { name: 'Search the web for the original' });
    expect(search.getAttribute('href')).toMatch(/^https:\/\/duckduckgo\.com\/\?q=%22/);
    expect(screen.queryByRole('button', { name: 'Compare side by side' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Open the original' })).toBeNull();
    expect(container.textContent).toContain('could not be fetched');
    expect(container.textContent).toContain('A page could not be fetched.');
    // The unreachable named source may still be in the Web Archive.
    expect(screen.getByRole('link', { name: 'Look up in the Web Archive' }).getAttribute('href')).toBe(
      `https://web.archive.org/web/*/${suspectedClaimed.claimedSource}`,
    );
  });

  test('signals only: the archive link points at the page itself', () => {
    renderPopup(tabState('done', suspectedSignals));
    expect(screen.getByRole('link', { name: 'Look up in the Web Archive' }).getAttribute('href')).toBe(
      `https://web.archive.org/web/*/${suspectedSignals.url}`,
    );
  });
});

describe('other states offer the right button', () => {
  test('off: turn on for this site', () => {
    const { props } = renderPopup(tabState('off'));
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for this site' }));
    expect(props.onEnableSite).toHaveBeenCalled();
  });

  test('error: try again', () => {
    const { props } = renderPopup(tabState('error', null, { code: 'fetch-failed', message: 'x' }));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onRecheck).toHaveBeenCalled();
  });

  test('not an article: check anyway', () => {
    const { props } = renderPopup(tabState('idle'));
    fireEvent.click(screen.getByRole('button', { name: 'Check this page anyway' }));
    expect(props.onRecheck).toHaveBeenCalled();
  });

  test('clean: one calm line and a flag button, no export or evidence', () => {
    const { container } = renderPopup(tabState('done', cleanReport));
    expect(screen.getByRole('button', { name: 'Flag as a copy' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Export evidence (JSON)' })).toBeNull();
    expect(container.querySelector('details')).toBeNull();
  });

  test.each([['checking'], ['unsupported']] as const)('%s: no action buttons beyond settings', (status) => {
    renderPopup(tabState(status));
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Settings']);
  });
});

describe('hostile page strings', () => {
  test('render as inert text: no injected elements, no javascript: links', () => {
    const { container } = renderPopup(tabState('done', hostileReport));
    const details = container.querySelector('details');
    details?.setAttribute('open', '');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[onerror],[onmouseover]')).toBeNull();
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    // The javascript: URL is still shown as evidence text.
    expect(container.textContent).toContain('javascript:alert(document.cookie)');
  });

  test('long page strings are shortened with an ellipsis', () => {
    const long = 'Tiêu đề rất dài '.repeat(40);
    const report = { ...verifiedSeed, original: { ...verifiedSeed.original!, title: long } };
    renderPopup(tabState('done', report));
    const link = screen.getByRole('link', { name: /Tiêu đề rất dài/ });
    expect(link.textContent!.endsWith('…')).toBe(true);
    expect(link.textContent!.length).toBeLessThanOrEqual(140);
    expect(link.getAttribute('title')).toBe(long);
  });

  test('page-derived text carries dir="auto" for right-to-left scripts', () => {
    const rtl = { ...verifiedSeed, original: { ...verifiedSeed.original!, title: 'المصدر: مقال أصلي' } };
    renderPopup(tabState('done', rtl));
    const link = screen.getByRole('link', { name: 'المصدر: مقال أصلي' });
    expect(link.querySelector('[dir="auto"]')).not.toBeNull();
  });
});
