import * as v from 'valibot';
import { message, type Message } from '../i18n/message';
import { checkMarkdownStyle, DEFAULT_MARKDOWN_STYLE, type MarkdownStyle } from '../markdown/markdown-style';
import { checkObsidianVault } from '../obsidian/obsidian-uri';
import {
  checkTemplateSettings,
  DEFAULT_TEMPLATE_SETTINGS,
  type TemplateSettings,
} from '../templates/template-settings';
import { SETTINGS_VERSION } from './migrate-settings';
import type { Settings } from './settings-schema';

/** The export's file of settings, beside manifest.json. */
export const SETTINGS_FILE = 'settings.json';
const SETTINGS_FORMAT = 'clean-capture-settings';
/** Far more than any settings we write (a few KB); a larger file is refused unread. */
export const MAX_SETTINGS_FILE_BYTES = 256 * 1024;

/** The settings that travel with a library: how it is written and named, not what happened lately. */
export interface PortableSettings {
  templates?: TemplateSettings;
  markdownStyle?: MarkdownStyle;
  obsidianVault?: string;
  keepImageLinksRemote?: boolean;
}

/**
 * The text of `settings.json` for an export, or null when every setting that travels is at its
 * default: then the zip holds nothing more than before settings existed, byte for byte.
 */
export function settingsFileText(settings: Settings): string | null {
  const { templates, markdownStyle, obsidianVault, keepImageLinksRemote } = settings;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (
    same(templates, DEFAULT_TEMPLATE_SETTINGS) &&
    same(markdownStyle, DEFAULT_MARKDOWN_STYLE) &&
    obsidianVault === '' &&
    !keepImageLinksRemote
  )
    return null;
  const file = {
    format: SETTINGS_FORMAT,
    settingsVersion: SETTINGS_VERSION,
    settings: { templates, markdownStyle, obsidianVault, keepImageLinksRemote },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fileSchema = v.object({
  format: v.literal(SETTINGS_FORMAT),
  settingsVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  settings: v.record(v.string(), v.unknown()),
});

export type SettingsFileParse = { ok: true; settings: PortableSettings } | { ok: false; message: Message };

/** Each setting that travels, with what is wrong with a value of it. */
const CHECKS: { [K in keyof Required<PortableSettings>]: (value: unknown) => Message | null } = {
  templates: checkTemplateSettings,
  markdownStyle: checkMarkdownStyle,
  obsidianVault: checkObsidianVault,
  keepImageLinksRemote: (value) => (typeof value === 'boolean' ? null : message('settingsCheck.keepRemote')),
};

/**
 * Reads an export's `settings.json` strictly: every setting it carries must be one this version
 * can use, or the whole file is refused with the first reason (a settings file is applied whole
 * or not at all). Settings it does not carry are left as they are; ones this version does not
 * know are ignored.
 */
export function parseSettingsFile(text: string): SettingsFileParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: message('settingsCheck.notJson') };
  }
  const file = v.safeParse(fileSchema, json);
  if (!file.success) return { ok: false, message: message('settingsCheck.notOurs') };
  if (file.output.settingsVersion > SETTINGS_VERSION)
    return {
      ok: false,
      message: message('settingsCheck.newer', file.output.settingsVersion),
    };
  const settings: Record<string, unknown> = {};
  for (const [name, check] of Object.entries(CHECKS)) {
    if (!Object.hasOwn(file.output.settings, name)) continue;
    const value = file.output.settings[name];
    const problem = check(value);
    if (problem !== null) return { ok: false, message: problem };
    settings[name] = value;
  }
  if (Object.keys(settings).length === 0) return { ok: false, message: message('settingsCheck.empty') };
  return { ok: true, settings: structuredClone(settings) as PortableSettings };
}
