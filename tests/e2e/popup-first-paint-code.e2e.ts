import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The popup's first rows come from its head script's reads (plain IndexedDB and storage.local), so
// the code the browser must fetch, compile and run before they can show is only what draws them.
// Dexie (with the store's code, over 130 kB) once sat among it and delayed every open.

const build = resolve(process.env.CLEAN_CAPTURE_BUILD ?? '.output/chrome-mv3');

/** The scripts popup.html loads before its code runs: its classic and module scripts and their preloads. */
function pageScripts(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const script = /^<script\b[^>]*\ssrc="\/([^"]+)"/.exec(tag);
    const preload = /^<link\b(?=[^>]*\srel="modulepreload")[^>]*\shref="\/([^"]+)"/.exec(tag);
    const path = script?.[1] ?? preload?.[1];
    return path ? [path] : [];
  });
}

/** The chunks a module imports statically (`import … from "./x.js"`, `import "./x.js"`), never `import("./x.js")`. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.\/[^"']+)["']/g)].map(
    (match) => match[1] as string,
  );
}

/** Every file the browser loads before the popup's first render, with its text. */
function firstRenderCode(dir: string): Map<string, string> {
  const loaded = new Map<string, string>();
  const visit = (path: string) => {
    if (loaded.has(path)) return;
    const code = readFileSync(join(dir, path), 'utf8');
    loaded.set(path, code);
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    for (const relative of staticImports(code)) visit(folder + relative.slice(2));
  };
  pageScripts(readFileSync(join(dir, 'popup.html'), 'utf8')).forEach(visit);
  return loaded;
}

/** The text of every chunk the page's code may import on demand (`import("./x.js")` and preloads), at any depth. */
function lazilyLoaded(dir: string): string[] {
  const first = firstRenderCode(dir);
  const seen = new Set(first.keys());
  const found: string[] = [];
  const queue = [...first.values()];
  for (let code = queue.pop(); code !== undefined; code = queue.pop()) {
    for (const [, path] of code.matchAll(/["'](?:\.\/|chunks\/)([\w-]+\.js)["']/g)) {
      const file = `chunks/${path as string}`;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(join(dir, file), 'utf8');
      found.push(text);
      queue.push(text);
    }
  }
  return found;
}

describe("the popup's first render", () => {
  it('loads no database library: Dexie comes after the first rows', () => {
    const code = firstRenderCode(build);
    // The head script and the popup's own chunk at least: the walk found the page's scripts.
    expect([...code.keys()].some((path) => path === 'popup-read.js')).toBe(true);
    expect([...code.keys()].some((path) => /^chunks\/popup-[\w-]+\.js$/.test(path))).toBe(true);
    const withDexie = [...code]
      .filter(([, text]) => text.includes('DatabaseClosedError'))
      .map(([path]) => path);
    expect(withDexie).toEqual([]);
    // Dexie is still in the build, loaded on demand: the check above would find it were it static.
    expect(lazilyLoaded(build).some((text) => text.includes('DatabaseClosedError'))).toBe(true);
  });

  it("fetches the App's code on demand (after the head script's first screen), not with the page", () => {
    const code = firstRenderCode(build);
    // The App's components and messaging come in one chunk that the page's entry imports on demand.
    const withApp = [...code].filter(([, text]) => text.includes('popup.captureAgain')).map(([path]) => path);
    expect(withApp).toEqual([]);
    expect(lazilyLoaded(build).some((text) => text.includes('popup.captureAgain'))).toBe(true);
  });
});
