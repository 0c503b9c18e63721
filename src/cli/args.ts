import { parseArgs } from 'node:util';
import { UsageError } from './usageError.ts';
import { PAGE_BUDGET_MS } from '../core/tooSlowError.ts';

export interface CliOptions {
  command: 'check' | 'help';
  /** URLs and local .html/.txt files, in the order given. */
  targets: string[];
  offline: string | null;
  json: boolean;
  cases: string | null;
  urls: string | null;
  history: string[];
  /** Where a single local file came from. */
  url: string | null;
  out: string | null;
  /** A memory file read before the run and written after it, the pages checked added (null: a fresh memory per page). */
  memory: string | null;
  concurrency: number;
  /** Per-page deadline for a whole check, in milliseconds. */
  timeoutMs: number;
  /** Lets the fetcher reach private addresses: for testing against a local server only. */
  allowPrivate: boolean;
}

export const USAGE = `Usage: provenance check <url|file…> [options]

Checks whether pages republish a news article, finds and verifies the original, and credits its authors.

  <url>                   an http(s) page to fetch and check
  <file>                  a local .html or .txt page (say where it came from with --url)

Options:
  --offline <web.json>    serve every fetch from a corpus-style offline web instead of the network
  --json                  one JSON report per line (the corpus report format) instead of a summary
  --cases <cases.jsonl>   check each case of a cases file with its history, in case order
  --urls <file>           also check the URLs listed in a file, one per line (# starts a comment)
  --history <url>         a page read before (repeatable); remembered before each check
  --url <url>             the address a single local file was served from
  --out <file>            write the output to a file instead of stdout
  --memory <file>         remember the pages checked in this file and trace copies to pages in it (created if
                          missing; an extension's memory export works too)
  --concurrency <n>       pages checked at once (1–32, default 4)
  --timeout <seconds>     a page's time budget: its check is stopped after this long (default 5)
  --allow-private         allow fetching private and loopback addresses (testing only)
  -h, --help              show this help

Exit status: 0 every page checked; 1 some pages could not be checked (their reports carry the error);
2 bad arguments or input (missing file, malformed line, unknown URL in offline mode).
`;

const SPEC = {
  offline: { type: 'string' },
  json: { type: 'boolean', default: false },
  cases: { type: 'string' },
  urls: { type: 'string' },
  history: { type: 'string', multiple: true },
  url: { type: 'string' },
  out: { type: 'string' },
  memory: { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'allow-private': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Parses the command line; throws UsageError with a message for a person. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof SPEC; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.replace(/\. To specify a positional.*$/s, '') : String(e));
  }
  const { values, positionals } = parsed;
  const [command, ...targets] = positionals;
  const base = defaults();
  if (values.help || command === 'help' || command === undefined) return { ...base, command: 'help' };
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try: provenance check <url>)`);
  const options: CliOptions = {
    ...base,
    targets,
    offline: values.offline ?? null,
    json: values.json,
    cases: values.cases ?? null,
    urls: values.urls ?? null,
    history: values.history ?? [],
    url: values.url ?? null,
    out: values.out ?? null,
    memory: values.memory ?? null,
    concurrency:
      values.concurrency === undefined ? base.concurrency : integer('--concurrency', values.concurrency, 1, 32),
    timeoutMs: values.timeout === undefined ? base.timeoutMs : integer('--timeout', values.timeout, 1, 3600) * 1000,
    allowPrivate: values['allow-private'],
  };
  if (!targets.length && !options.cases && !options.urls)
    throw new UsageError('nothing to check: give a URL or file, --urls <file> or --cases <cases.jsonl>');
  for (const h of options.history)
    if (!isHttpUrl(h)) throw new UsageError(`--history needs an http(s) URL, got "${h}"`);
  if (options.url !== null && !isHttpUrl(options.url))
    throw new UsageError(`--url needs an http(s) URL, got "${options.url}"`);
  return options;
}

function defaults(): CliOptions {
  return {
    command: 'check',
    targets: [],
    offline: null,
    json: false,
    cases: null,
    urls: null,
    history: [],
    url: null,
    out: null,
    memory: null,
    concurrency: 4,
    timeoutMs: PAGE_BUDGET_MS,
    allowPrivate: false,
  };
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max)
    throw new UsageError(`${flag} needs a whole number from ${min} to ${max}, got "${text}"`);
  return n;
}

export function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(text) && URL.canParse(text);
}
