export const CONTENT_ENTRY: string;
export const BACKGROUND_ENTRY: string;
export const SNAPSHOT_ENTRY: string;
export function manifestFor(
  source: Record<string, unknown>,
  browser: 'chrome' | 'firefox',
  version: string,
  // biome-ignore lint/suspicious/noExplicitAny: the manifest is free-form JSON; the tests read nested fields of it directly.
): Record<string, any>;
