import { describe, expect, it } from 'vitest';
import {
  frontMatterDraft,
  readFrontMatterDraft,
  type FrontMatterDraft,
} from '../../lib/templates/front-matter-draft';
import { DEFAULT_FRONT_MATTER_OPTIONS } from '../../lib/templates/front-matter-options';

const draft = (change: Partial<FrontMatterDraft>): FrontMatterDraft => ({ ...frontMatterDraft(), ...change });

describe('the settings page’s front matter draft', () => {
  it('reads back as the defaults when nothing was changed', () => {
    expect(readFrontMatterDraft(frontMatterDraft())).toEqual({
      ok: true,
      options: DEFAULT_FRONT_MATTER_OPTIONS,
    });
  });

  it('round-trips stored options through the text the user edits', () => {
    const options = {
      omit: ['lang' as const, 'image' as const],
      rename: { source: 'url' },
      constants: { type: 'article', status: 'to read: soon' },
      defaultTags: ['clipped', 'read later'],
    };
    const text = frontMatterDraft(options);
    expect(text.constants).toBe('type: article\nstatus: to read: soon');
    expect(text.defaultTags).toBe('clipped, read later');
    expect(readFrontMatterDraft(text)).toEqual({ ok: true, options });
  });

  it('keeps fields in their written order and drops a rename back to the own name', () => {
    const read = readFrontMatterDraft(
      draft({ omit: ['lang', 'image', 'lang'], rename: { source: 'source', authors: 'author' } }),
    );
    expect(read).toEqual({
      ok: true,
      options: { ...DEFAULT_FRONT_MATTER_OPTIONS, omit: ['lang', 'image'], rename: { authors: 'author' } },
    });
  });

  it('tidies default tags as tags are tidied, and skips empty ones', () => {
    const read = readFrontMatterDraft(draft({ defaultTags: ' Clipped ,, READ  later, clipped,' }));
    expect(read.ok && read.options.defaultTags).toEqual(['clipped', 'read later']);
  });

  it('names the line of a constant field without a colon', () => {
    expect(readFrontMatterDraft(draft({ constants: 'type: article\n\nstatus unread' }))).toEqual({
      ok: false,
      problem: 'constant-without-colon',
      line: 3,
    });
  });

  it('refuses a constant field written twice, even one named like an object property', () => {
    expect(readFrontMatterDraft(draft({ constants: 'constructor: a\nconstructor: b' }))).toEqual({
      ok: false,
      problem: 'constant-twice',
      name: 'constructor',
    });
  });

  it('leaves bad names for the options check to explain', () => {
    const read = readFrontMatterDraft(draft({ constants: '9 lives: yes\n: empty' }));
    expect(read.ok && read.options.constants).toEqual({ '9 lives': 'yes', '': 'empty' });
  });
});
