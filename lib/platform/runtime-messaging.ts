import { browser, type Browser } from 'wxt/browser';
import {
  dispatchRequest,
  isTrustedSender,
  parseResponse,
  type Request,
  type RequestHandlers,
  type RequestOf,
  type ResponseFor,
} from '../messaging/messages';

type Sender = Browser.runtime.MessageSender;

/** Sends a request to the background worker and checks the answer's shape. */
export async function sendRequest<T extends Request['type']>(request: RequestOf<T>): Promise<ResponseFor<T>> {
  const response: unknown = await browser.runtime.sendMessage(request);
  return parseResponse(request.type as T, response);
}

/**
 * Answers requests from our own extension pages with the given handlers. Anything else (other
 * extensions, web pages, malformed messages) is ignored or rejected before a handler runs.
 */
export function listenForRequests(handlers: RequestHandlers<Sender>): void {
  // The extension's root address, e.g. chrome-extension://<id>/ (URL's `origin` would be "null" for
  // these schemes outside a browser).
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isTrustedSender(sender, browser.runtime.id, ownOrigin)) return undefined;
    return dispatchRequest(message, sender, handlers);
  });
}
