/**
 * The user's settings: one stored object `{ version, values }` under one key, with defaults, a version and a
 * migrations array. Reading never throws: a missing, older or malformed value is migrated, then validated by one
 * valibot schema whose every field has its own fallback (one bad field does not reset the others).
 */
import * as v from 'valibot';
import { normalizeHost } from './hostName.ts';
import { readKey, type StorageArea } from './storageArea.ts';
import { serialized } from './serialized.ts';

export type CheckMode = 'auto' | 'click';

export interface Settings {
  /** Master switch: when off, pages are not checked anywhere. */
  enabled: boolean;
  /** Sites where the user turned Provenance off (host names, exact match). */
  disabledHosts: string[];
  /** auto: check article pages when they load; click: only when the user asks in the popup. */
  checkMode: CheckMode;
  /** How many visited articles the local memory keeps (oldest dropped). */
  memorySize: number;
}

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;
export const MAX_DISABLED_HOSTS = 2000;
export const MAX_MEMORY_SIZE = 1_000_000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledHosts: [],
  checkMode: 'auto',
  memorySize: 100_000,
});

/** Migration i turns a version-i object into a version-(i+1) object. Append only; never edit a released one. */
export type Migration = (values: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: an object without a version (a hand edit, an import) is read as the flat settings shape it already is.
  (values) => values,
  // 1 → 2: `allowPrivateAddresses`, a test-only switch any extension page could turn on, is gone: loopback access now
  // exists only in the e2e test build (testBuild.ts). A stored `true` must not survive, whatever reads it later.
  ({ allowPrivateAddresses: _dropped, ...values }) => values,
];

export interface StoredSettings {
  version: number;
  values: Record<string, unknown>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Brings whatever is stored up to `MIGRATIONS.length`; a migration that throws leaves the values it was given. */
export function migrateSettings(stored: unknown, migrations: readonly Migration[] = MIGRATIONS): StoredSettings {
  let version = 0;
  let values: Record<string, unknown> = {};
  if (
    isRecord(stored) &&
    typeof stored.version === 'number' &&
    Number.isInteger(stored.version) &&
    isRecord(stored.values)
  ) {
    version = stored.version;
    values = stored.values;
  } else if (isRecord(stored)) {
    values = stored;
  }
  // A newer version than this build knows (a downgrade): keep the values and let repair keep what it understands.
  if (version < 0 || version > migrations.length) return { version: migrations.length, values };
  for (let v = version; v < migrations.length; v++) {
    const step = migrations[v];
    try {
      const next = step ? step({ ...values }) : values;
      if (isRecord(next)) values = next;
    } catch {
      // keep the values as they were: repair fixes what the failed step would have
    }
  }
  return { version: migrations.length, values };
}

/** A stored host that is not a host (a URL, markup, a number) is dropped, not kept: null here, filtered below. */
const HostItem = v.fallback(v.nullable(v.pipe(v.string(), v.transform(normalizeHost))), null);

const DisabledHosts = v.fallback(
  v.pipe(
    v.array(HostItem),
    v.transform((hosts) => [...new Set(hosts.filter((h): h is string => h !== null))].slice(0, MAX_DISABLED_HOSTS)),
  ),
  () => [...DEFAULT_SETTINGS.disabledHosts],
);

/** Each field falls back to its default on its own; `v.object` drops unknown fields (the dropped switch among them). */
const SettingsSchema = v.fallback(
  v.object({
    enabled: v.fallback(v.boolean(), DEFAULT_SETTINGS.enabled),
    disabledHosts: DisabledHosts,
    checkMode: v.fallback(v.picklist(['auto', 'click']), DEFAULT_SETTINGS.checkMode),
    memorySize: v.fallback(
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MEMORY_SIZE)),
      DEFAULT_SETTINGS.memorySize,
    ),
  }),
  () => ({ ...DEFAULT_SETTINGS, disabledHosts: [...DEFAULT_SETTINGS.disabledHosts] }),
);

/** Every field checked on its own; anything not a valid value becomes the default. Unknown fields are dropped. */
export function repairSettings(values: unknown): Settings {
  return v.parse(SettingsSchema, values);
}

/** Reads the settings; never throws on what it finds (a storage failure itself still rejects). */
export async function loadSettings(area: StorageArea): Promise<Settings> {
  return repairSettings(migrateSettings(await readKey(area, SETTINGS_KEY)).values);
}

const queue = serialized();

async function writeSettings(area: StorageArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, values: settings } });
}

/** Applies a partial update (from the options page, schema-checked on arrival) and returns what was stored. */
export function updateSettings(area: StorageArea, patch: Partial<Settings>): Promise<Settings> {
  return queue(async () => {
    const next = repairSettings({ ...(await loadSettings(area)), ...patch });
    await writeSettings(area, next);
    return next;
  });
}

/** Turns Provenance off (or back on) for one host. */
export function setSiteEnabled(area: StorageArea, host: string, enabled: boolean): Promise<Settings> {
  return queue(async () => {
    const current = await loadSettings(area);
    const clean = normalizeHost(host);
    if (!clean) return current;
    const others = current.disabledHosts.filter((h) => h !== clean);
    const next = { ...current, disabledHosts: enabled ? others : [...others, clean].slice(-MAX_DISABLED_HOSTS) };
    await writeSettings(area, next);
    return next;
  });
}

/** Whether pages of this host are checked. */
export function isSiteEnabled(settings: Settings, host: string | null): boolean {
  return settings.enabled && (host === null || !settings.disabledHosts.includes(host));
}

/** At install and update: migrate and repair what is stored, write it back; never clears. */
export function migrateStoredSettings(area: StorageArea): Promise<Settings> {
  return queue(async () => {
    const settings = await loadSettings(area);
    await writeSettings(area, settings);
    return settings;
  });
}
