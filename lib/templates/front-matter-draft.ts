import { normalizeTag } from '../tags/normalize-tag';
import {
  DEFAULT_FRONT_MATTER_OPTIONS,
  FRONT_MATTER_FIELDS,
  type FrontMatterField,
  type FrontMatterOptions,
} from './front-matter-options';

/**
 * Front matter options as the settings page edits them: fields ticked and named with controls,
 * constant fields and default tags as text the user types (`name: value` per line, tags by commas).
 */
export interface FrontMatterDraft {
  omit: FrontMatterField[];
  rename: Partial<Record<FrontMatterField, string>>;
  constants: string;
  defaultTags: string;
}

/** Why typed constant fields or tags cannot be read, for the page to say in the user's language. */
export type FrontMatterDraftProblem =
  { problem: 'constant-without-colon'; line: number } | { problem: 'constant-twice'; name: string };

export type FrontMatterDraftRead =
  { ok: true; options: FrontMatterOptions } | ({ ok: false } & FrontMatterDraftProblem);

/** The draft the page starts from for stored options. */
export function frontMatterDraft(
  options: FrontMatterOptions = DEFAULT_FRONT_MATTER_OPTIONS,
): FrontMatterDraft {
  return {
    omit: [...options.omit],
    rename: { ...options.rename },
    constants: Object.entries(options.constants)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
    defaultTags: options.defaultTags.join(', '),
  };
}

/**
 * The options a draft stands for, or the first line that cannot be read. The names and values are
 * checked afterwards by checkFrontMatterOptions, which says what a bad one should be.
 */
export function readFrontMatterDraft(draft: FrontMatterDraft): FrontMatterDraftRead {
  const constants: Record<string, string> = {};
  const lines = draft.constants.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon === -1) return { ok: false, problem: 'constant-without-colon', line: index + 1 };
    const name = line.slice(0, colon).trim();
    // Object.hasOwn, not `in`: a constant called `constructor` is a name like any other.
    if (Object.hasOwn(constants, name)) return { ok: false, problem: 'constant-twice', name };
    constants[name] = line.slice(colon + 1).trim();
  }
  const defaultTags: string[] = [];
  for (const typed of draft.defaultTags.split(',')) {
    const tag = normalizeTag(typed);
    if (tag !== '' && !defaultTags.includes(tag)) defaultTags.push(tag);
  }
  // Fields in their written order and renames to their own name dropped, so the stored options
  // compare equal to the defaults when nothing was really changed.
  const omit = FRONT_MATTER_FIELDS.filter((field) => draft.omit.includes(field));
  const rename: Partial<Record<FrontMatterField, string>> = {};
  for (const field of FRONT_MATTER_FIELDS) {
    const name = draft.rename[field];
    if (name !== undefined && name !== field) rename[field] = name;
  }
  return { ok: true, options: { omit, rename, constants, defaultTags } };
}
