import type { ExportedZip } from '../../lib/export/export-in-parts';
import type { ExportReply, ExportRequest } from '../../lib/export/export-worker-protocol';
import { message } from '../../lib/i18n/message';
import { errorSaying } from '../../lib/i18n/message-error';
// Vite bundles the worker with its imports and gives back a constructor.
import ExportWorker from './export-worker?worker';

/** What an export gives back: its zips, ready to download, and how many images they hold. */
export interface WorkerExport {
  zips: ExportedZip[];
  images: number;
}

/**
 * Runs one export in a worker of its own (export-worker.ts), calling `onProgress` as it writes.
 * Resolves with its zips; rejects with the reason it failed, or with an AbortError once `signal`
 * aborts, which ends the worker at once (an export only reads, so nothing is left half-done).
 */
export function runExportInWorker(
  request: ExportRequest,
  onProgress: (done: number, total: number, zip: number) => void,
  signal: AbortSignal,
  create: () => Worker = () => new ExportWorker(),
): Promise<WorkerExport> {
  const cancelled = () => new DOMException('The export was cancelled.', 'AbortError');
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(cancelled());
    const worker = create();
    const end = (settle: () => void) => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
      settle();
    };
    const cancel = () => end(() => reject(cancelled()));
    signal.addEventListener('abort', cancel);
    worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
      if (data.type === 'progress') onProgress(data.done, data.total, data.zip);
      else if (data.type === 'done') end(() => resolve({ zips: data.zips, images: data.images }));
      else end(() => reject(errorSaying(data.said)));
    };
    // The worker's script failed, or it ended without a word: the export did not happen.
    const stopped = (event: Event) => {
      const said = (event as Partial<ErrorEvent>).message;
      end(() => reject(said ? new Error(said) : errorSaying(message('library.exportStopped'))));
    };
    worker.onerror = stopped;
    worker.onmessageerror = stopped;
    worker.postMessage(request);
  });
}
