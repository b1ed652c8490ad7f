import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  BatchRequestSchema,
  LinkRequestSchema,
  type BatchRequest,
  type LinkRequest,
  CaptureRequestSchema,
  IndexerOutcomeSchema,
  type IndexerOutcome,
  isTrustedSender,
  KeepImagesRequestSchema,
  type KeepImagesOutcome,
  type KeepImagesRequest,
  type CaptureOutcome,
  type CaptureRequest,
} from '../messaging/messages';

import { messaging } from './extension-messaging';

export { requestCapture } from './extension-messaging';

/**
 * Answers capture requests from our own extension pages with `capture`. A request from anywhere
 * else (another extension, a web page) or with malformed fields is refused before `capture` runs.
 */
export function listenForCaptureRequests(
  capture: (request: CaptureRequest) => Promise<CaptureOutcome>,
): void {
  messaging.onMessage('captureActiveTab', ({ data, sender }) =>
    capture(checkedRequest(sender, data, CaptureRequestSchema, 'a capture')),
  );
}

/** Asks the background worker to fetch the images of a saved article that are not stored yet. */
export function requestKeepImages(request: KeepImagesRequest): Promise<KeepImagesOutcome> {
  return messaging.sendMessage('keepImagesOffline', request);
}

/** Answers image requests from our own extension pages with `keep`; refuses any other sender. */
export function listenForImageRequests(
  keep: (request: KeepImagesRequest) => Promise<KeepImagesOutcome>,
): void {
  messaging.onMessage('keepImagesOffline', ({ data, sender }) =>
    keep(checkedRequest(sender, data, KeepImagesRequestSchema, 'images')),
  );
}

/** Asks the background to save the article behind a link (its site already allowed). */
export function requestLinkCapture(request: LinkRequest): Promise<CaptureOutcome> {
  return messaging.sendMessage('captureLink', request);
}

/** Answers link captures from our own pages with `capture`; refuses any other sender. */
export function listenForLinkRequests(capture: (request: LinkRequest) => Promise<CaptureOutcome>): void {
  messaging.onMessage('captureLink', ({ data, sender }) =>
    capture(checkedRequest(sender, data, LinkRequestSchema, 'a link capture')),
  );
}

/** Asks the background to start (or cancel) saving every tab of a window. */
export function requestSaveAllTabs(request: BatchRequest): Promise<void> {
  return messaging.sendMessage('saveAllTabs', request);
}

/** Answers "Save all tabs" requests from our own pages with `run`; refuses any other sender. */
export function listenForBatchRequests(run: (request: BatchRequest) => void): void {
  messaging.onMessage('saveAllTabs', ({ data, sender }) => {
    run(checkedRequest(sender, data, BatchRequestSchema, 'saving every tab'));
  });
}

/** Tells the background that this page changed articles, so it indexes them; never fails the caller. */
export function announceArticlesChanged(): Promise<void> {
  return messaging.sendMessage('articlesChanged', undefined).catch(() => undefined);
}

/** Calls `changed` when one of our own pages says it changed articles. */
export function listenForArticleChanges(changed: () => void): void {
  messaging.onMessage('articlesChanged', ({ sender }) => {
    checkedRequest(sender, undefined, v.undefined(), 'indexing');
    changed();
  });
}

/** The search indexer page tells the background its pass ended. */
export function reportSearchIndexed(outcome: IndexerOutcome): Promise<void> {
  return messaging.sendMessage('searchIndexed', outcome);
}

/** Calls `done` when the search indexer page reports its pass ended. */
export function listenForSearchIndexed(done: (outcome: IndexerOutcome) => void): void {
  messaging.onMessage('searchIndexed', ({ data, sender }) => {
    done(checkedRequest(sender, data, IndexerOutcomeSchema, 'indexing'));
  });
}

/**
 * A request's data once its sender is one of our own pages and its fields pass `schema`; throws
 * (the messenger's error answer) otherwise, before any handler runs.
 */
function checkedRequest<T>(
  sender: Parameters<typeof isTrustedSender>[0],
  data: unknown,
  schema: v.GenericSchema<unknown, T>,
  what: string,
): T {
  // The extension's root address, e.g. chrome-extension://<id>/ (URL's `origin` would be "null" for
  // these schemes outside a browser).
  if (!isTrustedSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
    throw new Error(`Refused: only Clean Capture’s own pages may ask for ${what}.`);
  }
  const parsed = v.safeParse(schema, data);
  if (!parsed.success) throw new Error(`Malformed message: ${v.summarize(parsed.issues)}`);
  return parsed.output;
}
