import { storage } from 'wxt/utils/storage';
import { planImageRun, type ImageRunRecord } from '../images/plan-image-run';
import { giveUpArticleImages, keepArticleImages } from './keep-article-images';
import type { ImageSaveReport } from './save-article-images';
import { getDatabase, type CleanCaptureDb } from './store/db';

/** Where the runs under way are recorded: storage.local outlives the worker, memory does not. */
export interface ImageRunRecords {
  read(): Promise<ImageRunRecord[]>;
  write(records: ImageRunRecord[]): Promise<void>;
}

const runsItem = storage.defineItem<ImageRunRecord[]>('local:imageRuns', { fallback: [] });
const storedRecords: ImageRunRecords = {
  read: () => runsItem.getValue(),
  write: (records) => runsItem.setValue(records),
};

export interface ImageRunsOptions {
  db?: CleanCaptureDb;
  records?: ImageRunRecords;
  /** Fetches and stores what is left of an article's images (tests pass one with a fake network). */
  keep?: (articleId: number) => Promise<ImageSaveReport | null>;
  /** Fails what is still missing once the runs were stopped too often. */
  giveUp?: (articleId: number) => Promise<void>;
}

/** The worker's fetching of articles' images, one run per article at a time. */
export interface ImageRuns {
  /**
   * A new pass over an article's images: after a capture (a run for the copy it replaced stops by
   * itself) or once other sites are allowed (what is left is fetched with the new permission).
   */
  start(articleId: number): Promise<ImageSaveReport | null>;
  /** The run under way for this article, or a new one for what is left (resuming a stopped run). */
  keep(articleId: number): Promise<ImageSaveReport | null>;
  /** Resumes, or gives up on, the runs an earlier worker left unfinished. Call as the worker starts. */
  resumeStopped(): Promise<void>;
}

/**
 * Fetches articles' images so that none waits for ever. Chrome stops an MV3 worker after about 30 s
 * idle or on update, fetches and all, which left images "saving" for good. Each run is recorded in
 * storage.local while it lasts; a record a fresh worker finds is a stopped run: it is resumed (the
 * images already stored are skipped) and, stopped too often, what is left is failed with a reason.
 */
export function createImageRuns(options: ImageRunsOptions = {}): ImageRuns {
  const db = options.db ?? getDatabase();
  const records = options.records ?? storedRecords;
  const keep = options.keep ?? ((id) => keepArticleImages(id, { db }));
  const giveUp = options.giveUp ?? ((id) => giveUpArticleImages(id, { reason: 'interrupted' }, db));
  const live = new Map<number, Promise<ImageSaveReport | null>>();
  // storage.local has no transactions: one read-change-write at a time.
  let writes = Promise.resolve();
  const change = (edit: (all: ImageRunRecord[]) => ImageRunRecord[]) =>
    (writes = writes.then(async () => records.write(edit(await records.read()))).catch(() => undefined));

  const run = async (articleId: number, fresh: boolean): Promise<ImageSaveReport | null> => {
    const article = await db.articles.get(articleId);
    // Storage that cannot be read costs only the resume count, never the images themselves.
    const all = await records.read().catch((): ImageRunRecord[] => []);
    const recorded = all.find((record) => record.articleId === articleId);
    if (!article) {
      await change((all) => all.filter((record) => record.articleId !== articleId));
      return null;
    }
    // A record this worker did not write is a run a stopped worker left.
    const plan = planImageRun(fresh ? undefined : recorded, article.capturedAt);
    if (plan.kind === 'give-up') {
      await giveUp(articleId);
      await change((all) => all.filter((record) => record.articleId !== articleId));
      return null;
    }
    const record = { articleId, capturedAt: article.capturedAt, attempts: plan.attempts };
    await change((all) => [...all.filter((r) => r.articleId !== articleId), record]);
    return keep(articleId);
  };

  const launch = (articleId: number, fresh: boolean) => {
    const running = run(articleId, fresh).finally(async () => {
      if (live.get(articleId) !== running) return;
      live.delete(articleId);
      await change((all) => all.filter((record) => record.articleId !== articleId));
    });
    live.set(articleId, running);
    return running;
  };

  const keepOrJoin = (articleId: number) => live.get(articleId) ?? launch(articleId, false);
  return {
    start: (articleId) => launch(articleId, true),
    keep: keepOrJoin,
    async resumeStopped() {
      const stopped = await records.read();
      await Promise.all(stopped.map(({ articleId }) => keepOrJoin(articleId).catch(() => null)));
    },
  };
}
