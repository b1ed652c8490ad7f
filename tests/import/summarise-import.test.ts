import { describe, expect, it } from 'vitest';
import type { ImportedArticle } from '../../lib/import/read-export-zip';
import { buildImportPreview } from '../../lib/import/import-preview';
import { checkArchiveSize } from '../../lib/import/list-zip-entries';
import { summariseImport } from '../../lib/import/summarise-import';
import { say } from '../../lib/i18n/message';
import { makeStoredArticle } from '../articles/article-factory';
import { inEnglish, translatorFor } from '../harness/locale-messages';

// One capture time for both sides, so the summary's dates are the ones written below.
const CAPTURED = '2025-03-05T09:30:00.000Z';

function incoming(
  id: number,
  overrides: Parameters<typeof makeStoredArticle>[0] = {},
  notes: string[] = [],
  imageHashes: string[] = [],
) {
  const { tags, status, progress, ...stored } = makeStoredArticle({ id, capturedAt: CAPTURED, ...overrides });
  const article: Omit<typeof stored, 'id'> & { id?: number } = stored;
  delete article.id;
  return {
    fileName: `${id}.md`,
    article,
    tags,
    sha256: '0'.repeat(64),
    notes,
    state: { status, progress },
    images: imageHashes.map((sha256) => ({
      url: `https://img.example/${sha256}.png`,
      image: { sha256, blob: new Blob([]), type: 'image/png', size: 10, width: 2, height: 2 },
    })),
  } satisfies ImportedArticle;
}

describe('summariseImport', () => {
  it('counts what the dialog shows and lists the changed articles, skipped files and notes', () => {
    const read = {
      ok: true as const,
      source: 'clean-capture' as const,
      exportedAt: '2026-01-02T03:04:05.000Z',
      articles: [
        incoming(1, {}, [], ['a'.repeat(64)]),
        incoming(2, {}, ['The title was cut to fit.'], ['a'.repeat(64), 'b'.repeat(64)]),
        incoming(3, { markdown: 'New text.' }),
        incoming(4),
        incoming(4),
      ],
      skipped: [{ fileName: 'broken.md', reason: 'It is not an article.' }],
      ignoredFiles: ['notes.txt', 'extra.md'],
    };
    const stored = [
      makeStoredArticle({ id: 1, capturedAt: CAPTURED }),
      makeStoredArticle({ id: 30, capturedAt: CAPTURED, canonicalUrl: incoming(3).article.canonicalUrl }),
    ];
    const summary = summariseImport(buildImportPreview(read, stored));
    expect(summary).toEqual({
      source: 'clean-capture',
      exportedAt: '2026-01-02T03:04:05.000Z',
      total: 5,
      // One picture shown by two articles is one image.
      images: 2,
      added: 2,
      uncaptured: 0,
      unchanged: 1,
      changed: [
        {
          title: 'Article number 30',
          site: 'Example Times',
          storedAt: '2025-03-05T09:30:00.000Z',
          incomingAt: '2025-03-05T09:30:00.000Z',
          changes: expect.arrayContaining(['text']) as string[],
        },
      ],
      duplicates: 1,
      ignoredFiles: 2,
      skipped: [{ name: 'broken.md', reasons: ['It is not an article.'] }],
      adjusted: [{ name: 'Article number 2', reasons: ['The title was cut to fit.'] }],
      // A zip has no folder that files were removed from.
      removed: 0,
    });
  });
});

describe('checkArchiveSize', () => {
  it('refuses a zip over the limit in megabytes, and allows one exactly at it', () => {
    const limits = { maxArchiveBytes: 8 * 1024 * 1024 };
    const refusal = checkArchiveSize(limits.maxArchiveBytes + 1, limits);
    expect(refusal && inEnglish(refusal)).toBe(
      'The zip is larger than 8.0 MB, the most that can be imported.',
    );
    expect(checkArchiveSize(limits.maxArchiveBytes, limits)).toBeNull();
  });

  it('says so in the reader’s language, with their numbers', () => {
    const refusal = checkArchiveSize(9 * 1024 * 1024, { maxArchiveBytes: 8.5 * 1024 * 1024 });
    expect(refusal && say(translatorFor('pl'), refusal)).toBe(
      'Plik zip jest większy niż 8,5 MB, a tyle najwyżej można zaimportować.',
    );
  });
});
