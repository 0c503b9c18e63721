/**
 * Pages kept BLOCK to a record: a store pays for every record it keeps (IndexedDB in Chromium: a key, an "exists"
 * entry and a value header, ~50 bytes, a third of a packed page), and a lookup reads a dozen pages at most, so it
 * can afford to read the blocks that hold them. Block n holds the pages with ids n × BLOCK … n × BLOCK + BLOCK − 1
 * still kept. Layout: per page its id's offset in the block (one byte) and its packed record's length (varint), then
 * the record's bytes.
 */
export const BLOCK = 16;

export interface BlockPage {
  id: number;
  bytes: Uint8Array;
}

export const blockOf = (id: number): number => Math.floor(id / BLOCK);

export function encodeBlock(pages: readonly BlockPage[]): Uint8Array {
  const out: number[] = [];
  for (const { id, bytes } of pages) {
    out.push(id % BLOCK);
    let n = bytes.length;
    while (n >= 0x80) {
      out.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    out.push(n);
    for (const b of bytes) out.push(b);
  }
  return Uint8Array.from(out);
}

/** The pages of block `block`, in order; what follows a garbled length is dropped, never a throw. */
export function decodeBlock(block: number, bytes: Uint8Array | undefined): BlockPage[] {
  const pages: BlockPage[] = [];
  if (!(bytes instanceof Uint8Array)) return pages;
  let at = 0;
  while (at < bytes.length && pages.length < BLOCK) {
    const offset = bytes[at++] ?? 0;
    let len = 0;
    let shift = 0;
    let b = 0x80;
    while (b & 0x80 && at < bytes.length && shift <= 28) {
      b = bytes[at++] ?? 0;
      len += (b & 0x7f) * 2 ** shift;
      shift += 7;
    }
    if (b & 0x80 || offset >= BLOCK || at + len > bytes.length) break;
    pages.push({ id: block * BLOCK + offset, bytes: bytes.slice(at, at + len) });
    at += len;
  }
  return pages;
}
