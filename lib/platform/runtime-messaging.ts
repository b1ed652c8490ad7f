import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  CaptureRequestSchema,
  isTrustedSender,
  KeepImagesRequestSchema,
  type KeepImagesOutcome,
  type KeepImagesRequest,
  type CaptureOutcome,
  type CaptureRequest,
  type MessageProtocol,
} from '../messaging/messages';

const messaging = defineExtensionMessaging<MessageProtocol>();

/**
 * Asks the background worker to capture a tab. Rejects when no answer comes (the worker was
 * stopped, or refused the request).
 */
export function requestCapture(request: CaptureRequest): Promise<CaptureOutcome> {
  return messaging.sendMessage('captureActiveTab', request);
}

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
