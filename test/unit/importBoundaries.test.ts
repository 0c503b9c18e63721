import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { afterAll, describe, expect, test } from 'vitest';

// The rules npm run lint applies, tried on small made-up trees: each forbidden import must be reported by its rule,
// and each allowed one must pass, so a rule that silently stopped matching fails here.
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function violations(files: Record<string, string>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, dirname(path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const { tsConfig: _ownTsConfig, ...options } = config.options ?? {};
  const result = await cruise(['src'], {
    ...options,
    validate: true,
    baseDir: root,
    ruleSet: { forbidden: config.forbidden },
  });
  if (typeof result.output === 'string') throw new Error(result.output);
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

const TARGETS = {
  'src/core/page.ts': 'export const page = 1;\nexport type Page = number;\n',
  'src/ui/view.ts': 'export const view = 1;\n',
  'src/extension/glue.ts': 'export const glue = 1;\n',
  'src/adapters/parse.ts': 'export const parse = 1;\n',
};

describe('import boundaries', () => {
  test.each([
    ['core → ui', 'src/core/x.ts', "import { view } from '../ui/view.ts';", 'core-imports-no-host'],
    ['core → adapters', 'src/core/x.ts', "import { parse } from '../adapters/parse.ts';", 'core-imports-no-host'],
    [
      'core → a Node built-in',
      'src/core/x.ts',
      "import { readFileSync } from 'node:fs';",
      'core-imports-no-package-but-allowed',
    ],
    ['extension → ui', 'src/extension/x.ts', "import { view } from '../ui/view.ts';", 'extension-imports-no-ui'],
    ['cli → extension', 'src/cli/x.ts', "import { glue } from '../extension/glue.ts';", 'cli-imports-only-core'],
    ['ui → cli', 'src/ui/x.ts', "import { y } from '../cli/y.ts';", 'ui-imports-no-cli'],
    [
      'adapters → core code',
      'src/adapters/x.ts',
      "import { page } from '../core/page.ts';",
      'adapters-import-core-types-only',
    ],
    ['an import of nothing', 'src/ui/x.ts', "import { gone } from './gone.ts';", 'no-unresolvable'],
  ])('%s is refused', async (_name, file, line, rule) => {
    const found = await violations({
      ...TARGETS,
      'src/cli/y.ts': 'export const y = 1;\n',
      [file]: `${line}\nexport const x = 1;\n`,
    });
    expect(found.map((v) => v.split(':')[0])).toContain(rule);
  });

  test.each([
    [
      'ui → extension → core',
      {
        'src/ui/x.ts': "import { glue } from '../extension/glue.ts';\nexport const x = glue;\n",
        'src/extension/y.ts': "import { page } from '../core/page.ts';\nexport const y = page;\n",
      },
    ],
    [
      'cli → core and adapters',
      {
        'src/cli/x.ts':
          "import { page } from '../core/page.ts';\nimport { parse } from '../adapters/parse.ts';\nexport const x = page + parse;\n",
      },
    ],
    [
      'adapters → core types',
      { 'src/adapters/x.ts': "import type { Page } from '../core/page.ts';\nexport const x: Page = 1;\n" },
    ],
  ])('%s is allowed', async (_name, files) => {
    expect(await violations({ ...TARGETS, ...files })).toEqual([]);
  });
});
