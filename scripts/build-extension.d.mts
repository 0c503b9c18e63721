/** The build's checks, typed for the tests that import them (the build itself runs only as a script). */
export function contentProblems(content: string): string[];
export function nonCharacters(code: string): string[];
export function verify(outDir: string): { contentFile: string; contentBytes: number; backgroundBytes: number };
