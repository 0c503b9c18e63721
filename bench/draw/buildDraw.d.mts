export function buildDraw(options: { seed: number; realDir: string; out: string; perDraw?: number }): {
  originals: number;
  cases: number;
  pages: number;
};
export function readOriginals(
  realDir: string,
): { url: string; lang: string; kind: string; title: string; paragraphs: string[] }[];
