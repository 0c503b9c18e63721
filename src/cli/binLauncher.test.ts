import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/provenance.mjs');
const FIX = path.resolve(import.meta.dirname, '../../test/fixtures/cli');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('bin/provenance.mjs (TypeScript through tsx, no build)', () => {
  test('--help exits 0 with the usage', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: provenance check/);
  });

  test('a usage error exits 2 on stderr', () => {
    const r = run('check', '--offline', path.join(FIX, 'web.json'), 'https://not-in-the-web.example.com/');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not in the offline web');
    expect(r.stdout).toBe('');
  });
});
