import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CaptureOutcome, CaptureRequest, MessageProtocol } from '../messaging/messages';

// Apart from runtime-messaging.ts (the listeners, their checks and the other requests): the popup's
// head script sends the capture request before its modules load, and must not carry the polyfill
// or the schemas. The messenger itself sends through the browser's own `runtime.sendMessage`.

/** The messenger every message of MessageProtocol goes through. */
export const messaging = defineExtensionMessaging<MessageProtocol>();

/**
 * Asks the background worker to capture a tab. Rejects when no answer comes (the worker was
 * stopped, or refused the request).
 */
export function requestCapture(request: CaptureRequest): Promise<CaptureOutcome> {
  return messaging.sendMessage('captureActiveTab', request);
}
