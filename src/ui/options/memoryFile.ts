/**
 * The memory file moved between browsers, from the options page's side: an export is asked for in parts (one
 * message each) and joined; an import is sent in parts of whole lines, each led by the file's header line, since a
 * memory of 100,000 articles (~70 MB) is too big for one message. The background validates every part.
 */
import { MAX_IMPORT_PART_CHARS } from '../../extension/messages.ts';

/** Bounds the parts of an export: a memory holds at most a few hundred thousand pages, a part thousands. */
const MAX_PARTS = 1000;

export async function collectExport(
  ask: (after: number) => Promise<{ text: string; next: number | null }>,
): Promise<string> {
  const texts: string[] = [];
  let after = 0;
  for (let n = 0; n < MAX_PARTS; n++) {
    const part = await ask(after);
    texts.push(part.text);
    if (part.next === null || part.next <= after) break;
    after = part.next;
  }
  return texts.join('');
}

/** Parts of a file's text to import; lines too long for any part are counted as skipped, never sent. */
export function importParts(text: string, maxChars = MAX_IMPORT_PART_CHARS): { parts: string[]; tooLong: number } {
  const lines = text.split('\n').filter((l) => l.trim());
  const header = lines[0] ?? '';
  const parts: string[] = [];
  let tooLong = 0;
  let part: string[] = [];
  let size = header.length + 1;
  for (const line of lines.slice(1)) {
    if (header.length + line.length + 2 > maxChars) {
      tooLong++;
      continue;
    }
    if (size + line.length + 1 > maxChars) {
      parts.push(`${[header, ...part].join('\n')}\n`);
      part = [];
      size = header.length + 1;
    }
    part.push(line);
    size += line.length + 1;
  }
  if (part.length || (parts.length === 0 && header)) parts.push(`${[header, ...part].join('\n')}\n`);
  return { parts, tooLong };
}
