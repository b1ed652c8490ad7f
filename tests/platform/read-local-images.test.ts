import 'fake-indexeddb/auto';
import { translatorFor } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import { readLocalImages } from '../../lib/platform/read-local-images';
import { recordImageFailure, storeArticleImage } from '../../lib/platform/store/image-store';
import { openTestDatabase, storeArticle } from './test-database';

describe('readLocalImages', () => {
  it('gives each stored image an object URL, a reason to each other one, and revokes them all on release', async () => {
    const db = openTestDatabase();
    const markdown =
      '![a](https://a.example/a.png) ![b](https://a.example/b.png) ![c](https://a.example/c.gif) ![d](https://a.example/d.png)';
    const id = await storeArticle(db, { markdown });
    const blob = new Blob([new Uint8Array([1])], { type: 'image/png' });
    await storeArticleImage(db, id, 'https://a.example/a.png', {
      sha256: 'aa',
      blob,
      type: 'image/png',
      size: 1,
      width: 2,
      height: 2,
    });
    await recordImageFailure(db, id, 'https://a.example/b.png', { reason: 'http-error', status: 410 });
    await recordImageFailure(db, id, 'https://a.example/c.gif', { reason: 'spacer' });
    const live = new Set<string>();
    let next = 0;
    const objectUrls = {
      createObjectURL: (b: Blob) => {
        expect(b.size).toBe(1);
        const url = `blob:test/${++next}`;
        live.add(url);
        return url;
      },
      revokeObjectURL: (url: string) => void live.delete(url),
    };
    const images = await readLocalImages(id, markdown, db, objectUrls, translatorFor('en'));
    expect(
      ['a', 'b', 'c', 'd'].map((n) => images.resolve(`https://a.example/${n}.${n === 'c' ? 'gif' : 'png'}`)),
    ).toEqual([
      { kind: 'stored', src: 'blob:test/1' },
      { kind: 'missing', reason: 'The site answered 410.' },
      { kind: 'skipped' },
      { kind: 'missing', reason: null },
    ]);
    expect(live.size).toBe(1);
    // d.png is neither stored nor failed: still waiting for the worker.
    expect(images.pending).toBe(1);
    images.release();
    expect(live.size).toBe(0);
  });
});
