import { describe, expect, it, vi } from 'vitest';
import { runExportInWorker } from '../../../entrypoints/library/run-export-worker';
import type { ExportReply, ExportRequest } from '../../../lib/export/export-worker-protocol';
import { saidOf } from '../../../lib/i18n/message-error';
import { message } from '../../../lib/i18n/message';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../../lib/templates/template-settings';
import { FakeWorker } from '../../harness/fake-worker';

// The page's side of the export worker: what the user sees of each way an export can end.

vi.mock('../../../entrypoints/library/export-worker?worker', () => ({
  default: function ExportWorker() {
    throw new Error('the tests hand in their own worker');
  },
}));

/** An export worker that records what it is asked and says only what a test makes it say. */
class FakeExportWorker extends FakeWorker<ExportRequest, ExportReply> {}

const request: ExportRequest = {
  type: 'export',
  ids: [3, 2, 1],
  templates: DEFAULT_TEMPLATE_SETTINGS,
  settingsFile: null,
  withImages: true,
  now: Date.UTC(2026, 11, 1),
};

function start(signal = new AbortController().signal) {
  const worker = new FakeExportWorker();
  const progress: number[][] = [];
  const run = runExportInWorker(
    request,
    (done, total, zip) => progress.push([done, total, zip]),
    signal,
    () => worker as unknown as Worker,
  );
  return { worker, progress, run };
}

describe('runExportInWorker', () => {
  it('asks the worker for the export, passes on its progress and gives back its zips, then ends it', async () => {
    const { worker, progress, run } = start();
    expect(worker.asked).toEqual([request]);
    worker.say({ type: 'progress', done: 1, total: 3, zip: 1 });
    worker.say({ type: 'progress', done: 3, total: 3, zip: 1 });
    const blob = new Blob(['zip bytes']);
    worker.say({ type: 'done', zips: [{ blob, name: 'a.zip', articles: 3, images: 2 }], images: 2 });
    const { zips, images } = await run;
    expect(zips.map((zip) => [zip.name, zip.blob])).toEqual([['a.zip', blob]]);
    expect(images).toBe(2);
    expect(progress).toEqual([
      [1, 3, 1],
      [3, 3, 1],
    ]);
    expect(worker.ended).toBe(true);
  });

  it('fails with the reason the worker gave, in the user’s words', async () => {
    const { worker, run } = start();
    const said = message('zip.exportTooManyArticles', 50_000);
    worker.say({ type: 'failed', said });
    const error: unknown = await run.catch((e: unknown) => e);
    expect(saidOf(error)).toEqual(said);
    expect(worker.ended).toBe(true);
  });

  it('ends the worker at once when the user cancels, and fails as cancelled', async () => {
    const controller = new AbortController();
    const { worker, run } = start(controller.signal);
    worker.say({ type: 'progress', done: 1, total: 3, zip: 1 });
    controller.abort();
    const error: unknown = await run.catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(worker.ended).toBe(true);
  });

  it('fails with a clear reason when the worker stops without a word', async () => {
    const { worker, run } = start();
    worker.fail();
    const error: unknown = await run.catch((e: unknown) => e);
    expect(saidOf(error)).toEqual(message('library.exportStopped'));
    expect(worker.ended).toBe(true);
  });

  it('fails with the browser’s words when the worker’s script threw', async () => {
    const { worker, run } = start();
    worker.fail('Uncaught SyntaxError: nope');
    const error: unknown = await run.catch((e: unknown) => e);
    expect(saidOf(error)).toBe('Uncaught SyntaxError: nope');
  });
});
