import type { ArticleRecord } from '../article';
import { siteLabel } from '../articles/site-label';
import { message, type Message } from '../i18n/message';

/** The variables a file-name template may use, each replaced by a value of the article. */
export const TEMPLATE_VARIABLES = [
  'title',
  'date',
  'published',
  'site',
  'author',
  'id',
  'yyyy',
  'mm',
  'dd',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

/** What the export names files after today: the title's slug, no folders. */
export const DEFAULT_FILE_NAME_TEMPLATE = '{title}';

/** Longest template accepted: a name pattern, not a document. */
export const MAX_TEMPLATE_LENGTH = 200;

/** Deepest folder nesting a template may ask for: deep enough for `{site}/{yyyy}/{mm}/{title}`. */
export const MAX_TEMPLATE_FOLDERS = 4;

/** One piece of a template segment: literal text, or a variable to fill in. */
export type TemplatePart = { text: string } | { variable: TemplateVariable };

/** A checked template: its folder segments, then the file's own, each a list of parts. */
export interface FileNameTemplate {
  folders: TemplatePart[][];
  file: TemplatePart[];
}

export type FileNameTemplateParse =
  { ok: true; template: FileNameTemplate } | { ok: false; message: Message };

const KNOWN = new Set<string>(TEMPLATE_VARIABLES);
const LIST = TEMPLATE_VARIABLES.map((name) => `{${name}}`).join(', ');

/**
 * Reads a file-name template such as `{yyyy}/{mm}/{title}`, or says in a sentence what is wrong:
 * an unknown variable, an unbalanced brace, an absolute path, `..`, an empty folder, no variable.
 */
export function parseFileNameTemplate(source: string): FileNameTemplateParse {
  const fail = (why: Message): FileNameTemplateParse => ({ ok: false, message: why });
  const template = source.trim();
  if (template === '') return fail(message('templateCheck.empty', LIST));
  if (template.length > MAX_TEMPLATE_LENGTH)
    return fail(message('templateCheck.tooLong', MAX_TEMPLATE_LENGTH));
  if (template.includes('\\')) return fail(message('templateCheck.backslash'));
  if (template.startsWith('/') || /^[a-z]:/i.test(template)) return fail(message('templateCheck.absolute'));
  const segments = template.split('/');
  if (segments.length - 1 > MAX_TEMPLATE_FOLDERS)
    return fail(message('templateCheck.tooDeep', MAX_TEMPLATE_FOLDERS));
  const parsed: TemplatePart[][] = [];
  for (const segment of segments) {
    const trimmed = segment.trim();
    if (trimmed === '') return fail(message('templateCheck.emptyFolder'));
    if (trimmed === '.' || trimmed === '..') return fail(message('templateCheck.dotFolder', trimmed));
    const parts = parseSegment(trimmed);
    if ('message' in parts) return fail(parts.message);
    parsed.push(parts);
  }
  const file = parsed.pop() ?? [];
  if (!file.some((part) => 'variable' in part)) return fail(message('templateCheck.noVariable', LIST));
  return { ok: true, template: { folders: parsed, file } };
}

function parseSegment(segment: string): TemplatePart[] | { message: Message } {
  const parts: TemplatePart[] = [];
  let rest = segment;
  while (rest !== '') {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (close !== -1 && (open === -1 || close < open))
      return { message: message('templateCheck.unopened', segment) };
    if (open === -1) {
      parts.push({ text: rest });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open) });
    if (close === -1) return { message: message('templateCheck.unclosed', segment) };
    const name = rest.slice(open + 1, close).trim();
    if (name.includes('{')) return { message: message('templateCheck.nested', segment) };
    if (!KNOWN.has(name)) return { message: message('templateCheck.unknown', `{${name}}`, LIST) };
    parts.push({ variable: name as TemplateVariable });
    rest = rest.slice(close + 1);
  }
  return parts;
}

/** The article fields a file name can be made from. */
export type NamedArticle = Pick<
  ArticleRecord,
  'title' | 'authors' | 'siteName' | 'sourceUrl' | 'publishedTime' | 'capturedAt'
> & { id?: number };

/**
 * Each variable's text for one article. Dates are the UTC calendar day of the stored ISO time, so
 * the same article gets the same name on every machine; a missing value is empty.
 */
export function templateValues(article: NamedArticle): Record<TemplateVariable, string> {
  const captured = isoDay(article.capturedAt);
  const [yyyy = '', mm = '', dd = ''] = captured.split('-');
  return {
    title: article.title,
    date: captured,
    published: article.publishedTime ? isoDay(article.publishedTime) : '',
    site: siteLabel(article),
    author: article.authors[0] ?? '',
    id: article.id === undefined ? '' : String(article.id),
    yyyy,
    mm,
    dd,
  };
}

function isoDay(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
}

/** The raw (not yet made safe) text of each segment of a template for one article. */
export function fillTemplate(
  template: FileNameTemplate,
  article: NamedArticle,
): { folders: string[]; file: string } {
  const values = templateValues(article);
  const fill = (parts: TemplatePart[]) =>
    parts.map((part) => ('variable' in part ? values[part.variable] : part.text)).join('');
  return { folders: template.folders.map(fill), file: fill(template.file) };
}
