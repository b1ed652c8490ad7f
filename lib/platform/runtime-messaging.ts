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
  // The extension's root address, e.g. chrome-extension://<id>/ (URL's `origin` would be "null" for
  // these schemes outside a browser).
  const ownOrigin = browser.runtime.getURL('/');
  messaging.onMessage('captureActiveTab', ({ data, sender }) => {
    if (!isTrustedSender(sender, browser.runtime.id, ownOrigin)) {
      throw new Error('Refused: only Clean Capture’s own pages may ask for a capture.');
    }
    const parsed = v.safeParse(CaptureRequestSchema, data);
    if (!parsed.success) throw new Error(`Malformed message: ${v.summarize(parsed.issues)}`);
    return capture(parsed.output);
  });
}

/** Asks the background worker to fetch the images of a saved article that are not stored yet. */
export function requestKeepImages(request: KeepImagesRequest): Promise<KeepImagesOutcome> {
  return messaging.sendMessage('keepImagesOffline', request);
}

/** Answers image requests from our own extension pages with `keep`; refuses any other sender. */
export function listenForImageRequests(
  keep: (request: KeepImagesRequest) => Promise<KeepImagesOutcome>,
): void {
  const ownOrigin = browser.runtime.getURL('/');
  messaging.onMessage('keepImagesOffline', ({ data, sender }) => {
    if (!isTrustedSender(sender, browser.runtime.id, ownOrigin)) {
      throw new Error('Refused: only Clean Capture’s own pages may ask for images.');
    }
    const parsed = v.safeParse(KeepImagesRequestSchema, data);
    if (!parsed.success) throw new Error(`Malformed message: ${v.summarize(parsed.issues)}`);
    return keep(parsed.output);
  });
}
