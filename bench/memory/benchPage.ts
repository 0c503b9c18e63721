/**
 * The page the memory benchmarks run in: a fresh Chromium profile (so IndexedDB starts empty and its files can be
 * measured), a blank page served on a free port (IndexedDB needs an origin), and the bench's bundles evaluated in
 * it. `call(global, fn, arg)` runs one of a bundle's exported functions in the page.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from './benchSetup.ts';

export interface BenchPage {
  page: Page;
  /** The profile's IndexedDB folder, whose size is the store's size on disk. */
  idbDir: string;
  call<T>(global: string, fn: string, arg: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function openBenchPage(bundles: string[]): Promise<BenchPage> {
  const server = http.createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>memory bench</title>'),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-memory-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    args: ['--headless=new', '--no-first-run', '--disable-sync', '--disable-component-update'],
  });
  const close = async (): Promise<void> => {
    await context.close();
    server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    for (const code of bundles) await page.evaluate(code);
    const call = <T>(global: string, fn: string, arg: unknown): Promise<T> =>
      page.evaluate(
        ([g, f, a]) =>
          (globalThis as unknown as Record<string, Record<string, (x: unknown) => Promise<unknown>>>)[g as string]![
            f as string
          ]!(a),
        [global, fn, arg] as const,
      ) as Promise<T>;
    return { page, idbDir: path.join(userDataDir, 'Default', 'IndexedDB'), call, close };
  } catch (e) {
    await close();
    throw e;
  }
}
