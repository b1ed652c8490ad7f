import * as v from 'valibot';
import { DEFAULT_MARKDOWN_STYLE, readMarkdownStyle, type MarkdownStyle } from '../markdown/markdown-style';
import { checkObsidianVault } from '../obsidian/obsidian-uri';
import {
  DEFAULT_TEMPLATE_SETTINGS,
  readTemplateSettings,
  type TemplateSettings,
} from '../templates/template-settings';
import { MessageSchema } from '../i18n/message';

/** Where a capture that opens no window was asked for: a keyboard shortcut, or the right-click menu. */
export const CAPTURE_SOURCES = ['shortcut', 'menu'] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

const shortcutFailureSchema = v.object({
  /**
   * Kept as a message key and its parameters, so the popup says it in the language it shows; a
   * sentence stored by an older version is shown as it was written.
   */
  message: v.union([MessageSchema, v.string()]),
  at: v.string(),
  tabId: v.optional(v.number()),
  /** Absent in settings stored before the menu existed: those were all shortcut captures. */
  source: v.optional(v.picklist(CAPTURE_SOURCES)),
});
/** A keyboard-shortcut or menu capture that failed, kept until the popup shows it. */
export type ShortcutFailure = v.InferOutput<typeof shortcutFailureSchema>;

/** Everything the extension keeps in `storage.local` (articles live in IndexedDB). */
export type Settings = {
  lastShortcutFailure: ShortcutFailure | null;
  /** Exports leave images as links to their sites (a smaller, text-only zip) instead of `assets/`. */
  keepImageLinksRemote: boolean;
  /** How exported files are named and what their front matter says. */
  templates: TemplateSettings;
  /** The markers and layout new captures write their Markdown with. */
  markdownStyle: MarkdownStyle;
  /** The Obsidian vault "Open in Obsidian" creates notes in; empty for the one Obsidian has open. */
  obsidianVault: string;
};

/** What a fresh install starts from, and what damaged settings fall back to. */
export const DEFAULT_SETTINGS: Settings = {
  lastShortcutFailure: null,
  keepImageLinksRemote: false,
  templates: DEFAULT_TEMPLATE_SETTINGS,
  markdownStyle: DEFAULT_MARKDOWN_STYLE,
  obsidianVault: '',
};

/**
 * Each field falls back to its default on its own, so one damaged value costs only itself, and
 * fields a newer version added pass through untouched (a downgrade keeps them for the upgrade back).
 */
const storedSettingsSchema = v.looseObject({
  lastShortcutFailure: v.fallback(v.nullable(shortcutFailureSchema), null),
  keepImageLinksRemote: v.fallback(v.boolean(), false),
  // Checked by readTemplateSettings, which also refuses a template that could name a file badly.
  templates: v.optional(v.unknown()),
  markdownStyle: v.optional(v.unknown()),
  obsidianVault: v.fallback(
    v.pipe(
      v.string(),
      v.check((name) => checkObsidianVault(name) === null),
    ),
    '',
  ),
});

/** Stored settings as far as this version understands them, unknown fields kept. Never throws. */
export function readStoredSettings(value: unknown): Settings & Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      ...DEFAULT_SETTINGS,
      templates: readTemplateSettings(undefined),
      markdownStyle: readMarkdownStyle(undefined),
    };
  const parsed = v.parse(storedSettingsSchema, value);
  return {
    ...parsed,
    templates: readTemplateSettings(parsed.templates),
    markdownStyle: readMarkdownStyle(parsed.markdownStyle),
  };
}
