/**
 * Extension pages opened with paint marks read from their console: waiting runs nothing in the page
 * (polling would: Playwright's first evaluation in a page injects its own script, 20–30 ms of the
 * main thread in a trace, right while a popup reads and renders its rows).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { paintMarks } from './library-bench-probes';

export interface ExtensionTarget {
  context: BrowserContext;
  extensionId: string;
}

/** The paint marks each page opened by `openMarked` has reported on its console so far. */
const marksOf = new WeakMap<Page, Map<string, number>>();

/** Opens `path` of the extension with a mark per selector (the first frame and task after it shows). */
export async function openMarked(
  { context, extensionId }: ExtensionTarget,
  path: string,
  selectors: Record<string, string>,
  viewport: { width: number; height: number },
  /** More init scripts, run before the page's own. */
  initScripts: Array<() => void> = [],
): Promise<Page> {
  const page = await context.newPage();
  const marks = new Map<string, number>();
  marksOf.set(page, marks);
  page.on('console', (message) => {
    const [, name, at] = /^paint-mark (\S+) ([\d.]+)$/.exec(message.text()) ?? [];
    if (name !== undefined) marks.set(name, Number(at));
  });
  await page.setViewportSize(viewport);
  await page.addInitScript(paintMarks, selectors);
  for (const script of initScripts) await page.addInitScript(script);
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** The time of a page's mark (ms since its navigation), once its console has reported it. */
export async function waitMark(page: Page, name: string, timeoutMs = 120_000): Promise<number> {
  const marks = marksOf.get(page);
  if (!marks) throw new Error('waitMark needs a page opened by openMarked');
  const deadline = Date.now() + timeoutMs;
  for (let at = marks.get(name); ; at = marks.get(name)) {
    if (at !== undefined) return at;
    await page.waitForEvent('console', { timeout: Math.max(1, deadline - Date.now()) });
  }
}

/**
 * The size of the popup's first screen in storage.local once its page has written it (up to 5 s),
 * or null for a build that keeps none.
 */
export async function waitForFirstScreen(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    type Area = { get(key: string): Promise<Record<string, unknown>> };
    const area = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
    for (let i = 0; i < 50; i++) {
      const stored = (await area.get('popupFirstScreen')).popupFirstScreen as { rows: unknown[] } | undefined;
      if (stored)
        return `${stored.rows.length} rows, ${JSON.stringify(stored).length.toLocaleString('en')} bytes`;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  });
}
