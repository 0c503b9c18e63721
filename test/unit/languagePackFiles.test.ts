/** Adding a language is adding a file: this fails when a pack file is not in the list the engine reads. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { LANGUAGE_PACKS } from '../../src/core/data/lang/languagePacks.ts';

const LANG_DIR = path.resolve(import.meta.dirname, '../../src/core/data/lang');

test('every <code>.ts in src/core/data/lang is a listed pack with that code', () => {
  const files = readdirSync(LANG_DIR)
    .filter((f) => /^[a-z]{2,3}\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''));
  expect(files.length).toBeGreaterThanOrEqual(25);
  expect(LANGUAGE_PACKS.map((p) => p.code).sort()).toEqual(files.sort());
});
