import { readFile } from 'node:fs/promises';
import { UsageError } from './usageError.ts';

/** Non-blank lines of a text file with their 1-based line numbers; a missing file is a usage error. */
export async function readLines(file: string, what: string): Promise<{ text: string; line: number }[]> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return raw
    .split(/\r?\n/)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
}
