// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { BatchRow } from '../../extension/messages.ts';
import { setCatalog } from '../../extension/i18n/t.ts';
import vi_ from '../../../public/_locales/vi/messages.json';
import type { Catalog } from '../../extension/i18n/createT.ts';
import { batchToCsv, batchToJson } from '../lib/batchResults.ts';
import { BatchCheckSection, type BatchCheckSectionProps } from './BatchCheckSection.tsx';

afterEach(() => {
  cleanup();
  setCatalog(null);
});

const COPY = 'https://tinnhanh-tonghop24h.net/tiep-tuc/';
const ORIGINAL = 'https://baoangiang.com.vn/tiep-tuc-thuc-hien-a123.html';
const rowFor = (url: string): BatchRow => {
  if (url.includes('down')) {
    return {
      url,
      status: 'error',
      verdict: 'unchecked',
      trust: null,
      syndicated: false,
      originalUrl: null,
      publisher: null,
      authors: [],
      containment: null,
      error: { code: 'fetch-failed', message: 'HTTP 503' },
    };
  }
  if (url.includes('off')) {
    return {
      url,
      status: 'error',
      verdict: 'unchecked',
      trust: null,
      syndicated: false,
      originalUrl: null,
      publisher: null,
      authors: [],
      containment: null,
      error: { code: 'off', message: 'off' },
    };
  }
  if (url.includes('evil')) {
    return {
      url,
      status: 'done',
      verdict: 'copy',
      trust: 'claimed',
      syndicated: false,
      originalUrl: 'javascript:alert(1)',
      publisher: '<img src=x onerror=alert(1)>',
      authors: [],
      containment: 0.5,
      error: null,
    };
  }
  return {
    url,
    status: 'done',
    verdict: 'copy',
    trust: 'verified',
    syndicated: false,
    originalUrl: ORIGINAL,
    publisher: 'Báo An Giang',
    authors: ['Mỹ Linh'],
    containment: 0.943,
    error: null,
  };
};

function renderSection(overrides: Partial<BatchCheckSectionProps> = {}) {
  const props: BatchCheckSectionProps = {
    onCheck: vi.fn(async (urls: string[], onProgress: (done: number, total: number) => void) => {
      onProgress(0, urls.length);
      return urls.map(rowFor);
    }),
    onExport: vi.fn(),
    ...overrides,
  };
  render(<BatchCheckSection {...props} />);
  const box = screen.getByRole('textbox', { name: 'Addresses to check' }) as HTMLTextAreaElement;
  const type = (text: string) => fireEvent.input(box, { target: { value: text } });
  const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check these pages' }));
  return { props, type, check };
}

describe('BatchCheckSection', () => {
  test('invalid lines are reported by number and not sent; repeats are checked once', async () => {
    const { props, type, check } = renderSection();
    type(
      ['# this morning', COPY, 'javascript:alert(1)', '', 'www.example.com/x', COPY, 'https://down.example/a'].join(
        '\n',
      ),
    );
    check();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not a web address (http or https), so not checked: line 3, 5');
    expect(alert.textContent).toContain('(1 repeated)');
    await waitFor(() => expect(props.onCheck).toHaveBeenCalledTimes(1));
    expect(vi.mocked(props.onCheck).mock.calls[0]?.[0]).toEqual([COPY, 'https://down.example/a']);
  });

  test('the results table: verdict in the popup’s words, the original as a link, overlap, the reason of a failure', async () => {
    const { type, check } = renderSection();
    type(`${COPY}\nhttps://down.example/a\nhttps://off.example/b`);
    check();
    const table = await screen.findByRole('table', { name: 'Results' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const cells = (i: number) =>
      within(rows[i]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(0)).toEqual([COPY, 'Copied from another article', `${ORIGINAL}Báo An Giang`, '94 %', '']);
    expect(
      within(rows[0]!)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([COPY, ORIGINAL]);
    expect(cells(1)).toEqual([
      'https://down.example/a',
      'Could not check this page',
      '',
      '',
      'A page could not be fetched.',
    ]);
    expect(cells(2)).toEqual([
      'https://off.example/b',
      'Off for this site',
      '',
      '',
      'You turned Provenance off for this site.',
    ]);
    expect(screen.getByRole('status').textContent).toBe('Checked 3 pages.');
  });

  test('page-supplied values stay text; a non-http original is not a link', async () => {
    const { type, check } = renderSection();
    type('https://evil.example/x');
    check();
    const table = await screen.findByRole('table');
    expect(within(table).queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
    expect(table.querySelector('img')).toBeNull();
    expect(table.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  test('the button is disabled while the list is checked, with progress', async () => {
    let finish: (rows: BatchRow[]) => void = () => undefined;
    let report: (done: number, total: number) => void = () => undefined;
    const { check, type } = renderSection({
      onCheck: (_urls, onProgress) => {
        report = onProgress;
        return new Promise((resolve) => (finish = resolve));
      },
    });
    type(`${COPY}\nhttps://b.example/1`);
    check();
    const button = screen.getByRole('button', { name: 'Check these pages' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    report(1, 2);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Checking… 1 of 2 pages done'));
    finish([rowFor(COPY), rowFor('https://b.example/1')]);
    await waitFor(() => expect(button.disabled).toBe(false));
  });

  test('more than 100 addresses: nothing is sent', async () => {
    const { props, type, check } = renderSection();
    type(Array.from({ length: 101 }, (_, i) => `https://a.example/${i}`).join('\n'));
    check();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many addresses (101): check at most 100 at a time.',
    );
    expect(props.onCheck).not.toHaveBeenCalled();
  });

  test('an empty box says so', async () => {
    const { props, check } = renderSection();
    check();
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing to check: paste at least one address.');
    expect(props.onCheck).not.toHaveBeenCalled();
  });

  test('exports hand over the rows shown; the export text defuses formulas', async () => {
    const { props, type, check } = renderSection();
    type(`${COPY}\nhttps://down.example/a`);
    check();
    fireEvent.click(await screen.findByRole('button', { name: 'Export results (CSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export results (JSON)' }));
    const [format, rows] = vi.mocked(props.onExport).mock.calls[0]!;
    expect(format).toBe('csv');
    expect(vi.mocked(props.onExport).mock.calls[1]?.[0]).toBe('json');
    const csv = batchToCsv(rows).split('\r\n');
    expect(csv[1]).toBe(`${COPY},done,copy,verified,false,${ORIGINAL},Báo An Giang,Mỹ Linh,0.943,,`);
    expect(csv[2]).toBe('https://down.example/a,error,unchecked,,,,,,,fetch-failed,HTTP 503');
    expect(JSON.parse(batchToJson(rows, '2026-11-29T04:00:00.000Z')).rows).toHaveLength(2);
  });

  test('in Vietnamese', async () => {
    setCatalog(vi_ as Catalog, 'vi');
    render(<BatchCheckSection onCheck={async (urls) => urls.map(rowFor)} onExport={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'Kiểm tra một danh sách trang' })).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: `${COPY}\nftp://x.example/` } });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra các trang này' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Không phải địa chỉ web (http hoặc https) nên không được kiểm tra: dòng 2',
    );
    expect(await screen.findByText('Sao chép từ một bài báo khác')).toBeTruthy();
  });
});
