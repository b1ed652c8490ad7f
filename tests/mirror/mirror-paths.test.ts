import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../lib/article';
import { mirrorPaths, type RememberedName } from '../../lib/mirror/mirror-paths';
import { parseFileNameTemplate } from '../../lib/templates/file-name-template';
import { makeRecord } from '../articles/article-factory';

const record = (id: number, title: string, site = 'Example Times'): ArticleRecord =>
  makeRecord({ id, title, siteName: site });

const bySite = (() => {
  const parsed = parseFileNameTemplate('{site}/{title}');
  if (!parsed.ok) throw new Error(parsed.message.key);
  return parsed.template;
})();

describe('mirrorPaths with the names of the last pass', () => {
  it('gives the very paths a fresh naming gives, after titles change and a new capture takes an older one’s name', async () => {
    const first = [record(3, 'Ferry'), record(2, 'Tidal mill'), record(1, 'Tidal mill')];
    const remembered = new Map<number, RememberedName>();
    expect([...(await mirrorPaths(first, undefined, remembered)).values()]).toEqual([
      'ferry.md',
      'tidal-mill.md',
      'tidal-mill-2.md',
    ]);
    expect(remembered.size).toBe(3);

    // Article 3 retitled, and a new capture (newest) with the mill's title: the new one takes the
    // plain name, the older ones are numbered after it, as an export of the library names them.
    const second = [
      record(4, 'Tidal mill'),
      { ...record(3, 'Night ferry'), tags: ['boats'] },
      ...first.slice(1),
    ];
    const again = await mirrorPaths(second, undefined, remembered);
    expect(again).toEqual(await mirrorPaths(second));
    expect([...again.values()]).toEqual([
      'tidal-mill.md',
      'night-ferry.md',
      'tidal-mill-2.md',
      'tidal-mill-3.md',
    ]);
  });

  it('works the names out again when the template changes', async () => {
    const library = [record(2, 'Tidal mill', 'Coastal Ledger'), record(1, 'Ferry')];
    const remembered = new Map<number, RememberedName>();
    await mirrorPaths(library, undefined, remembered);
    expect([...(await mirrorPaths(library, bySite, remembered)).values()]).toEqual([
      'coastal-ledger/tidal-mill.md',
      'example-times/ferry.md',
    ]);
  });
});
