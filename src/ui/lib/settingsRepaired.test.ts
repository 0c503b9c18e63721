import { describe, expect, test } from 'vitest';
import { readSettings } from './settingsRepaired.ts';

const good = { enabled: true, disabledHosts: ['example.com'], checkMode: 'click', memorySize: 300 };

describe('readSettings', () => {
  test.each<[string, unknown, boolean]>([
    ['valid flat settings', good, false],
    ['valid versioned settings', { version: 1, values: good }, false],
    ['nothing stored', undefined, false],
    ['a partial object (missing fields default quietly)', { enabled: false }, false],
    ['a wrong type', { ...good, enabled: 'yes' }, true],
    ['an unknown mode', { ...good, checkMode: 'sometimes' }, true],
    ['a negative memory size', { ...good, memorySize: -4 }, true],
    ['hosts not a list', { ...good, disabledHosts: 'example.com' }, true],
    ['a string', 'settings', true],
    ['an array', [1, 2], true],
    ['null', null, true],
  ])('%s', (_name, value, malformed) => {
    expect(readSettings(value).malformed).toBe(malformed);
  });

  test('keeps the good fields when one is bad', () => {
    const { settings } = readSettings({ ...good, memorySize: 'lots' });
    expect(settings).toMatchObject({ checkMode: 'click', disabledHosts: ['example.com'], memorySize: 100_000 });
  });
});
