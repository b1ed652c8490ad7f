import { message } from '../i18n/message';
import * as v from 'valibot';
import {
  foreignArticle,
  type ForeignArticle,
  type ForeignHighlight,
  type ForeignRead,
} from './foreign-article';
import { foreignInstant, foreignMoment } from './foreign-moment';
import { issuePath } from './read-omnivore-export';
import type { SkippedFile } from './read-export-zip';

const text = v.nullish(v.string());
// Wallabag writes its flags as 0/1 in some versions and as booleans in others.
const flag = v.nullish(v.union([v.boolean(), v.number()]));
const WallabagEntry = v.looseObject({
  title: text,
  url: v.string(),
  content: text,
  is_archived: flag,
  tags: v.nullish(v.array(v.string())),
  created_at: text,
  published_at: text,
  published_by: v.nullish(v.union([v.array(v.string()), v.string()])),
  language: text,
  preview_picture: text,
  domain_name: text,
  annotations: v.nullish(v.array(v.looseObject({ quote: text, text: text, created_at: text }))),
});
type WallabagEntry = v.InferOutput<typeof WallabagEntry>;

/** Whether parsed JSON looks like a Wallabag export: a list of entries with an address and HTML content. */
export function isWallabagExport(data: unknown): boolean {
  return (
    Array.isArray(data) &&
    data.some((entry) => typeof entry === 'object' && entry !== null && 'url' in entry && 'content' in entry)
  );
}

type WallabagAnnotation = { quote?: string | null; text?: string | null; created_at?: string | null };

/** An annotation as a highlight with its note; one with a note and no quote is a note on the article. */
function annotation({ quote, text: note, created_at }: WallabagAnnotation): ForeignHighlight[] {
  const kept = { quote: (quote ?? '').trim(), note: (note ?? '').trim() };
  if (kept.quote === '' && kept.note === '') return [];
  return [{ ...kept, createdAt: foreignInstant(created_at ?? null) }];
}

function toArticle(entry: WallabagEntry, i: number): ForeignArticle {
  const authors = typeof entry.published_by === 'string' ? [entry.published_by] : (entry.published_by ?? []);
  return {
    ...foreignArticle(`#${i + 1}`, entry.url),
    title: entry.title?.trim() || null,
    authors: authors.map((name) => name.trim()).filter((name) => name !== ''),
    siteName: entry.domain_name?.trim() || null,
    publishedTime: foreignMoment(entry.published_at ?? null),
    savedAt: foreignMoment(entry.created_at ?? null),
    leadImage: entry.preview_picture?.trim() || null,
    lang: entry.language?.trim() || null,
    tags: entry.tags ?? [],
    body: entry.content ? { kind: 'html', text: entry.content } : null,
    archived: Boolean(entry.is_archived),
    highlights: (entry.annotations ?? []).flatMap(annotation),
  };
}

/**
 * Reads Wallabag's JSON export: a list of entries with their HTML content, tags, archived flag,
 * dates and annotations. Data that is not such a list refuses the file; an entry without an
 * address is left out with why.
 */
export function readWallabagExport(data: unknown): ForeignRead {
  if (!Array.isArray(data)) return { ok: false, message: message('importFrom.notAList', 'JSON') };
  const articles: ForeignArticle[] = [];
  const skipped: SkippedFile[] = [];
  data.forEach((raw, i) => {
    const entry = v.safeParse(WallabagEntry, raw);
    if (entry.success) articles.push(toArticle(entry.output, i));
    else
      skipped.push({
        fileName: `#${i + 1}`,
        reason: message('importFrom.badEntry', issuePath(entry.issues[0])),
      });
  });
  return { ok: true, format: 'wallabag', articles, skipped };
}
