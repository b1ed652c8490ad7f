import * as v from 'valibot';
import { message, type Message } from '../i18n/message';

/** How captured Markdown is written, where Markdown allows a choice; each as Turndown names it. */
export interface MarkdownStyle {
  /** `# Title` everywhere, or `Title` underlined with `=`/`-` for the first two levels. */
  headingStyle: 'atx' | 'setext';
  bulletListMarker: '-' | '*' | '+';
  emDelimiter: '*' | '_';
  strongDelimiter: '**' | '__';
  fence: '```' | '~~~';
  /** `[text](url)`, or `[text][1]` with `[1]: url` at the end of the article. */
  linkStyle: 'inlined' | 'referenced';
}

/** What every capture wrote before the style could be chosen; the same bytes with it. */
export const DEFAULT_MARKDOWN_STYLE: Readonly<MarkdownStyle> = Object.freeze({
  headingStyle: 'atx',
  bulletListMarker: '-',
  emDelimiter: '*',
  strongDelimiter: '**',
  fence: '```',
  linkStyle: 'inlined',
});

/** The choices of each setting, in the order the settings page lists them. */
export const MARKDOWN_STYLE_CHOICES = {
  headingStyle: ['atx', 'setext'],
  bulletListMarker: ['-', '*', '+'],
  emDelimiter: ['*', '_'],
  strongDelimiter: ['**', '__'],
  fence: ['```', '~~~'],
  linkStyle: ['inlined', 'referenced'],
} as const satisfies { [K in keyof MarkdownStyle]: readonly MarkdownStyle[K][] };

/** Checks a style that crosses a boundary: from storage, an import, or the worker to the page. */
export const MarkdownStyleSchema = v.strictObject({
  headingStyle: v.picklist(MARKDOWN_STYLE_CHOICES.headingStyle),
  bulletListMarker: v.picklist(MARKDOWN_STYLE_CHOICES.bulletListMarker),
  emDelimiter: v.picklist(MARKDOWN_STYLE_CHOICES.emDelimiter),
  strongDelimiter: v.picklist(MARKDOWN_STYLE_CHOICES.strongDelimiter),
  fence: v.picklist(MARKDOWN_STYLE_CHOICES.fence),
  linkStyle: v.picklist(MARKDOWN_STYLE_CHOICES.linkStyle),
});

/** What is wrong with a Markdown style, in a sentence, or null when captures can use it. */
export function checkMarkdownStyle(value: unknown): Message | null {
  const parsed = v.safeParse(MarkdownStyleSchema, value);
  if (parsed.success) return null;
  const issue = parsed.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return where ? message('settingsCheck.styleValue', where) : message('settingsCheck.styleForm');
}

/** A stored style, or the default when it is missing or damaged (never half of each). Never throws. */
export function readMarkdownStyle(value: unknown): MarkdownStyle {
  const parsed = v.safeParse(MarkdownStyleSchema, value);
  return parsed.success ? { ...parsed.output } : { ...DEFAULT_MARKDOWN_STYLE };
}
