import * as v from 'valibot';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  settingsSchema,
  type Settings,
} from './settings-schema';

/**
 * Storage keys of version 1, the first release, which kept each setting under its own key with no
 * version: only the shortcut failure existed. Read once, moved under `settings`, then removed.
 */
export const V1_KEYS = ['lastShortcutFailure'] as const;

/** Every storage key the settings module reads. */
export const SETTINGS_STORAGE_KEYS: readonly string[] = [SETTINGS_KEY, ...V1_KEYS];

type Raw = Record<string, unknown>;

/**
 * Version n's stored value → version n + 1's, each pure and total: any input gives an object.
 * Version 1 had no `settings` object, so its "value" is the storage items themselves.
 */
const MIGRATIONS: Record<number, (from: Raw) => Raw> = {
  1: (items) => ({ version: 2, lastShortcutFailure: items.lastShortcutFailure ?? null }),
};

export interface SettingsMigration {
  settings: Settings;
  /** The stored `settings` value to write back, when the layout moved forward; null to write nothing. */
  write: Raw | null;
  /** Old keys to remove once `write` is stored. */
  remove: string[];
}

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The known fields of a stored settings object, each valid or its default. */
function validate(value: unknown): Raw & Settings {
  if (!isObject(value)) return { ...DEFAULT_SETTINGS };
  return v.parse(settingsSchema, value) as Raw & Settings;
}

/**
 * Reads storage items (as `storage.local.get(SETTINGS_STORAGE_KEYS)` gives them) of any settings
 * version into current settings. Never throws: damaged values become defaults. Settings from a
 * newer version are read as far as they are understood and never rewritten.
 */
export function migrateSettings(items: Raw): SettingsMigration {
  const stored = items[SETTINGS_KEY];
  const legacy = V1_KEYS.filter((key) => key in items);
  if (stored === undefined && legacy.length === 0) {
    return { settings: { ...DEFAULT_SETTINGS }, write: null, remove: [] };
  }
  let value: Raw;
  let from: number;
  if (stored === undefined) {
    value = items;
    from = 1;
  } else if (isObject(stored) && Number.isInteger(stored.version) && (stored.version as number) >= 1) {
    value = stored;
    from = stored.version as number;
  } else {
    // Damaged beyond telling its version: start from defaults and let the next write replace it.
    return { settings: { ...DEFAULT_SETTINGS }, write: null, remove: [] };
  }
  for (let at = from; at < SETTINGS_VERSION; at++) {
    const step = MIGRATIONS[at];
    value = step ? step(value) : { version: at + 1 };
  }
  const full = validate(value);
  const settings: Settings = {
    version: Math.max(full.version, SETTINGS_VERSION),
    lastShortcutFailure: full.lastShortcutFailure,
  };
  const moved = from < SETTINGS_VERSION;
  return { settings, write: moved ? { ...full, version: SETTINGS_VERSION } : null, remove: legacy };
}

/** The `settings` value to store after a change: unknown (newer) fields and a newer version kept. */
export function applySettingsChange(items: Raw, change: Partial<Omit<Settings, 'version'>>): Raw {
  const { settings, write } = migrateSettings(items);
  const stored = items[SETTINGS_KEY];
  const base = write ?? (isObject(stored) ? validate(stored) : { ...settings });
  return { ...base, ...change, version: Math.max(settings.version, SETTINGS_VERSION) };
}
