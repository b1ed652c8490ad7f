import { sha256Hex } from '../../bytes/sha256-hex';
import { MessageError } from '../../i18n/message-error';
import type { ExportImageSource } from '../../export/export-assets';
import { checkBeforeRemove, checkBeforeWrite } from '../../mirror/check-folder-file';
import { mirrorFingerprintSource } from '../../mirror/mirror-fingerprint';
import { mirrorPaths, sidecarPath, type RememberedName } from '../../mirror/mirror-paths';
import {
  planMirror,
  unusedAssets,
  type MirrorPlan,
  type WantedFile,
  type WrittenFile,
} from '../../mirror/plan-mirror';
import { renderArticleFiles } from '../../mirror/render-article-files';
import { parseFileNameTemplate } from '../../templates/file-name-template';
import type { Settings } from '../../settings/settings-schema';
import { getStoredArticle } from '../store/article-store';
import { listAllArticles } from '../store/library-store';
import { exportImageSource } from '../store/export-image-source';
import { exportAnnotationSource } from '../store/export-annotation-source';
import { readAnnotationStamps } from '../store/highlight-store';
import type { CleanCaptureDb } from '../store/db';
import { hasFolderFile, readFolderFile, removeFolderFile, writeFolderFile } from './folder-files';

/** What one pass over the folder did. */
export interface SyncOutcome {
  written: number;
  removed: number;
  /** Files the user edited in the folder, now waiting for their answer. */
  conflicts: number;
  /**
   * Changes still waiting after the pass: those of articles deleted while it ran (the delete starts
   * the next pass). A change made during the pass is not counted; it starts the next pass too.
   */
  pending: number;
}

type MirrorSettings = Pick<Settings, 'templates' | 'keepImageLinksRemote'>;

const encoder = new TextEncoder();
const shaOf = async (bytes: Uint8Array | null) => (bytes ? sha256Hex(bytes) : null);

/**
 * The folder's wanted files from the library's records, with the image source to render them. The
 * base names recorded with the written files are reused for the articles whose names cannot have
 * changed, which spares a pass most of its naming (the slugs of 10,000 titles take seconds).
 */
async function wantedFiles(
  db: CleanCaptureDb,
  settings: MirrorSettings,
  written: readonly WrittenFile[],
): Promise<{ wanted: WantedFile[]; images: ExportImageSource }> {
  const records = await listAllArticles(db);
  const template = parseFileNameTemplate(settings.templates.fileName);
  if (!template.ok) throw new MessageError(template.message);
  const names = new Map<number, RememberedName>();
  for (const file of written) if (file.name) names.set(file.articleId, file.name);
  const paths = await mirrorPaths(records, template.template, names);
  const images = exportImageSource(
    db,
    records.map((record) => record.id),
  );
  const annotated = await readAnnotationStamps(db);
  const wanted: WantedFile[] = [];
  for (const record of records) {
    const links = settings.keepImageLinksRemote ? [] : await images.linksOf(record.id);
    const source = mirrorFingerprintSource(
      record,
      links,
      settings.templates,
      settings.keepImageLinksRemote,
      annotated.get(record.id),
    );
    wanted.push({
      path: paths.get(record.id) as string,
      articleId: record.id,
      fingerprint: await sha256Hex(encoder.encode(source)),
      capturedAt: record.capturedAt,
      name: names.get(record.id),
    });
  }
  return { wanted, images };
}

/** The changes the folder is behind the library by, leaving out paths waiting for the user's answer. */
export async function planFolderChanges(db: CleanCaptureDb, settings: MirrorSettings): Promise<MirrorPlan> {
  return (await planWithImages(db, settings)).plan;
}

async function planWithImages(
  db: CleanCaptureDb,
  settings: MirrorSettings,
): Promise<{ plan: MirrorPlan; images: ExportImageSource; wanted: WantedFile[]; written: WrittenFile[] }> {
  const [written, conflicts] = await Promise.all([db.mirrorFiles.toArray(), db.mirrorConflicts.toArray()]);
  const { wanted, images } = await wantedFiles(db, settings, written);
  const waiting = new Set(conflicts.map((conflict) => conflict.path));
  const plan = planMirror(wanted, written);
  return {
    plan: {
      write: plan.write.filter((file) => !waiting.has(file.path)),
      remove: plan.remove.filter((file) => !waiting.has(file.path)),
    },
    images,
    wanted,
    written,
  };
}

/**
 * Records the base names of the files that stay as they are, so the next pass reuses them too (a
 * written file keeps the name it was written with; this covers files written before names were
 * kept, and any whose name was worked out again). Writes only the records that lack it.
 */
async function rememberNames(
  db: CleanCaptureDb,
  wanted: readonly WantedFile[],
  written: readonly WrittenFile[],
): Promise<void> {
  const byPath = new Map(written.map((file) => [file.path, file]));
  const stale: WrittenFile[] = [];
  for (const { path, articleId, name } of wanted) {
    const last = byPath.get(path);
    if (name && last?.articleId === articleId && last.name?.key !== name.key) stale.push({ ...last, name });
  }
  if (stale.length > 0) await db.mirrorFiles.bulkPut(stale);
}

/**
 * Brings the folder up to date with the library: removes the files of deleted or renamed articles,
 * writes new and changed ones (oldest capture first) with their sidecars and images, and drops
 * images nothing links any more. A file the user edited there is left alone and recorded as a
 * conflict. Each file's record is updated only once it is written, so an interrupted pass (the
 * permission taken back, the page closed) leaves the rest pending for the next one.
 */
export async function syncMirror(
  db: CleanCaptureDb,
  root: FileSystemDirectoryHandle,
  settings: MirrorSettings,
): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { written: 0, removed: 0, conflicts: 0, pending: 0 };
  const { plan, images: stored, wanted, written } = await planWithImages(db, settings);
  await rememberNames(db, wanted, written);
  if (plan.write.length + plan.remove.length === 0) return outcome;
  const images = settings.keepImageLinksRemote ? undefined : stored;
  const annotations = exportAnnotationSource(db);
  const before = await db.mirrorFiles.toArray();
  const lastWritten = new Map(before.map((file) => [file.path, file]));
  const conflict = async (
    kind: 'write' | 'remove',
    { path, articleId, fingerprint }: WantedFile | WrittenFile,
  ) => {
    await db.mirrorConflicts.put({ path, kind, articleId, fingerprint });
    outcome.conflicts++;
  };

  for (const file of plan.remove) {
    const decision = checkBeforeRemove(await shaOf(await readFolderFile(root, file.path)), file.sha256);
    if (decision === 'edited') {
      await conflict('remove', file);
      continue;
    }
    await removeFolderFile(root, file.path);
    await removeFolderFile(root, sidecarPath(file.path));
    await db.mirrorFiles.delete(file.path);
    if (decision === 'remove') outcome.removed++;
  }

  for (const file of plan.write) {
    const article = await getStoredArticle(db, file.articleId);
    if (!article) {
      outcome.pending++;
      continue;
    }
    const rendered = await renderArticleFiles(
      article,
      file.path,
      settings.templates,
      images,
      await annotations.of(article.id),
    );
    const current = await shaOf(await readFolderFile(root, file.path));
    const decision = checkBeforeWrite(current, lastWritten.get(file.path)?.sha256 ?? null, rendered.sha256);
    if (decision === 'edited') {
      await conflict('write', file);
      continue;
    }
    for (const asset of rendered.assets) {
      if (!(await hasFolderFile(root, asset.path))) await writeFolderFile(root, asset);
    }
    if (decision === 'write') await writeFolderFile(root, rendered.markdown);
    await writeFolderFile(root, rendered.sidecar);
    const assets = rendered.assets.map((asset) => asset.path);
    await db.mirrorFiles.put({ ...file, sha256: rendered.sha256, assets });
    if (decision === 'write') outcome.written++;
  }

  for (const asset of unusedAssets(before, await db.mirrorFiles.toArray()))
    await removeFolderFile(root, asset);
  return outcome;
}
