/**
 * The part of a `storage.local` / `storage.session` area that Provenance uses. The browser's areas satisfy it, and
 * so does `memoryArea()` (the fallback where `storage.session` is missing, and the tests' fake).
 */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Reads one key; whatever is stored there is `unknown` until a repair function has looked at it. */
export async function readKey(area: StorageArea, key: string): Promise<unknown> {
  const got = await area.get(key);
  return got[key];
}
