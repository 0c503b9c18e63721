import { DEFAULT_SETTINGS, migrateSettings, repairSettings, type Settings } from '../../extension/storage/settings.ts';

export interface ReadSettings {
  settings: Settings;
  /** Something was not a valid value and was replaced by its default (or the whole object was unreadable). */
  malformed: boolean;
}

/**
 * Settings as the options page shows them, and whether what came in (the stored object, or the background's answer)
 * had to be repaired, so the page can say so instead of silently showing defaults. Nothing stored is not malformed.
 */
export function readSettings(value: unknown): ReadSettings {
  if (value === undefined || value === null)
    return { settings: { ...DEFAULT_SETTINGS, disabledHosts: [] }, malformed: value === null };
  const { values } = migrateSettings(value);
  const settings = repairSettings(values);
  const malformed = (Object.keys(settings) as (keyof Settings)[]).some(
    (key) => key in values && JSON.stringify(values[key]) !== JSON.stringify(settings[key]),
  );
  return { settings, malformed: malformed || typeof value !== 'object' || Array.isArray(value) };
}
