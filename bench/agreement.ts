/**
 * (d) Does the extension say what the CLI says? For each sampled corpus case, as a reader meets it: real Chromium
 * with the built extension and a fresh profile, the case's history visited first (each page until its badge is
 * final), then the page; the final badge is read and compared with the CLI's verdict on the same case (and with
 * the corpus's expected verdict). Prints the agreement and every difference.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadOfflineWeb } from '../src/cli/offlineWeb.ts';
import { makeNodePorts } from '../src/cli/nodePorts.ts';
import { readSites } from '../src/core/match/directoryFromSites.ts';
import { KNOWN_SITES_KEY, type KnownSite } from '../src/extension/storage/knownSites.ts';
import { badgeOf, launch, tabIdOf, type Badge, type Launched } from '../test/e2e/launch.ts';
import { loadMessages } from '../test/e2e/messages.ts';
import { startTestWeb } from '../test/e2e/server.ts';
import { REPO_ROOT } from './benchPages.ts';

/** What a reader can tell apart on the toolbar. */
export type Shown = 'copy' | 'syndicated' | 'suspected' | 'clean' | 'error' | 'none';

interface Case {
  id: string;
  url: string;
  history: string[];
  expect: { verdict: string };
}
interface CliReport {
  url: string;
  verdict?: string;
  syndicated?: boolean;
  error?: unknown;
}

export interface AgreementResult {
  cases: number;
  agree: number;
  badgeMatchesExpected: number;
  cliMatchesExpected: number;
  differences: { id: string; url: string; badge: Shown; cli: Shown; expected: Shown }[];
  durationS: number;
  directory: 'reader' | 'cli';
}

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
const OUT = path.join(REPO_ROOT, 'test-results', 'agreement');
const CHECKING = new Set(['…', '...']);

function shownOfVerdict(verdict: string | undefined, syndicated: boolean | undefined): Shown {
  if (verdict === 'copy') return syndicated ? 'syndicated' : 'copy';
  if (verdict === 'suspected' || verdict === 'clean') return verdict;
  return 'error'; // 'unchecked' or no report: the badge shows '!' then
}

function shownOfBadge(b: Badge, titles: { clean: string; idle: string }): Shown | null {
  if (b.text === 'COPY') return 'copy';
  if (b.text === 'SYN') return 'syndicated';
  if (b.text === '?') return 'suspected';
  if (b.text === '!') return 'error';
  if (b.text === '' && b.title === titles.clean) return 'clean';
  if (CHECKING.has(b.text)) return null;
  return null; // idle: not (yet) checked
}

/** Loads `url` in a new tab and waits for its final badge; a page never checked (the gate said no) shows as clean. */
async function readerSees(b: Launched, url: string, titles: { clean: string; idle: string }): Promise<Shown> {
  const page = await b.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const tabId = await tabIdOf(b, page.url());
    const loaded = Date.now();
    let sawChecking = false;
    while (Date.now() - loaded < 60_000) {
      const badge = await badgeOf(b, tabId);
      const shown = shownOfBadge(badge, titles);
      if (shown) return shown;
      if (CHECKING.has(badge.text)) sawChecking = true;
      // the content script sends at idle (at most 3 s); past 5 s with no check started, the gate said "not an article"
      else if (!sawChecking && Date.now() - loaded > 5000 && badge.title === titles.idle) return 'clean';
      await new Promise((r) => setTimeout(r, 100));
    }
    return 'none';
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * The publishers the CLI's offline directory knows (the corpus's rule: the offline web's homepages are the
 * directory), as the extension's known sites: what a reader who had read those publishers' pages would have taught
 * it. Names and aliases only; no image hosts (the extension learns none).
 */
async function cliKnownSites(webJson: string): Promise<KnownSite[]> {
  const web = await loadOfflineWeb(webJson);
  const entries = await readSites(web.homepages, makeNodePorts({ fetch: web.fetch }), { readFeeds: true });
  return entries.flatMap((e) =>
    [e.name, ...(e.aliases ?? [])].map((name) => ({ name, origin: e.origin, seenAt: Date.now() })),
  );
}

function sample(cases: Case[], n: number): Case[] {
  const rank = (c: Case) => createHash('sha256').update(`agreement\n${c.url}`).digest('hex');
  return [...cases].sort((a, b) => (rank(a) < rank(b) ? -1 : 1)).slice(0, n);
}

/**
 * `directory`: 'reader' (a fresh profile: the extension's own tables and the case's history) or 'cli' (the same
 * publishers as the CLI's offline directory, written to the extension's known sites first).
 */
export async function agreement(
  n: number,
  log: (s: string) => void,
  directory: 'reader' | 'cli' = 'reader',
): Promise<AgreementResult> {
  const started = performance.now();
  const all = fs
    .readFileSync(path.join(CORPUS, 'cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  // BENCH_AGREEMENT_IDS=pub-0032,pub-0095: only these cases (to look at differences again), not a sample.
  const ids = (process.env.BENCH_AGREEMENT_IDS ?? '').split(',').filter(Boolean);
  const cases = ids.length ? all.filter((c) => ids.includes(c.id)) : sample(all, n);
  fs.mkdirSync(OUT, { recursive: true });

  // The CLI on the same cases, offline, as `npm run corpus` runs it.
  const casesFile = path.join(OUT, 'cases.jsonl');
  fs.writeFileSync(casesFile, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const reportsFile = path.join(OUT, 'cli-reports.jsonl');
  spawnSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'bin', 'provenance.mjs'),
      'check',
      '--cases',
      casesFile,
      '--offline',
      path.join(CORPUS, 'web.json'),
      '--json',
      '--out',
      reportsFile,
      '--concurrency',
      '2',
      // BENCH_AGREEMENT_CLI_TIMEOUT_S=60: a loaded machine makes the CLI miss its default budget ("too-slow"), which
      // then counts as a difference that says nothing about the extension.
      ...(process.env.BENCH_AGREEMENT_CLI_TIMEOUT_S ? ['--timeout', process.env.BENCH_AGREEMENT_CLI_TIMEOUT_S] : []),
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const cli = new Map<string, CliReport>();
  for (const line of fs
    .readFileSync(reportsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const r = JSON.parse(line) as CliReport;
    cli.set(r.url, r);
  }

  const msg = loadMessages('en');
  const titles = { clean: msg('badgeClean'), idle: msg('badgeIdle') };
  const known = directory === 'cli' ? await cliKnownSites(path.join(CORPUS, 'web.json')) : [];
  if (directory === 'cli') log(`  the extension is given the CLI's ${known.length} publisher names first`);
  const web = await startTestWeb({ webJson: path.join(CORPUS, 'web.json') });
  const differences: AgreementResult['differences'] = [];
  let agree = 0;
  let badgeOk = 0;
  let cliOk = 0;
  try {
    for (const [i, c] of cases.entries()) {
      const b = await launch({ web });
      let badge: Shown = 'none';
      try {
        if (known.length) {
          const w = await b.worker();
          await w.evaluate(
            async ([key, sites]) => {
              await (
                globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
              ).chrome.storage.local.set({ [key]: sites });
            },
            [KNOWN_SITES_KEY, known] as const,
          );
        }
        for (const visited of c.history) await readerSees(b, visited, titles);
        badge = await readerSees(b, c.url, titles);
      } catch (e) {
        log(`  ${c.id}: ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await b.close();
      }
      const report = cli.get(c.url);
      const cliShown = report && !report.error ? shownOfVerdict(report.verdict, report.syndicated) : 'error';
      // the corpus labels verdicts, not syndication: SYN counts as a copy against the label (never against the CLI)
      const expected = shownOfVerdict(c.expect.verdict, false);
      const asLabelled = (x: Shown): Shown => (x === 'syndicated' ? 'copy' : x);
      if (badge === cliShown) agree++;
      else differences.push({ id: c.id, url: c.url, badge, cli: cliShown, expected });
      if (asLabelled(badge) === expected) badgeOk++;
      if (asLabelled(cliShown) === expected) cliOk++;
      if ((i + 1) % 10 === 0) log(`  ${i + 1}/${cases.length}: ${agree} agree`);
    }
  } finally {
    await web.close();
  }
  const result = {
    cases: cases.length,
    agree,
    badgeMatchesExpected: badgeOk,
    cliMatchesExpected: cliOk,
    differences,
    durationS: Math.round((performance.now() - started) / 1000),
    directory,
  };
  fs.writeFileSync(path.join(OUT, `agreement-${directory}.json`), JSON.stringify(result, null, 1));
  return result;
}
