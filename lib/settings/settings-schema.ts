import * as v from 'valibot';

/** The version of the settings layout this code writes. Bump it with a migration in migrate-settings.ts. */
export const SETTINGS_VERSION = 2;
/** The one storage key all settings live under, since version 2. */
export const SETTINGS_KEY = 'settings';

const shortcutFailureSchema = v.object({
  message: v.string(),
  at: v.string(),
  tabId: v.optional(v.number()),
});
/** A keyboard-shortcut capture that failed, kept until the popup shows it. */
export type ShortcutFailure = v.InferOutput<typeof shortcutFailureSchema>;

/**
 * Each field falls back to its default on its own, so one damaged value costs only itself, and
 * fields a newer version added pass through untouched (a downgrade keeps them for the upgrade back).
 */
export const settingsSchema = v.looseObject({
  version: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(1)), SETTINGS_VERSION),
  lastShortcutFailure: v.fallback(v.nullable(shortcutFailureSchema), null),
});

/** Everything the extension keeps in `storage.local` (articles live in IndexedDB). */
export interface Settings {
  version: number;
  lastShortcutFailure: ShortcutFailure | null;
}

/** What a fresh install starts from, and what damaged settings fall back to. */
export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, lastShortcutFailure: null };
