// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { hostOf, OptionsPage, type OptionsPageProps } from './OptionsPage.tsx';
import type { Flag } from '../../extension/storage/flags.ts';

afterEach(cleanup);

const flag: Flag = {
  url: 'https://tinnhanh-tonghop24h.net/tiep-tuc/',
  title: 'Tiếp tục thực hiện Quy chế dân chủ',
  originalUrl: null,
  verdict: 'copy',
  note: 'chép nguyên văn',
  flaggedAt: Date.parse('2026-11-29T03:00:00Z'),
};

function renderOptions(overrides: Partial<OptionsPageProps> = {}) {
  const props: OptionsPageProps = {
    settings: { enabled: true, disabledHosts: ['example.com'], checkMode: 'auto', memorySize: 500 },
    malformed: false,
    saveError: null,
    flags: [flag],
    memoryCount: 42,
    locale: 'en',
    onChange: vi.fn(),
    onRemoveHost: vi.fn(),
    onClearMemory: vi.fn(),
    onUnflag: vi.fn(),
    onExportFlags: vi.fn(),
    onCheckUrls: vi.fn(async () => []),
    onExportBatch: vi.fn(),
    ...overrides,
  };
  return { ...render(<OptionsPage {...props} />), props };
}

describe('OptionsPage', () => {
  test('on/off and when to check', () => {
    const { props } = renderOptions();
    const enabled = screen.getByRole('checkbox', { name: 'Check pages for republished articles' }) as HTMLInputElement;
    expect(enabled.checked).toBe(true);
    fireEvent.click(enabled);
    expect(props.onChange).toHaveBeenCalledWith({ enabled: false });
    expect(
      (screen.getByRole('radio', { name: 'Automatically, when an article opens' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Only when I click the Provenance button' }));
    expect(props.onChange).toHaveBeenCalledWith({ checkMode: 'click' });
  });

  test('site exceptions can be removed, with a named button', () => {
    const { props } = renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Turn Provenance on again for example.com' }));
    expect(props.onRemoveHost).toHaveBeenCalledWith('example.com');
  });

  test('no exceptions says so', () => {
    renderOptions({ settings: { enabled: true, disabledHosts: [], checkMode: 'auto', memorySize: 500 } });
    expect(screen.getByText('None.')).toBeTruthy();
  });

  test('memory size, count and clearing', async () => {
    const { props } = renderOptions();
    expect(screen.getByText('Remembered now: 42')).toBeTruthy();
    const size = screen.getByRole('spinbutton', { name: 'Articles to remember' }) as HTMLInputElement;
    fireEvent.change(size, { target: { value: '1000' } });
    expect(props.onChange).toHaveBeenCalledWith({ memorySize: 1000 });
    fireEvent.change(size, { target: { value: '-5' } });
    expect(props.onChange).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Clear memory' }));
    await waitFor(() => expect(screen.getByText('Memory cleared.')).toBeTruthy());
    expect(props.onClearMemory).toHaveBeenCalled();
  });

  test('memory size on disk and a full disk', () => {
    renderOptions({ memoryBytes: 38_512_000, memoryQuotaError: true });
    expect(screen.getByText('Space used: 38.5 MB')).toBeTruthy();
    expect(screen.getByText(/the oldest pages were forgotten to make room/)).toBeTruthy();
  });

  test('memory: forget one site (typed as a host or an address), export, import a file', async () => {
    const onForgetSite = vi.fn(async () => 3);
    const onExportMemory = vi.fn(async () => undefined);
    const onImportMemory = vi.fn(async () => ({ added: 2, skipped: 1 }));
    renderOptions({ onForgetSite, onExportMemory, onImportMemory });
    const site = screen.getByRole('textbox', { name: 'Forget one site' });
    fireEvent.input(site, { target: { value: 'https://WWW.Example.org/a/b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Forget' }));
    await waitFor(() => expect(screen.getByText('Forgot 3 articles from example.org.')).toBeTruthy());
    expect(onForgetSite).toHaveBeenCalledWith('example.org');
    fireEvent.input(site, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Forget' }));
    expect(onForgetSite).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Export memory' }));
    expect(onExportMemory).toHaveBeenCalled();
    const input = screen.getByLabelText('Import memory from a file') as HTMLInputElement;
    const file = new File(['{"format":"provenance-memory","version":2}\n'], 'memory.jsonl');
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByText(/Imported 2 articles; 1 lines skipped/)).toBeTruthy());
    expect(onImportMemory).toHaveBeenCalledWith('{"format":"provenance-memory","version":2}\n');
  });

  test.each([
    ['example.com', 'example.com'],
    [' News.Example.co.uk ', 'news.example.co.uk'],
    ['https://www.example.com/path?q=1', 'example.com'],
    ['localhost', null],
    ['', null],
    ['a b', null],
  ])('the site typed %j is %j', (typed, host) => {
    expect(hostOf(typed)).toBe(host);
  });

  test('flags: listed, unflagged, exported', () => {
    const { props } = renderOptions();
    expect(screen.getByRole('link', { name: 'Tiếp tục thực hiện Quy chế dân chủ' }).getAttribute('href')).toBe(
      flag.url,
    );
    expect(screen.getByText('chép nguyên văn')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the flag from Tiếp tục thực hiện Quy chế dân chủ' }));
    expect(props.onUnflag).toHaveBeenCalledWith(flag.url);
    fireEvent.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export (CSV)' }));
    expect(props.onExportFlags).toHaveBeenNthCalledWith(1, 'json');
    expect(props.onExportFlags).toHaveBeenNthCalledWith(2, 'csv');
  });

  test('no flags: export disabled', () => {
    renderOptions({ flags: [] });
    expect(screen.getByText('You have not flagged any page.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export (CSV)' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('malformed settings and a failed save are announced', () => {
    renderOptions({ malformed: true, saveError: 'invalid message' });
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts[0]).toMatch(/^Your saved settings could not be read/);
    expect(alerts[1]).toBe('Could not save: invalid message');
  });

  test('the section to check a list of pages is there, and left out without a checker', () => {
    renderOptions();
    expect(screen.getByRole('heading', { name: 'Check a list of pages' })).toBeTruthy();
    cleanup();
    renderOptions({ onCheckUrls: undefined });
    expect(screen.queryByRole('heading', { name: 'Check a list of pages' })).toBeNull();
  });

  test('no alert when settings are fine', () => {
    renderOptions();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
