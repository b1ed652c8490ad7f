import { loadPart } from '../../lib/load-part';

// The library's first screen is the list and its controls. What only a later click needs comes as
// a chunk of its own, fetched on first use or when the pointer or focus heads for it (App.tsx).

/** The reading view's rendering: Markdown, math (Temml) and sanitising (DOMPurify). */
export const readingPart = loadPart(() => import('./reading-part'));
/** Reading another tool's export, a zip or a folder, and writing it into the library. */
export const importPart = loadPart(() => import('./import-part'));
/** Saving the export's zips, and the open article as one file (download, copy, Obsidian). */
export const exportPart = loadPart(() => import('./export-part'));
