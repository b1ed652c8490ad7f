import { readStoredSettings } from './settings-schema';

/**
 * The layout version of the `settings` item, which WXT storage keeps in its `settings$` key:
 * 1. What Clean Capture stored before it used WXT storage: `{ version: 2, lastShortcutFailure }`
 *    with no `settings$`, which WXT reads as version 1.
 * 2. `{ lastShortcutFailure }`; the version lives in `settings$`.
 * Bump it with a migration below.
 */
export const SETTINGS_VERSION = 2;

/** Version n − 1's stored value → version n's, for WXT storage; each total, so damage gives defaults. */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => Record<string, unknown>> = {
  2: (stored) => {
    const settings = { ...readStoredSettings(stored) };
    delete settings.version;
    return settings;
  },
};
