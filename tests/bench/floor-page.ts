/**
 * The floor page: a static extension page with one row and no script, written into a bench's own
 * copy of the build (never the product). Opened as the popup is, it shows what the browser alone
 * takes to show a row of an extension page on this machine now; the popup's time above it is ours.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLOOR_PAGE = 'bench-floor.html';

/** Writes the floor page into the build copy at `extensionPath`. */
export function writeFloorPage(extensionPath: string): void {
  writeFileSync(
    join(extensionPath, FLOOR_PAGE),
    '<!doctype html><meta charset="utf-8"><title>floor</title><ul class="list"><li>row</li></ul>',
  );
}
