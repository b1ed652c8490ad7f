import 'fake-indexeddb/auto';
import { inEnglish, refusalInEnglish } from '../harness/locale-messages';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import { sha256Hex } from '../../lib/bytes/sha256-hex';
import { saveArticle } from '../../lib/platform/store/save-article';
import { applyImport, ImportConflictError } from '../../lib/platform/apply-import';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { setArticleTags } from '../../lib/platform/store/article-store';
import {
  addHighlight,
  listArticleHighlights,
  readArticleNote,
  setArticleNote,
} from '../../lib/platform/store/highlight-store';
import { listAllArticles } from '../../lib/platform/store/library-store';
import type { ImportPreview } from '../../lib/import/import-preview';
import { previewImport } from '../../lib/platform/preview-import';
import {
  catchUpSearchIndex,
  openSearchDatabase,
  prepareSearchIndex,
} from '../../lib/platform/search-index-store';
import { searchArticles } from '../../lib/search/article-search';
import { normalizeTag } from '../../lib/tags/normalize-tag';
import { joinChunks } from '../export/join-chunks';
import { must } from '../harness/must';
import { V1_ARTICLES } from '../platform/upgrade/v1-articles';
import { countLost, robustnessCase } from '../robustness/robustness-record';
import { HOSTILE_ZIPS } from './hostile-zips';
import { openTestDatabase } from '../platform/test-database';
import { UNREAD } from '../../lib/reading-state/reading-state';

const NOW = new Date('2026-11-27T10:15:00.000Z');
// Tags as the tag editor writes them: an import normalises others, with a note
// (tests/import/read-export-zip-skips.test.ts), so they would not come back the same.
const ARTICLES: StoredArticle[] = V1_ARTICLES.map((a) => ({
  ...structuredClone(a),
  ...UNREAD,
  tags: [...new Set(a.tags.map(normalizeTag))],
}));
/** Newest first, as the library lists and exports them. */
const LISTED = [...ARTICLES].sort((a, b) => b.capturedAt.localeCompare(a.capturedAt) || b.id - a.id);

let counter = 0;
const freshDb = (): CleanCaptureDb => {
  counter++;
  return openTestDatabase();
};

async function exportOf(articles: readonly StoredArticle[]): Promise<Uint8Array> {
  return joinChunks(await buildExportZip(articles, { total: articles.length, now: NOW }));
}

/** Everything in the database, to compare before and after. */
async function dump(db: CleanCaptureDb) {
  return { articles: await db.articles.toArray(), bodies: await db.bodies.toArray() };
}

/** An article without its local id, the part an export carries. */
const portable = ({ id: _id, ...rest }: StoredArticle) => rest;

async function storedWithBodies(db: CleanCaptureDb): Promise<StoredArticle[]> {
  const records = await listAllArticles(db);
  const bodies = await db.bodies.bulkGet(records.map((r) => r.id));
  return records.map((r, i) => ({ ...r, markdown: must(bodies[i]).markdown }));
}

async function seed(db: CleanCaptureDb, articles: readonly StoredArticle[]) {
  await db.transaction('rw', db.articles, db.bodies, async () => {
    for (const { markdown, ...record } of articles) {
      await db.articles.add(record);
      await db.bodies.add({ id: record.id, markdown });
    }
  });
}

async function mustPreview(db: CleanCaptureDb, bytes: Uint8Array): Promise<ImportPreview> {
  const result = await previewImport(db, bytes);
  if (!result.ok) throw new Error(inEnglish(result.message));
  return result.preview;
}

describe('importing an export into an empty library (a new browser)', () => {
  it('restores every article, field, tag and body, listed in the same order', async () => {
    const db = freshDb();
    const preview = await mustPreview(db, await exportOf(LISTED));
    expect([preview.added.length, preview.unchanged.length, preview.changed.length]).toEqual([8, 0, 0]);
    const outcome = await applyImport(db, preview, { replaceChanged: false });
    expect(outcome).toMatchObject({ added: 8, replaced: 0, removed: [] });
    const restored = await storedWithBodies(db);
    expect(restored.map(portable)).toStrictEqual(LISTED.map(portable));
    // Exported again, the article files are the same bytes.
    const again = await mustPreview(freshDb(), await exportOf(restored));
    const first = await mustPreview(freshDb(), await exportOf(LISTED));
    expect(again.added.map((a) => [a.fileName, a.sha256])).toEqual(
      first.added.map((a) => [a.fileName, a.sha256]),
    );
  });
});

describe('importing into a library that has some of the articles', () => {
  async function mergeSetup() {
    const db = freshDb();
    const local = ARTICLES.slice(0, 5).map((a) => structuredClone(a));
    // Edited here since the export: one retagged, one recaptured with other text.
    must(local[1]).tags = ['retagged here'];
    must(local[2]).markdown = 'A newer capture with different text.';
    const mine = {
      ...structuredClone(must(ARTICLES[0])),
      id: 99,
      canonicalUrl: 'https://only.here/',
      title: 'Only here',
    };
    await seed(db, [...local, mine]);
    return { db, local, mine };
  }

  it('sorts the zip into new, already present and changed, naming what changed', async () => {
    const { db } = await mergeSetup();
    const before = await dump(db);
    const preview = await mustPreview(db, await exportOf(ARTICLES));
    expect(preview.added.map((a) => a.article.canonicalUrl)).toEqual(
      ARTICLES.slice(5).map((a) => a.canonicalUrl),
    );
    expect(preview.unchanged.map((a) => a.article.canonicalUrl)).toEqual(
      [ARTICLES[0], ARTICLES[3], ARTICLES[4]].map((a) => must(a).canonicalUrl),
    );
    expect(preview.changed.map((c) => [c.stored.id, c.changes])).toEqual([
      [must(ARTICLES[1]).id, ['tags']],
      [must(ARTICLES[2]).id, ['text']],
    ]);
    // "Already present" means the stored copy exports to the very same file.
    const stored = await storedWithBodies(db);
    for (const entry of preview.unchanged) {
      const copy = must(stored.find((a) => a.canonicalUrl === entry.article.canonicalUrl));
      expect(await sha256Hex(new TextEncoder().encode(articleDocument(copy)))).toBe(entry.sha256);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('adds only the new ones by default, keeping the local copies of changed articles', async () => {
    const { db, local, mine } = await mergeSetup();
    const preview = await mustPreview(db, await exportOf(ARTICLES));
    await applyImport(db, preview, { replaceChanged: false });
    const after = await storedWithBodies(db);
    expect(after).toHaveLength(9);
    for (const article of [...local, mine])
      expect(after.find((a) => a.id === article.id)).toStrictEqual(article);
    for (const article of ARTICLES.slice(5)) {
      expect(after.map(portable)).toContainEqual(portable(article));
    }
  });

  it('replaces the changed ones only when asked, with the zip’s version', async () => {
    const { db, local, mine } = await mergeSetup();
    const preview = await mustPreview(db, await exportOf(ARTICLES));
    const outcome = await applyImport(db, preview, { replaceChanged: true });
    expect(outcome).toMatchObject({ added: 3, replaced: 2 });
    expect(outcome.removed).toStrictEqual([local[1], local[2]]);
    const after = await storedWithBodies(db);
    expect(after.map(portable).sort(byUrl)).toStrictEqual([...ARTICLES, mine].map(portable).sort(byUrl));
  });

  it('keeps the highlights and note made here on a replaced article, on its new copy', async () => {
    const { db, local } = await mergeSetup();
    const changed = must(local[2]);
    const quote = { exact: 'A newer capture', prefix: '', suffix: ' with', start: 0, end: 15 };
    await addHighlight(db, {
      id: 'made-here',
      articleId: changed.id,
      color: 'green',
      quote,
      note: 'Mine',
      createdAt: NOW.toISOString(),
    });
    await setArticleNote(db, changed.id, 'Read this one again');
    const preview = await mustPreview(db, await exportOf(ARTICLES));
    await applyImport(db, preview, { replaceChanged: true });
    const copy = must((await storedWithBodies(db)).find((a) => a.canonicalUrl === changed.canonicalUrl));
    // Its text is the zip's now, so the highlight may not find its words: it is listed, never lost.
    expect((await listArticleHighlights(db, copy.id)).map((h) => [h.id, h.note, h.color])).toEqual([
      ['made-here', 'Mine', 'green'],
    ]);
    expect(await readArticleNote(db, copy.id)).toBe('Read this one again');
    expect(await db.highlights.count()).toBe(1);
    expect(await db.articleNotes.count()).toBe(1);
  });

  it('writes nothing when the library changed since the preview', async () => {
    const { db } = await mergeSetup();
    const preview = await mustPreview(db, await exportOf(ARTICLES));
    // A new article captured meanwhile at an address the import would add.
    await saveArticle(
      db,
      { ...portable(must(ARTICLES[6])), markdown: 'captured meanwhile' },
      { replace: false },
    );
    const before = await dump(db);
    await expect(applyImport(db, preview, { replaceChanged: true })).rejects.toThrow(ImportConflictError);
    expect(await refusalInEnglish(applyImport(db, preview, { replaceChanged: true }))).toMatch(
      /^The library changed while the preview was open/,
    );
    expect(await dump(db)).toEqual(before);

    const { db: db2 } = await mergeSetup();
    const preview2 = await mustPreview(db2, await exportOf(ARTICLES));
    await setArticleTags(db2, must(ARTICLES[2]).id, ['tagged meanwhile']);
    const before2 = await dump(db2);
    expect(await refusalInEnglish(applyImport(db2, preview2, { replaceChanged: true }))).toMatch(
      /library changed/,
    );
    expect(await dump(db2)).toEqual(before2);
  });

  it('is all or nothing when writing fails half way', async () => {
    const { db } = await mergeSetup();
    const preview = await mustPreview(db, await exportOf(ARTICLES));
    const before = await dump(db);
    let written = 0;
    db.bodies.hook('creating', () => {
      if (++written === 3) throw new Error('disk full');
    });
    await expect(applyImport(db, preview, { replaceChanged: true })).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });

  it('lets the library’s search index find imported text and forget replaced text', async () => {
    const { db } = await mergeSetup();
    const searchDb = openSearchDatabase(`import-search-${counter}`);
    const live = await prepareSearchIndex(db, searchDb, await listAllArticles(db));
    const ids = (query: string) => searchArticles(live.index, query).map((hit) => hit.id);
    expect(ids('newer capture')).toEqual([must(ARTICLES[2]).id]);
    expect(ids('二番目の記事')).toEqual([]);
    const outcome = await applyImport(db, await mustPreview(db, await exportOf(ARTICLES)), {
      replaceChanged: true,
    });
    expect(await catchUpSearchIndex(db, live, await listAllArticles(db))).toBe(true);
    expect(ids('newer capture')).toEqual([]);
    const imported = ids('estuaries');
    expect(imported).toHaveLength(1);
    expect(outcome.ids).toContain(imported[0]);
    searchDb.close();
  });
});

const byUrl = (a: { canonicalUrl: string }, b: { canonicalUrl: string }) =>
  a.canonicalUrl.localeCompare(b.canonicalUrl);

describe('a bad zip', () => {
  let valid: Uint8Array;
  beforeAll(async () => {
    valid = await exportOf(ARTICLES);
  });

  it.each(HOSTILE_ZIPS)('is refused with a clear message and changes nothing: $name', async (zip) => {
    const tally = robustnessCase('import (platform)', zip.name);
    const db = freshDb();
    await seed(db, ARTICLES.slice(0, 3));
    const before = await storedWithBodies(db);
    const result = await previewImport(db, zip.make(valid));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : inEnglish(result.message)).toMatch(zip.message);
    tally.handled(true);
    const after = await storedWithBodies(db);
    tally.lost(countLost(before, after));
    expect(after).toStrictEqual(before);
  });
});

describe('importing excerpts', () => {
  it('restores a page’s article and its excerpts as three articles, and finds them unchanged the second time', async () => {
    const [page] = ARTICLES;
    if (!page) throw new Error('no fixture article');
    const excerpts = ['A first paragraph.', 'A second paragraph.'].map((markdown, i) => ({
      ...page,
      id: page.id + 1000 + i,
      markdown,
      selection: true as const,
    }));
    const zip = await exportOf([page, ...excerpts]);
    const db = freshDb();
    const first = await previewImport(db, zip);
    if (!first.ok) throw new Error(inEnglish(first.message));
    expect(first.preview.added).toHaveLength(3);
    expect(first.preview.duplicates).toHaveLength(0);
    await applyImport(db, first.preview, { replaceChanged: false });
    const stored = await storedWithBodies(db);
    expect(
      stored
        .filter((a) => a.selection)
        .map((a) => a.markdown)
        .sort(),
    ).toEqual(['A first paragraph.', 'A second paragraph.']);
    const again = await previewImport(db, zip);
    if (!again.ok) throw new Error(inEnglish(again.message));
    expect({ added: again.preview.added.length, unchanged: again.preview.unchanged.length }).toEqual({
      added: 0,
      unchanged: 3,
    });
  });
});
