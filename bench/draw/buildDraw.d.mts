export const POOL_BEFORE: string;
export function inPool(c: { added?: string }, poolBefore?: string): boolean;
export function buildDraw(options: {
  seed: number;
  realDir: string;
  out: string;
  perDraw?: number;
  poolBefore?: string;
}): {
  originals: number;
  cases: number;
  pages: number;
};
export function readOriginals(
  realDir: string,
  poolBefore?: string,
): { url: string; lang: string; kind: string; title: string; paragraphs: string[] }[];
