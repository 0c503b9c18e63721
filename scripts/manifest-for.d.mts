export const CONTENT_ENTRY: string;
export const BACKGROUND_ENTRY: string;
export function manifestFor(source: Record<string, unknown>, browser: 'chrome' | 'firefox', version: string): Record<string, any>;
