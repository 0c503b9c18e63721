import { describe, expect, test } from 'vitest';
import { memoryArea } from './memoryArea.ts';
import {
  DEFAULT_SETTINGS,
  MIGRATIONS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  isSiteEnabled,
  loadSettings,
  migrateSettings,
  migrateStoredSettings,
  repairSettings,
  setSiteEnabled,
  updateSettings,
  type Migration,
} from './settings.ts';

describe('migrateSettings', () => {
  test('the current version is the number of migrations', () => {
    expect(SETTINGS_VERSION).toBe(MIGRATIONS.length);
  });

  // A made-up history to exercise the machinery: v0 had `auto: boolean`, v1 renamed it, v2 added a field.
  const history: Migration[] = [
    ({ auto, ...rest }) => ({ ...rest, checkMode: auto === false ? 'click' : 'auto' }),
    (values) => ({ ...values, memorySize: 42 }),
  ];

  test.each([
    ['an unversioned object runs every step', { auto: false }, { checkMode: 'click', memorySize: 42 }],
    [
      'version 1 runs only the last step',
      { version: 1, values: { checkMode: 'click' } },
      { checkMode: 'click', memorySize: 42 },
    ],
    [
      'the current version runs none',
      { version: 2, values: { checkMode: 'auto', memorySize: 7 } },
      { checkMode: 'auto', memorySize: 7 },
    ],
    ['a newer version (downgrade) keeps its values', { version: 9, values: { enabled: false } }, { enabled: false }],
    ['nothing stored', undefined, { checkMode: 'auto', memorySize: 42 }],
    ['garbage stored', 'oops', { checkMode: 'auto', memorySize: 42 }],
    ['an array stored', [1, 2], { checkMode: 'auto', memorySize: 42 }],
  ])('%s', (_name, stored, expected) => {
    expect(migrateSettings(stored, history)).toEqual({ version: 2, values: expected });
  });

  test('a migration that throws leaves the values for repair', () => {
    const broken: Migration[] = [
      () => {
        throw new Error('bug');
      },
    ];
    expect(migrateSettings({ enabled: false }, broken)).toEqual({ version: 1, values: { enabled: false } });
  });
});

describe('the stored test-only switch is dropped (1 → 2)', () => {
  test.each([
    ['version 1 with it on', { version: 1, values: { enabled: false, allowPrivateAddresses: true } }],
    ['unversioned with it on', { enabled: false, allowPrivateAddresses: true }],
    ['version 1 with it off', { version: 1, values: { enabled: false, allowPrivateAddresses: false } }],
  ])('%s', async (_name, stored) => {
    expect(migrateSettings(stored)).toEqual({ version: 2, values: { enabled: false } });
    const area = memoryArea({ [SETTINGS_KEY]: stored });
    await migrateStoredSettings(area);
    expect(area.dump()[SETTINGS_KEY]).toEqual({ version: 2, values: { ...DEFAULT_SETTINGS, enabled: false } });
    expect(JSON.stringify(area.dump())).not.toContain('allowPrivateAddresses');
  });
});

describe('repairSettings: each bad field falls back to its default, the others are kept', () => {
  test.each([
    ['nothing', undefined, {}],
    ['null', null, {}],
    ['wrong types', { enabled: 'yes', checkMode: 3, memorySize: '500' }, {}],
    ['unknown check mode', { checkMode: 'always' }, {}],
    ['negative memory', { memorySize: -1 }, {}],
    ['fractional memory', { memorySize: 2.5 }, {}],
    ['huge memory', { memorySize: 1e9 }, {}],
    ['NaN memory', { memorySize: Number.NaN }, {}],
    [
      'good values kept beside a bad one',
      { enabled: false, checkMode: 'click', memorySize: 'x' },
      { enabled: false, checkMode: 'click' },
    ],
    [
      'hosts cleaned, bad ones dropped',
      { disabledHosts: ['Copy.Example.', 'https://x.example/', '<b>', 42, 'copy.example', 'ok.example'] },
      { disabledHosts: ['copy.example', 'ok.example'] },
    ],
    ['hosts not an array', { disabledHosts: 'copy.example' }, {}],
  ])('%s', (_name, input, overrides) => {
    expect(repairSettings(input)).toEqual({ ...DEFAULT_SETTINGS, ...overrides });
  });

  test('unknown fields are dropped', () => {
    expect(Object.keys(repairSettings({ evil: 1, enabled: true })).sort()).toEqual(
      Object.keys(DEFAULT_SETTINGS).sort(),
    );
  });
});

describe('settings in a storage area', () => {
  test('defaults when nothing is stored, and loading never throws on garbage', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(memoryArea({ [SETTINGS_KEY]: 'garbage' }))).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(memoryArea({ [SETTINGS_KEY]: { version: 'x', values: 5 } }))).toEqual(DEFAULT_SETTINGS);
  });

  test('migration at install keeps a user’s choices and writes the current version', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { enabled: false, disabledHosts: ['copy.example'], memorySize: 'bad' } });
    await migrateStoredSettings(area);
    expect(area.dump()[SETTINGS_KEY]).toEqual({
      version: SETTINGS_VERSION,
      values: { ...DEFAULT_SETTINGS, enabled: false, disabledHosts: ['copy.example'] },
    });
  });

  test('a stored record with one malformed field keeps every other field', async () => {
    // The schema's per-field fallbacks: only memorySize goes back to its default, the user's choices stay.
    const stored = {
      version: SETTINGS_VERSION,
      values: { enabled: false, disabledHosts: ['copy.example'], checkMode: 'click', memorySize: { lots: true } },
    };
    expect(await loadSettings(memoryArea({ [SETTINGS_KEY]: stored }))).toEqual({
      enabled: false,
      disabledHosts: ['copy.example'],
      checkMode: 'click',
      memorySize: DEFAULT_SETTINGS.memorySize,
    });
  });

  test('updates merge, and concurrent updates are not lost', async () => {
    const area = memoryArea();
    await Promise.all([
      updateSettings(area, { checkMode: 'click' }),
      updateSettings(area, { memorySize: 10 }),
      setSiteEnabled(area, 'a.example', false),
      setSiteEnabled(area, 'b.example', false),
    ]);
    const settings = await loadSettings(area);
    expect(settings).toMatchObject({ checkMode: 'click', memorySize: 10 });
    expect(settings.disabledHosts.sort()).toEqual(['a.example', 'b.example']);
  });

  test('the per-site switch goes off and back on', async () => {
    const area = memoryArea();
    let settings = await setSiteEnabled(area, 'Copy.Example', false);
    expect(isSiteEnabled(settings, 'copy.example')).toBe(false);
    expect(isSiteEnabled(settings, 'other.example')).toBe(true);
    settings = await setSiteEnabled(area, 'copy.example', true);
    expect(isSiteEnabled(settings, 'copy.example')).toBe(true);
    expect(isSiteEnabled({ ...settings, enabled: false }, 'other.example')).toBe(false);
  });

  test('a value that is not a host is ignored', async () => {
    const area = memoryArea();
    expect((await setSiteEnabled(area, 'https://a.example/x', false)).disabledHosts).toEqual([]);
  });
});
