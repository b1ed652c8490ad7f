import 'fake-indexeddb/auto';
import { inEnglish } from '../harness/locale-messages';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import { sha256Hex } from '../../lib/bytes/sha256-hex';
import { applyImport } from '../../lib/platform/apply-import';
import { openDatabase, type CleanCaptureDb } from '../../lib/platform/store/db';
import { previewImport } from '../../lib/platform/preview-import';
import { normalizeTag } from '../../lib/tags/normalize-tag';
import { makeStoredArticle } from '../articles/article-factory';
import { joinChunks } from '../export/join-chunks';
import { V1_ARTICLES } from '../platform/upgrade/v1-articles';
import { FUZZ_SEED, hostileText, markdownBody } from './fuzz-inputs';
import { roundTripProblem, unsafeUrls } from './fuzz-round-trip';
import { countLost, robustnessCases } from './robustness-record';
import { UNREAD } from '../../lib/reading-state/reading-state';

// Mutated export zips through the import the library page runs (preview, then the one-transaction
// write): each is refused with a sentence or imported, never an unexpected exception; the articles
// already in the library are never lost or changed; whatever is imported has only allowed
// addresses and exports and imports again byte for byte.

const NOW = new Date('2026-11-29T11:30:00.000Z');
const ARTICLES: StoredArticle[] = V1_ARTICLES.map((a) => ({
  ...structuredClone(a),
  ...UNREAD,
  tags: [...new Set(a.tags.map(normalizeTag))],
}));
const NEW_ONE = makeStoredArticle({ id: 900, canonicalUrl: 'https://example.com/not-yet-saved' });

let db: CleanCaptureDb;
let earlier: StoredArticle[];
let valid: Uint8Array;

async function everything(): Promise<StoredArticle[]> {
  const records = await db.articles.toArray();
  const bodies = await db.bodies.bulkGet(records.map((r) => r.id));
  return records.map((r, i) => ({ ...r, markdown: bodies[i]?.markdown ?? '' }));
}

beforeAll(async () => {
  db = openDatabase('fuzz-zips');
  const first = joinChunks(await buildExportZip(ARTICLES, { total: ARTICLES.length, now: NOW }));
  const preview = await previewImport(db, first);
  if (!preview.ok) throw new Error(inEnglish(preview.message));
  await applyImport(db, preview.preview, { replaceChanged: false });
  earlier = await everything();
  const all = [...ARTICLES, NEW_ONE];
  valid = joinChunks(await buildExportZip(all, { total: all.length, now: NOW }));
});
afterAll(async () => {
  await db.delete();
});

type Mutation = (zip: Uint8Array) => Promise<Uint8Array> | Uint8Array;

/** The files of a zip, or null once byte mutations have made it something fflate cannot open. */
function filesOf(zip: Uint8Array): (Zippable & { 'manifest.json': Uint8Array }) | null {
  try {
    const files = unzipSync(zip);
    const manifest = files['manifest.json'];
    return manifest ? { ...files, 'manifest.json': manifest } : null;
  } catch {
    return null;
  }
}

function manifestOf(files: { 'manifest.json': Uint8Array }): Record<string, unknown> | null {
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    return json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
const at = (zip: Uint8Array, where: number) => Math.floor(where * zip.length);
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Rewrites an article file and fixes its checksum in the manifest, so the file itself is judged. */
async function rewriteArticle(zip: Uint8Array, pick: number, text: string): Promise<Uint8Array> {
  const files = filesOf(zip);
  const manifest = files && manifestOf(files);
  const list = manifest?.articles;
  if (!files || !manifest || !Array.isArray(list)) return zip;
  const entry = list[Math.floor(pick * list.length)] as { file?: unknown; sha256?: string } | undefined;
  if (!entry || typeof entry.file !== 'string') return zip;
  const bytes = strToU8(text);
  files[entry.file] = bytes;
  entry.sha256 = await sha256Hex(bytes);
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .array(fc.tuple(fraction, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((flips) => (zip: Uint8Array) => {
      const copy = zip.slice();
      for (const [where, byte] of flips) copy[at(copy, where)] = byte;
      return copy;
    }),
  fraction.map((where) => (zip: Uint8Array) => zip.slice(0, at(zip, where))),
  fc.tuple(fraction, fc.uint8Array({ maxLength: 64 })).map(([where, junk]) => (zip: Uint8Array) => {
    const cut = at(zip, where);
    return new Uint8Array([...zip.subarray(0, cut), ...junk, ...zip.subarray(cut)]);
  }),
  // The manifest with one field set to any JSON value.
  fc
    .tuple(
      fc.constantFrom('format', 'formatVersion', 'exportedAt', 'articleCount', 'articles', 'app'),
      fc.jsonValue(),
    )
    .map(([field, value]) => (zip: Uint8Array) => {
      const files = filesOf(zip);
      const manifest = files && manifestOf(files);
      if (!files || !manifest) return zip;
      files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, [field]: value }));
      return zipSync(files);
    }),
  // An article file replaced by a front matter from the grammar, or by any text, its checksum fixed.
  fc
    .tuple(
      fraction,
      fc.oneof(
        fc
          .tuple(hostileText(80), markdownBody)
          .map(
            ([title, body]) =>
              `---\ntitle: ${JSON.stringify(title)}\nsource: https://example.com/x\ncanonical: https://example.com/x\ncaptured: 2026-01-01T00:00:00Z\n---\n\n${body}\n`,
          ),
        hostileText(300),
      ),
    )
    .map(
      ([pick, text]) =>
        (zip: Uint8Array) =>
          rewriteArticle(zip, pick, text),
    ),
);

describe('fuzzed export zips', () => {
  it('the valid export they start from imports its new article and keeps the rest', async () => {
    const preview = await previewImport(db, valid);
    if (!preview.ok) throw new Error(inEnglish(preview.message));
    expect(
      preview.preview.added.map((a) => articleDocument({ ...a.article, tags: a.tags, ...a.state, id: 0 })),
    ).toEqual([articleDocument({ ...NEW_ONE, id: 0 })]);
  });

  it('are refused with a reason or imported, and never cost an article already saved', async () => {
    const group = robustnessCases('fuzz: mutated zips');
    await fc.assert(
      fc.asyncProperty(fc.array(mutations, { minLength: 1, maxLength: 3 }), async (changes) => {
        let zip = valid;
        for (const change of changes) zip = await change(zip);
        const input = `${changes.length} mutation(s), ${zip.length} bytes`;
        let restorable: boolean | undefined;
        let unsafe: string[] = [];
        const preview = await previewImport(db, zip);
        if (preview.ok) {
          await applyImport(db, preview.preview, { replaceChanged: false });
          const { added, unchanged, changed, duplicates } = preview.preview;
          const read = [...added, ...unchanged, ...changed.map((c) => c.incoming), ...duplicates];
          const imported = read.map((a, i) => ({ ...a.article, tags: a.tags, ...a.state, id: i }));
          unsafe = imported.flatMap(unsafeUrls);
          const problems = await Promise.all(imported.map(roundTripProblem));
          // A zip that imported nothing has no export to check, rather than a restorable one.
          restorable = problems.length > 0 ? problems.every((p) => p === null) : undefined;
        } else {
          expect(inEnglish(preview.message)).toMatch(/^\S[^]*[.!]$/);
        }
        const lost = countLost(earlier, await everything());
        group.add({ input, handled: unsafe.length === 0, lost, restorable });
        expect(unsafe).toEqual([]);
        expect(lost).toBe(0);
        expect(restorable ?? true).toBe(true);
      }),
      { seed: FUZZ_SEED + 5, numRuns: 80, endOnFailure: true },
    );
  }, 90_000);
});
