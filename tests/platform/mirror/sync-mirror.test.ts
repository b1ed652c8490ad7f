import { describe, expect, it } from 'vitest';
import { resolveConflict } from '../../../lib/platform/mirror/resolve-conflict';
import { planFolderChanges, syncMirror } from '../../../lib/platform/mirror/sync-mirror';
import { deleteArticle, setArticleTags } from '../../../lib/platform/store/article-store';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../../lib/templates/template-settings';
import { openTestDatabase, storeArticle } from '../test-database';
import { memoryFolder } from './memory-folder';
import { unzipSync } from 'fflate';
import { buildExportZip } from '../../../lib/export/build-export-zip';
import { exportAnnotationSource } from '../../../lib/platform/store/export-annotation-source';
import { getStoredArticle } from '../../../lib/platform/store/article-store';
import { addHighlight, setArticleNote, updateHighlight } from '../../../lib/platform/store/highlight-store';
import { joinChunks } from '../../export/join-chunks';
import { must } from '../../harness/must';

const settings = { templates: DEFAULT_TEMPLATE_SETTINGS, keepImageLinksRemote: false };
const MILL = 'harbour-town-votes-to-rebuild-its-tidal-mill.md';
const FERRY = 'night-ferry-returns.md';

async function mirroredLibrary() {
  const db = openTestDatabase();
  const folder = memoryFolder();
  const mill = await storeArticle(db);
  const ferry = await storeArticle(db, {
    title: 'Night ferry returns',
    canonicalUrl: 'https://example.com/ferry',
    capturedAt: '2025-03-06T09:30:00.000Z',
  });
  expect(await syncMirror(db, folder.root, settings)).toEqual({
    written: 2,
    removed: 0,
    conflicts: 0,
    pending: 0,
  });
  return { db, folder, mill, ferry };
}

/** The user's edit of a file in the folder: a line of their own under the front matter. */
const editIn = (folder: ReturnType<typeof memoryFolder>, path: string) => {
  const edited = (folder.files()[path] ?? '').replace('---\n\n', '---\n\nMy note.\n\n');
  folder.write(path, edited);
  return edited;
};

describe('syncMirror', () => {
  it('writes each article with its sidecar, and then has nothing left to do', async () => {
    const { db, folder } = await mirroredLibrary();
    expect(Object.keys(folder.files()).sort()).toEqual(
      [`.clean-capture/${FERRY}.json`, `.clean-capture/${MILL}.json`, FERRY, MILL].sort(),
    );
    expect(await planFolderChanges(db, settings)).toEqual({ write: [], remove: [] });
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 0,
      removed: 0,
      conflicts: 0,
      pending: 0,
    });
  });

  it('keeps each file’s base name for the next pass, also for files written before names were kept', async () => {
    const { db, folder } = await mirroredLibrary();
    const names = async () => (await db.mirrorFiles.toArray()).map((file) => file.name?.base);
    expect(await names()).toEqual(['harbour-town-votes-to-rebuild-its-tidal-mill', 'night-ferry-returns']);
    await db.mirrorFiles.toCollection().modify((file) => void delete file.name);
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 0,
      removed: 0,
      conflicts: 0,
      pending: 0,
    });
    expect(await names()).toEqual(['harbour-town-votes-to-rebuild-its-tidal-mill', 'night-ferry-returns']);
  });

  it('rewrites a file whose tags changed, and moves every file when the template changes', async () => {
    const { db, folder, mill } = await mirroredLibrary();
    await setArticleTags(db, mill, ['energy']);
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 1,
      removed: 0,
      conflicts: 0,
      pending: 0,
    });
    expect(folder.files()[MILL]).toContain('tags:\n  - energy\n');
    const byYear = { ...settings, templates: { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{yyyy}/{title}' } };
    expect(await syncMirror(db, folder.root, byYear)).toEqual({
      written: 2,
      removed: 2,
      conflicts: 0,
      pending: 0,
    });
    expect(
      Object.keys(folder.files())
        .filter((path) => !path.startsWith('.'))
        .sort(),
    ).toEqual([`2025/${MILL}`, `2025/${FERRY}`].sort());
  });

  it('never writes over a file the user edited: keep theirs leaves it, and the next change asks again', async () => {
    const { db, folder, mill } = await mirroredLibrary();
    const edited = editIn(folder, MILL);
    await setArticleTags(db, mill, ['energy']);
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 0,
      removed: 0,
      conflicts: 1,
      pending: 0,
    });
    expect(folder.files()[MILL]).toBe(edited);
    expect(await db.mirrorConflicts.toArray()).toMatchObject([{ path: MILL, kind: 'write' }]);
    // While it waits, the pass leaves it alone and counts nothing pending for it.
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 0,
      removed: 0,
      conflicts: 0,
      pending: 0,
    });
    await resolveConflict(db, folder.root, MILL, 'keep-theirs');
    expect(await planFolderChanges(db, settings)).toEqual({ write: [], remove: [] });
    expect(folder.files()[MILL]).toBe(edited);
    await setArticleTags(db, mill, ['energy', 'mills']);
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 0,
      removed: 0,
      conflicts: 1,
      pending: 0,
    });
    expect(folder.files()[MILL]).toBe(edited);
  });

  it('overwrites an edited file only when told to, and keep both saves their copy beside it first', async () => {
    const { db, folder, mill, ferry } = await mirroredLibrary();
    editIn(folder, MILL);
    const theirs = editIn(folder, FERRY);
    await setArticleTags(db, mill, ['energy']);
    await setArticleTags(db, ferry, ['boats']);
    expect((await syncMirror(db, folder.root, settings)).conflicts).toBe(2);
    await resolveConflict(db, folder.root, MILL, 'overwrite');
    await resolveConflict(db, folder.root, FERRY, 'keep-both');
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 2,
      removed: 0,
      conflicts: 0,
      pending: 0,
    });
    const files = folder.files();
    expect(files[MILL]).not.toContain('My note.');
    expect(files[FERRY]).toContain('  - boats\n');
    expect(files['night-ferry-returns.edited.md']).toBe(theirs);
  });

  it('removes a deleted article’s file, but asks first when the user edited it', async () => {
    const { db, folder, mill, ferry } = await mirroredLibrary();
    await deleteArticle(db, ferry);
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 0,
      removed: 1,
      conflicts: 0,
      pending: 0,
    });
    expect(Object.keys(folder.files())).not.toContain(FERRY);
    expect(Object.keys(folder.files())).not.toContain(`.clean-capture/${FERRY}.json`);
    const edited = editIn(folder, MILL);
    await deleteArticle(db, mill);
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 0,
      removed: 0,
      conflicts: 1,
      pending: 0,
    });
    await resolveConflict(db, folder.root, MILL, 'keep-theirs');
    expect(folder.files()[MILL]).toBe(edited);
    expect(await planFolderChanges(db, settings)).toEqual({ write: [], remove: [] });
  });

  it('treats a file it never wrote at an article’s path as the user’s', async () => {
    const db = openTestDatabase();
    const folder = memoryFolder();
    folder.write(MILL, 'A note of mine that happens to share the name.\n');
    await storeArticle(db);
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 0,
      removed: 0,
      conflicts: 1,
      pending: 0,
    });
    expect(folder.files()[MILL]).toBe('A note of mine that happens to share the name.\n');
  });

  it('writes an article with highlights as the export does, and again when a highlight or note changes', async () => {
    const { db, folder, mill } = await mirroredLibrary();
    const article = must(await getStoredArticle(db, mill));
    const words = must(/\b\w+ \w+ \w+\b/.exec(article.markdown))[0];
    await addHighlight(db, {
      id: 'h1',
      articleId: mill,
      color: 'yellow',
      quote: { exact: words, prefix: '', suffix: '', start: 0, end: words.length },
      note: 'Check this',
      createdAt: '2025-03-07T10:00:00.000Z',
    });
    await setArticleNote(db, mill, 'For the mills piece');
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 1,
      removed: 0,
      conflicts: 0,
      pending: 0,
    });
    const zip = unzipSync(
      joinChunks(
        await buildExportZip([must(await getStoredArticle(db, mill))], {
          total: 1,
          annotations: exportAnnotationSource(db),
        }),
      ),
    );
    const exported = new TextDecoder().decode(must(zip[MILL]));
    expect(exported).toContain(`==${words}==`);
    expect(folder.files()[MILL]).toBe(exported);
    await updateHighlight(db, 'h1', { note: 'Checked' });
    expect(await syncMirror(db, folder.root, settings)).toEqual({
      written: 1,
      removed: 0,
      conflicts: 0,
      pending: 0,
    });
    expect(folder.files()[MILL]).toContain('Checked');
  });
});
