import * as v from 'valibot';
import { message, type Message } from '../i18n/message';
import { DEFAULT_FILE_NAME_TEMPLATE, parseFileNameTemplate } from './file-name-template';
import {
  checkFrontMatterOptions,
  DEFAULT_FRONT_MATTER_OPTIONS,
  FRONT_MATTER_FIELDS,
  type FrontMatterOptions,
} from './front-matter-options';

/**
 * The layout of the `templates` settings section, kept inside it so the section can change on its
 * own schedule (the settings' own version covers the whole item). Bump it with a step in
 * {@link readTemplateSettings}.
 */
export const TEMPLATE_SETTINGS_VERSION = 1;

/** How exported files are named and what their front matter says. */
export interface TemplateSettings {
  version: typeof TEMPLATE_SETTINGS_VERSION;
  /** A file-name template such as `{yyyy}/{mm}/{title}` (see file-name-template.ts). */
  fileName: string;
  frontMatter: FrontMatterOptions;
}

/** Today's export: `<title slug>.md` at the top of the zip, every field under its own name. */
export const DEFAULT_TEMPLATE_SETTINGS: TemplateSettings = {
  version: TEMPLATE_SETTINGS_VERSION,
  fileName: DEFAULT_FILE_NAME_TEMPLATE,
  frontMatter: DEFAULT_FRONT_MATTER_OPTIONS,
};

const frontMatterSchema = v.object({
  omit: v.array(v.picklist(FRONT_MATTER_FIELDS)),
  rename: v.record(v.picklist(FRONT_MATTER_FIELDS), v.string()),
  constants: v.record(v.string(), v.string()),
  defaultTags: v.array(v.string()),
});

const templateSettingsSchema = v.object({
  version: v.literal(TEMPLATE_SETTINGS_VERSION),
  fileName: v.string(),
  frontMatter: frontMatterSchema,
});

/** What is wrong with template settings, in a sentence, or null when the export can use them. */
export function checkTemplateSettings(value: unknown): Message | null {
  const shape = v.safeParse(templateSettingsSchema, value);
  if (!shape.success) return message('templateCheck.unknownForm');
  const fileName = parseFileNameTemplate(shape.output.fileName);
  if (!fileName.ok) return fileName.message;
  return checkFrontMatterOptions(shape.output.frontMatter as FrontMatterOptions);
}

/**
 * Stored template settings, or the defaults when they are missing, damaged or refused by the
 * checks (a stored value is never trusted to name files). Never throws.
 */
export function readTemplateSettings(value: unknown): TemplateSettings {
  if (checkTemplateSettings(value) !== null) return structuredClone(DEFAULT_TEMPLATE_SETTINGS);
  return structuredClone(v.parse(templateSettingsSchema, value) as TemplateSettings);
}
