import { readMarkdownStyle } from '../markdown/markdown-style';
import { readTemplateSettings } from '../templates/template-settings';
import { readStoredSettings } from './settings-schema';

/**
 * The layout version of the `settings` item, which WXT storage keeps in its `settings$` key:
 * 1. What Clean Capture stored before it used WXT storage: `{ version: 2, lastShortcutFailure }`
 *    with no `settings$`, which WXT reads as version 1.
 * 2. `{ lastShortcutFailure }`; the version lives in `settings$`.
 * 3. Adds `templates` (file-name template and front matter options), set to what the export wrote
 *    before templates existed, so an upgrade changes no file name and no byte of an export.
 * 4. Adds `markdownStyle` (how captures write Markdown), set to what they wrote before, and
 *    `obsidianVault`, empty: "Open in Obsidian" uses the vault Obsidian has open.
 * Bump it with a migration below.
 */
export const SETTINGS_VERSION = 4;

/** Version n − 1's stored value → version n's, for WXT storage; each total, so damage gives defaults. */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => Record<string, unknown>> = {
  2: (stored) => {
    const settings = { ...readStoredSettings(stored) };
    delete settings.version;
    return settings;
  },
  3: (stored) => ({ ...readStoredSettings(stored), templates: readTemplateSettings(undefined) }),
  4: (stored) => ({
    ...readStoredSettings(stored),
    markdownStyle: readMarkdownStyle(undefined),
    obsidianVault: '',
  }),
};
