import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect } from 'vitest';

/**
 * `UPDATE_EXPECTED=1` rewrites expected files from what the code produces now, instead of comparing:
 * the change then shows up as a diff for a reviewer to read, never as a silently passing test.
 */
export const UPDATING_EXPECTED = process.env.UPDATE_EXPECTED === '1';

/** Checks `actual` against the expected file at `path` (or writes it under UPDATE_EXPECTED=1). */
export function expectFileContent(path: string, actual: string): void {
  if (UPDATING_EXPECTED) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(missingExpectedFile(path));
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Under UPDATE_EXPECTED=1, removes an expected file the code no longer matches (a result changed kind). */
export function dropStaleExpectedFile(path: string): void {
  if (UPDATING_EXPECTED) rmSync(path, { force: true });
}

/** What a test says when a fixture has no expected file: how to make one. */
export function missingExpectedFile(path: string): string {
  return `${relative(process.cwd(), path)} is missing: run UPDATE_EXPECTED=1 npx vitest run <this test file> and review the diff.`;
}
