import { exportInParts } from '../../lib/export/export-in-parts';
import type { ExportReply, ExportRequest } from '../../lib/export/export-worker-protocol';
import { saidOf } from '../../lib/i18n/message-error';
import { openDatabase } from '../../lib/platform/store/db';
import { exportAnnotationSource } from '../../lib/platform/store/export-annotation-source';
import { exportImageSource } from '../../lib/platform/store/export-image-source';
import { iterateArticlesInBatches } from '../../lib/platform/store/library-store';

// The library's export, off the page's thread: it reads every body and builds the zips, gigabytes
// of short-lived strings and bytes at 100,000 articles. Here the garbage is collected in a heap of
// its own, away from the page's records, and the page keeps answering while the zips are written.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ExportRequest>) => void) | null;
  postMessage(m: ExportReply): void;
};

scope.onmessage = ({ data: request }) => {
  void (async () => {
    const db = openDatabase();
    try {
      let images = 0;
      const { ids } = request;
      const zips = await exportInParts(iterateArticlesInBatches(db, ids), {
        total: ids.length,
        templates: request.templates,
        settingsFile: request.settingsFile,
        now: new Date(request.now),
        onProgress: (done, total, zip) => scope.postMessage({ type: 'progress', done, total, zip }),
        images: request.withImages ? exportImageSource(db, ids) : undefined,
        annotations: exportAnnotationSource(db),
        onDone: (written) => (images = written.images),
      });
      scope.postMessage({ type: 'done', zips, images });
    } catch (error) {
      scope.postMessage({ type: 'failed', said: saidOf(error) });
    } finally {
      db.close();
    }
  })();
};
