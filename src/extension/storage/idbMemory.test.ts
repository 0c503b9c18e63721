import 'fake-indexeddb/auto';
import fs from 'node:fs';
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { sketch } from '../../core/text/sketch.ts';
import { article, excerpt, paraphrase, rng } from '../../../bench/memory/syntheticArticles.ts';
import { blockOf, decodeBlock } from '../../core/memory/pageBlock.ts';
import { indexedItem } from '../../core/memory/indexedMemory.ts';
import { idbMemory, migrateOldMemory, OLD_MEMORY_KEY } from './idbMemory.ts';
import { FLUSH_AT, GROUPS, openMemoryDb, putPages, readMeta } from './idbMemoryStore.ts';
import { EPOCH } from '../../core/memory/postingGroup.ts';
import { memoryArea } from './memoryArea.ts';

const FIXTURE = JSON.parse(
  fs.readFileSync(new URL('../../../test/fixtures/memory/storage-local-memory-v0.json', import.meta.url), 'utf8'),
) as { memory: unknown[] };
const GOOD_IN_FIXTURE = 40;
let dbs = 0;
/** A fresh database per test (fake-indexeddb keeps them for the whole file). */
const freshDb = () => {
  const db = openMemoryDb(`test-memory-${++dbs}`);
  return () => db;
};
const text = (seed: number) => article(seed).paragraphs.join('\n\n');
const entry = (seed: number, visitedAt = seed) => {
  const a = article(seed);
  return { url: a.url, title: a.title, publisher: a.publisher, visitedAt, sketch: sketch(text(seed)) };
};

describe('idbMemory', () => {
  test('remembers, recalls copies and excerpts, keeps one record per URL and its capacity', async () => {
    const open = freshDb();
    const memory = idbMemory(open, () => 30);
    for (let i = 0; i < 35; i++) await memory.remember(entry(i));
    await memory.remember(entry(34, 99));
    expect((await memory.stats()).pages).toBe(30);
    expect((await memory.recall(sketch(paraphrase(article(20), 1)), 5))[0]?.url).toBe(article(20).url);
    expect((await memory.recall(sketch(excerpt(article(21), 1)), 5)).map((e) => e.url)).toContain(article(21).url);
    expect(await memory.recall(sketch(text(2)), 5)).toEqual([]); // evicted, oldest first
    expect((await memory.recall(sketch(text(34)), 1))[0]?.visitedAt).toBe(99);
  });

  // 276 single-page transactions in fake-indexeddb: seconds alone, more on a loaded machine.
  test('pages are found before and after their postings move from the pending log into the buckets', {
    timeout: 90_000,
  }, async () => {
    const open = freshDb();
    const memory = idbMemory(open, () => 10_000);
    // Random sketches stand in for texts here: a page's own sketch shares all 64 bands with it.
    const r = rng(7);
    const fake = (i: number) => ({
      url: `https://site${i}.example/a`,
      title: null,
      visitedAt: i,
      sketch: Array.from({ length: 128 }, () => Math.floor(r() * 2 ** 32)),
    });
    const pages = Array.from({ length: FLUSH_AT + 20 }, (_, i) => fake(i));
    for (const p of pages) await memory.remember(p);
    const db = await open();
    expect(await db.count('pending')).toBe(20);
    for (const i of [0, 100, FLUSH_AT - 1, FLUSH_AT + 19])
      expect((await memory.recall(pages[i]!.sketch, 1))[0]?.url).toBe(pages[i]!.url);
  });

  test('drops the oldest beyond capacity from whole blocks, a block in part, then the log', async () => {
    const open = freshDb();
    const db = await open();
    const items = Array.from({ length: 40 }, (_, i) => indexedItem(entry(i))!);
    await putPages(db, items, 1000, {}, { unique: true, flush: true }); // ids 1–40 in blocks 0–2
    const memory = idbMemory(open, () => 1000);
    for (let i = 40; i < 45; i++) await memory.remember(entry(i)); // ids 41–45 in the log
    await putPages(db, [], 21); // keeps ids 25–45: blocks 0 gone, block 1 in part
    expect((await readMeta(db)).count).toBe(21);
    expect(await db.get('blocks', 0)).toBeUndefined();
    expect(decodeBlock(1, await db.get('blocks', 1)).map((p) => p.id)).toEqual([25, 26, 27, 28, 29, 30, 31]);
    expect(await memory.recall(sketch(text(23)), 5)).toEqual([]);
    expect((await memory.recall(sketch(text(24)), 1))[0]?.url).toBe(article(24).url);
    await putPages(db, [], 2); // everything in blocks, and the log's first three
    expect((await readMeta(db)).count).toBe(2);
    expect(await memory.recall(sketch(text(42)), 5)).toEqual([]);
    expect((await memory.recall(sketch(text(43)), 1))[0]?.url).toBe(article(43).url);
    expect((await memory.recall(sketch(text(44)), 1))[0]?.url).toBe(article(44).url);
  });

  test('forgets one site, clears all', async () => {
    const memory = idbMemory(freshDb(), () => 100);
    for (let i = 0; i < 5; i++) await memory.remember(entry(i));
    const host = new URL(article(3).url).hostname;
    expect(await memory.forgetSite(host.replace(/^www\./, ''))).toBe(1);
    expect(await memory.recall(sketch(text(3)), 5)).toEqual([]);
    expect((await memory.stats()).pages).toBe(4);
    await memory.clear();
    expect((await memory.stats()).pages).toBe(0);
    expect(await memory.recall(sketch(text(1)), 5)).toEqual([]);
  });

  test('exports to a file another browser imports, skipping and counting bad lines', async () => {
    const from = idbMemory(freshDb(), () => 100);
    for (let i = 0; i < 6; i++) await from.remember(entry(i));
    const file = await from.exportFile();
    const to = idbMemory(freshDb(), () => 100);
    const tampered = `${file}{"url":"javascript:alert(1)","visitedAt":1,"bits":[],"bands":[1]}\nnot json\n`;
    expect(await to.importFile(tampered)).toEqual({ added: 6, skipped: 2 });
    expect((await to.recall(sketch(paraphrase(article(4), 2)), 5))[0]?.url).toBe(article(4).url);
    expect(await to.importFile('{"format":"something-else"}\n{}\n')).toEqual({ added: 0, skipped: 2 });
    expect(await to.importFile('{"format":"provenance-memory","version":99}\n{}\n')).toEqual({ added: 0, skipped: 2 });
  });

  test('an export in parts (one message each) is the whole file, pages in order, each once', async () => {
    const from = idbMemory(freshDb(), () => 100);
    for (let i = 0; i < 5; i++) await from.remember(entry(i));
    let text = '';
    const afters: number[] = [];
    for (let after: number | null = 0; after !== null; ) {
      afters.push(after);
      const part = await from.exportPart(after, 2);
      text += part.text;
      after = part.next;
    }
    expect(afters).toHaveLength(3);
    expect(text).toBe(await from.exportFile());
    const urls = text
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => (JSON.parse(l) as { url: string }).url);
    expect(urls).toEqual([0, 1, 2, 3, 4].map((i) => article(i).url));
  });

  test('skips and counts a corrupted record instead of failing', async () => {
    const open = freshDb();
    const memory = idbMemory(open, () => 100);
    await memory.remember(entry(1));
    await memory.exportFile(); // moves the page from the pending log into its block
    const db = await open();
    await db.put('blocks', Uint8Array.from([1, 3, 9, 9, 9]), 0); // page 1's record garbled
    expect(await memory.recall(sketch(text(1)), 5)).toEqual([]);
    expect((await memory.stats()).skipped).toBe(1);
  });

  test('a quota error drops the oldest pages and leaves a message for the options page', async () => {
    const open = freshDb();
    const memory = idbMemory(open, () => 100);
    for (let i = 0; i < 10; i++) await memory.remember(entry(i));
    const db = await open();
    const realTransaction = db.transaction.bind(db);
    let failures = 1;
    (db as { transaction: unknown }).transaction = ((...args: Parameters<typeof realTransaction>) => {
      if (args[1] === 'readwrite' && failures-- > 0) throw new DOMException('full', 'QuotaExceededError');
      return realTransaction(...args);
    }) as typeof realTransaction;
    await memory.remember(entry(10));
    const stats = await memory.stats();
    expect(stats.pages).toBe(10); // 10 → 9 (10 % relief) → + the new page
    expect(stats.quotaError).toMatch(/oldest pages were forgotten/);
    expect(await memory.recall(sketch(text(0)), 5)).toEqual([]);
    expect((await memory.recall(sketch(text(10)), 1))[0]?.url).toBe(article(10).url);
  });
});

describe('migrateOldMemory (from the storage.local list of 0.1.x)', () => {
  test('moves every readable entry of the stored fixture, counts the others, removes the old list', async () => {
    const area = memoryArea(FIXTURE);
    const open = freshDb();
    expect(await migrateOldMemory(area, open, 100_000)).toEqual({ moved: GOOD_IN_FIXTURE, skipped: 3 });
    expect(area.dump()[OLD_MEMORY_KEY]).toBeUndefined();
    const memory = idbMemory(open, () => 100_000);
    expect((await memory.stats()).pages).toBe(GOOD_IN_FIXTURE);
    for (const old of FIXTURE.memory.filter(
      (e): e is { url: string; sketch: number[] } =>
        typeof e === 'object' &&
        /^https:/.test((e as { url?: string }).url ?? '') &&
        (e as { sketch: unknown[] }).sketch.length > 2,
    )) {
      expect((await memory.recall(old.sketch, 1))[0]?.url).toBe(old.url);
    }
  });

  test('an interrupted migration resumes where it stopped, nothing lost or doubled', async () => {
    const area = memoryArea(FIXTURE);
    const open = freshDb();
    // The worker stopped after the first chunk's transaction: its mark is in the database, the old list still there.
    const db = await open();
    await putPages(db, [], 100_000, { migrated: 0 });
    const firstChunkOnly = memoryArea({ [OLD_MEMORY_KEY]: FIXTURE.memory.slice(0, 12) });
    await migrateOldMemory(firstChunkOnly, open, 100_000);
    expect((await readMeta(db)).migrated).toBe(12);
    await migrateOldMemory(area, open, 100_000);
    expect((await readMeta(db)).count).toBe(GOOD_IN_FIXTURE);
    expect(area.dump()[OLD_MEMORY_KEY]).toBeUndefined();
  });
});

describe.each([
  { version: 1, file: 'idb-memory-v1.json', about: '0.3: {k, v} pages under a URL index, varint posting lists' },
  { version: 2, file: 'idb-memory-v2.json', about: 'one packed record a page, Rice-coded lists, the URL band' },
  { version: 3, file: 'idb-memory-v3.json', about: 'pages 16 to a block, one record a bucket' },
])('the database of version $version ($about)', ({ version, file }) => {
  const FIXTURE_DB = JSON.parse(
    fs.readFileSync(new URL(`../../../test/fixtures/memory/${file}`, import.meta.url), 'utf8'),
  ) as {
    meta: object;
    pages?: ([number, number, string] | [number, string])[];
    blocks?: [number, string][];
    buckets: [number, string][];
    pending: [number, number[]][] | [number, string, number[]][];
  };
  const bytes = (b64: string) => Uint8Array.from(Buffer.from(b64, 'base64'));
  /** The stored fixture written into a database of its version, as that version created it; `corrupt` adds a foreign page. */
  async function oldDatabase(name: string, corrupt = false): Promise<void> {
    const pagesStore = version < 3 ? 'pages' : 'blocks';
    const db = await openDB(name, version, {
      upgrade(d) {
        const pages =
          version < 3 ? d.createObjectStore('pages', { autoIncrement: true }) : d.createObjectStore('blocks');
        if (version === 1) pages.createIndex('k', 'k');
        d.createObjectStore('buckets');
        d.createObjectStore('pending');
        d.createObjectStore('meta');
      },
    });
    const tx = db.transaction([pagesStore, 'buckets', 'pending', 'meta'], 'readwrite');
    for (const [id, k, v] of FIXTURE_DB.pages ?? [])
      void tx.objectStore('pages').put(typeof k === 'number' ? { k, v: bytes(v ?? '') } : bytes(k), id);
    for (const [block, v] of FIXTURE_DB.blocks ?? []) void tx.objectStore('blocks').put(bytes(v), block);
    if (corrupt && version < 3) void tx.objectStore('pages').put({ k: 1, v: Uint8Array.from([1, 2, 3]) }, 500);
    // Version 3: page 500 (offset 4 of block 31) garbled, and a bucket record that is not a posting list.
    if (corrupt && version === 3) {
      void tx.objectStore('blocks').put(Uint8Array.from([4, 3, 1, 2, 3]), blockOf(500));
      void tx.objectStore('buckets').put(Uint8Array.from([200, 200, 9, 9]), 70_000);
    }
    for (const [key, v] of FIXTURE_DB.buckets) void tx.objectStore('buckets').put(bytes(v), key);
    for (const p of FIXTURE_DB.pending) {
      const value = p.length === 3 ? { r: bytes(p[1]), b: Uint32Array.from(p[2]) } : Uint32Array.from(p[1]);
      void tx.objectStore('pending').put(value, p[0]);
    }
    void tx.objectStore('meta').put(FIXTURE_DB.meta, 'meta');
    await tx.done;
    db.close();
  }
  const oldEntry = (i: number) => ({ ...entry(i), visitedAt: 1_700_000_000_000 + i * 1000 });

  test('upgrades in place: every page kept and found by copies and excerpts, one record per URL still', {
    timeout: 60_000,
  }, async () => {
    const name = `test-memory-v${version}-${++dbs}`;
    await oldDatabase(name);
    const db = openMemoryDb(name);
    const memory = idbMemory(
      () => db,
      () => 100_000,
    );
    expect((await memory.stats()).pages).toBe(120);
    expect([...(await db).objectStoreNames].sort()).toEqual(['blocks', 'groups', 'meta', 'pending']);
    for (const i of [0, 7, 42, 99, 100, 119]) {
      const got = await memory.recall(sketch(text(i)), 1);
      expect(got[0]?.url).toBe(article(i).url);
      expect(got[0]?.title).toBe(article(i).title);
      expect(got[0]?.publishedAt).toBe(1_600_000_000_000 + i);
    }
    expect((await memory.recall(sketch(text(7)), 1))[0]?.visitedAt).toBe(1_800_000_000_000); // its later visit
    expect((await memory.recall(sketch(excerpt(article(42), 3)), 5)).map((e) => e.url)).toContain(article(42).url);
    // Pages of the old version, in the buckets or in the pending log, are still one record per URL.
    await memory.remember({ ...oldEntry(42), visitedAt: 1_900_000_000_000 });
    await memory.remember({ ...oldEntry(110), visitedAt: 1_900_000_000_000 });
    expect((await memory.stats()).pages).toBe(120);
    expect((await memory.recall(sketch(text(110)), 5)).map((e) => e.visitedAt)).toEqual([1_900_000_000_000]);
    // And new pages go through the log into blocks and buckets like any other.
    for (let i = 200; i < 200 + FLUSH_AT; i++) await memory.remember(oldEntry(i));
    expect(await (await db).count('pending')).toBeLessThan(FLUSH_AT);
    expect((await memory.recall(sketch(text(105)), 1))[0]?.url).toBe(article(105).url);
  });

  test('a page it cannot read stays, skipped and counted, the rest upgraded', async () => {
    const name = `test-memory-v${version}-${++dbs}`;
    await oldDatabase(name, true);
    const db = openMemoryDb(name);
    const memory = idbMemory(
      () => db,
      () => 100_000,
    );
    expect((await memory.recall(sketch(text(3)), 1))[0]?.url).toBe(article(3).url);
    expect(decodeBlock(blockOf(500), await (await db).get('blocks', blockOf(500)))).toEqual([
      { id: 500, bytes: Uint8Array.from([1, 2, 3]) },
    ]);
    expect((await memory.exportFile()).trim().split('\n')).toHaveLength(121);
  });
});

describe('the database of version 3 upgraded to version 4 (the index in group records by epoch)', () => {
  const V3 = JSON.parse(
    fs.readFileSync(new URL('../../../test/fixtures/memory/idb-memory-v3.json', import.meta.url), 'utf8'),
  ) as { meta: object; blocks: [number, string][]; buckets: [number, string][]; pending: [number, string, number[]][] };
  const bytes = (b64: string) => Uint8Array.from(Buffer.from(b64, 'base64'));
  async function v3Database(name: string): Promise<void> {
    const db = await openDB(name, 3, {
      upgrade(d) {
        for (const s of ['blocks', 'buckets', 'pending', 'meta']) d.createObjectStore(s);
      },
    });
    const tx = db.transaction(['blocks', 'buckets', 'pending', 'meta'], 'readwrite');
    for (const [k, v] of V3.blocks) void tx.objectStore('blocks').put(bytes(v), k);
    for (const [k, v] of V3.buckets) void tx.objectStore('buckets').put(bytes(v), k);
    for (const [k, r, b] of V3.pending) void tx.objectStore('pending').put({ r: bytes(r), b: Uint32Array.from(b) }, k);
    void tx.objectStore('meta').put(V3.meta, 'meta');
    await tx.done;
    db.close();
  }

  test('an upgrade stopped midway leaves version 3 whole, and the next start completes it', {
    timeout: 60_000,
  }, async () => {
    const name = `test-memory-v3-stopped-${++dbs}`;
    await v3Database(name);
    await expect(openMemoryDb(name, true)).rejects.toThrow();
    const still = await openDB(name);
    expect(still.version).toBe(3);
    expect([...still.objectStoreNames].sort()).toEqual(['blocks', 'buckets', 'meta', 'pending']);
    expect(await still.count('buckets')).toBe(V3.buckets.length);
    still.close();
    const db = openMemoryDb(name);
    const memory = idbMemory(
      () => db,
      () => 100_000,
    );
    expect((await db).version).toBe(4);
    expect((await memory.stats()).pages).toBe(120);
    for (const i of [0, 7, 50, 99, 100, 119])
      expect((await memory.recall(sketch(text(i)), 1))[0]?.url).toBe(article(i).url);
    // Its 4,352 group records of epoch 0 replace version 3's 69,632 bucket records (6,136 not empty).
    expect(await (await db).count('groups')).toBeLessThanOrEqual(GROUPS);
  });
});

describe('the index by epochs', () => {
  const fake = (i: number) => {
    const r = rng(1000 + i);
    return {
      url: `https://site${i}.example/a`,
      title: null,
      visitedAt: i,
      sketch: Array.from({ length: 128 }, () => Math.floor(r() * 2 ** 32)),
    };
  };

  test('pages on both sides of an epoch are found; a move into the index writes only the records of its epochs', {
    timeout: 60_000,
  }, async () => {
    const open = freshDb();
    const db = await open();
    const memory = idbMemory(open, () => 100_000);
    const first = Array.from({ length: 30 }, (_, i) => indexedItem(fake(i))!);
    // Ids EPOCH − 20 … EPOCH + 9: the first epoch's last pages and the second's first.
    await putPages(db, first, 100_000, { nextId: EPOCH - 20 }, { flush: true });
    const epochsOf = async () => [...new Set((await db.getAllKeys('groups')).map((k) => k % 2 ** 20))].sort();
    expect(await epochsOf()).toEqual([0, 1]);
    const before = new Map((await db.getAllKeys('groups')).filter((k) => k % 2 ** 20 === 0).map((k) => [k, k]));
    const epoch0 = await Promise.all([...before.keys()].map((k) => db.get('groups', k)));
    const written: number[] = [];
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'groups') written.push(Number(key));
      return realPut.call(this, value, key);
    };
    try {
      await putPages(
        db,
        Array.from({ length: 30 }, (_, i) => indexedItem(fake(100 + i))!),
        100_000,
        {},
        { flush: true },
      );
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((k) => k % 2 ** 20 === 1)).toBe(true);
    expect(await Promise.all([...before.keys()].map((k) => db.get('groups', k)))).toEqual(epoch0);
    for (const i of [0, 19, 20, 29, 100, 129]) {
      const page = fake(i);
      expect((await memory.recall(page.sketch, 1))[0]?.url).toBe(page.url);
    }
  });

  test('eviction past an epoch deletes its records; pages left in a partly evicted epoch are still found', {
    timeout: 60_000,
  }, async () => {
    const open = freshDb();
    const db = await open();
    const memory = idbMemory(open, () => 100_000);
    await putPages(
      db,
      Array.from({ length: 30 }, (_, i) => indexedItem(fake(i))!),
      100_000,
      { nextId: EPOCH - 20 },
      {
        flush: true,
      },
    );
    await putPages(db, [], 25); // ids EPOCH − 15 … EPOCH + 9 stay: epoch 0 in part
    expect(await memory.recall(fake(4).sketch, 1)).toEqual([]);
    expect((await memory.recall(fake(5).sketch, 1))[0]?.url).toBe(fake(5).url);
    await putPages(db, [], 8); // ids EPOCH + 2 … EPOCH + 9: epoch 0 all gone
    expect(new Set((await db.getAllKeys('groups')).map((k) => k % 2 ** 20))).toEqual(new Set([1]));
    expect(await memory.recall(fake(19).sketch, 1)).toEqual([]);
    expect((await memory.recall(fake(22).sketch, 1))[0]?.url).toBe(fake(22).url);
    expect((await memory.stats()).pages).toBe(8);
  });
});
