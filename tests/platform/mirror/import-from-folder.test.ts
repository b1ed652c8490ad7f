import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../lib/import/import-preview';
import { applyImport } from '../../../lib/platform/apply-import';
import { previewFolderImport } from '../../../lib/platform/mirror/import-from-folder';
import { syncMirror } from '../../../lib/platform/mirror/sync-mirror';
import { deleteArticle } from '../../../lib/platform/store/article-store';
import type { CleanCaptureDb } from '../../../lib/platform/store/db';
import { listAllArticles } from '../../../lib/platform/store/library-store';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../../lib/templates/template-settings';
import { openTestDatabase, storeArticle } from '../test-database';
import { memoryFolder } from './memory-folder';

const settings = { templates: DEFAULT_TEMPLATE_SETTINGS, keepImageLinksRemote: false };
const FERRY = 'night-ferry-returns.md';

async function preview(db: CleanCaptureDb, root: FileSystemDirectoryHandle): Promise<ImportPreview> {
  const result = await previewFolderImport(db, root);
  if (!result.ok) throw new Error('The folder could not be previewed.');
  return result.preview;
}

const titles = async (db: CleanCaptureDb) => (await listAllArticles(db)).map((a) => a.title).sort();

/** Two libraries saving to one folder: A's two articles written there, and taken in by B. */
async function sharedFolder() {
  const folder = memoryFolder();
  const a = openTestDatabase();
  await storeArticle(a);
  const ferry = await storeArticle(a, {
    title: 'Night ferry returns',
    canonicalUrl: 'https://example.com/ferry',
    capturedAt: '2025-03-06T09:30:00.000Z',
  });
  await syncMirror(a, folder.root, settings);
  const b = openTestDatabase();
  await applyImport(b, await preview(b, folder.root), { replaceChanged: false });
  // B's pass finds A's very bytes there: it records them and writes nothing.
  expect(await syncMirror(b, folder.root, settings)).toEqual({
    written: 0,
    removed: 0,
    conflicts: 0,
    pending: 0,
  });
  return { folder, a, b, ferry };
}

describe('previewFolderImport', () => {
  it('offers to delete an article whose file another library removed, and deletes it only when asked', async () => {
    const { folder, a, b } = await sharedFolder();
    const [millA, ferryA] = await titles(a);
    await deleteArticle(a, (await listAllArticles(a)).find((x) => x.title === ferryA)?.id ?? -1);
    await syncMirror(a, folder.root, settings);
    expect(folder.files()[FERRY]).toBeUndefined();

    const seen = await preview(b, folder.root);
    expect(seen.removed.map((x) => x.title)).toEqual([ferryA]);
    expect([seen.added.length, seen.unchanged.length, seen.changed.length]).toEqual([0, 1, 0]);
    expect(await applyImport(b, seen, { replaceChanged: false })).toMatchObject({ deleted: 0 });
    expect(await titles(b)).toEqual([millA, ferryA]);

    const outcome = await applyImport(b, await preview(b, folder.root), {
      replaceChanged: false,
      deleteRemoved: true,
    });
    expect(outcome).toMatchObject({ added: 0, replaced: 0, deleted: 1 });
    expect(await titles(b)).toEqual([millA]);
    // And B's next pass leaves the file gone rather than writing it back.
    expect(await syncMirror(b, folder.root, settings)).toEqual({
      written: 0,
      removed: 0,
      conflicts: 0,
      pending: 0,
    });
    expect(folder.files()[FERRY]).toBeUndefined();
    expect((await preview(b, folder.root)).removed).toEqual([]);
  });

  it('does not count a file moved to another name as removed', async () => {
    const { folder, a, b } = await sharedFolder();
    const byYear = { ...settings, templates: { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{yyyy}/{title}' } };
    await syncMirror(a, folder.root, byYear);
    expect(folder.files()[FERRY]).toBeUndefined();
    const seen = await preview(b, folder.root);
    expect(seen.removed).toEqual([]);
    expect(seen.unchanged).toHaveLength(2);
  });

  it('offers nothing to delete for a file this library never wrote', async () => {
    const { folder, b } = await sharedFolder();
    folder.write('my-own-note.md', '# Mine\n');
    expect((await preview(b, folder.root)).removed).toEqual([]);
  });
});
