import type { Locator, Page } from 'playwright-core';

/** Copy, link and move: what a file manager offers when a folder is dragged out of it. */
const ANY_OPERATION = 1 | 2 | 16;

/**
 * Drags a file or folder of the disk onto `target` and drops it there, as from a file manager: Chromium's
 * own drag and drop (CDP Input.dispatchDragEvent), so the page's drop handler gets a real handle
 * to it (DataTransferItem.getAsFileSystemHandle), as it would from a person's drag.
 */
export async function dropFromDisk(page: Page, target: Locator, path: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('The drop target is not on the screen.');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const data = { items: [], files: [path], dragOperationsMask: ANY_OPERATION };
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
      await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
  } finally {
    await cdp.detach();
  }
}
