import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * Gives each test of the calling file a fresh linkedom page with a `<main>` to render Preact into,
 * unmounted and removed after the test. Returns the current test's container.
 */
export function preactContainer(): () => HTMLElement {
  let container: HTMLElement | undefined;
  beforeEach(() => {
    const { window, document } = parseHTML('<!doctype html><html><body><main></main></body></html>');
    Object.assign(globalThis, { window, document });
    container = document.querySelector('main') as HTMLElement;
  });
  afterEach(() => {
    if (container) render(null, container);
    Reflect.deleteProperty(globalThis, 'window');
    Reflect.deleteProperty(globalThis, 'document');
  });
  return () => {
    if (!container) throw new Error('preactContainer() is only usable inside a test.');
    return container;
  };
}
