import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { FrontMatterFields } from '../../../components/options/FrontMatterFields';
import { frontMatterDraft, type FrontMatterDraft } from '../../../lib/templates/front-matter-draft';
import { preactContainer } from '../../harness/preact-container';
import { withMessages } from '../../harness/locale-messages';

const container = preactContainer();

function show(draft: FrontMatterDraft = frontMatterDraft()) {
  const changes: FrontMatterDraft[] = [];
  render(withMessages(h(FrontMatterFields, { draft, onChange: (next) => changes.push(next) })), container());
  const field = (name: string) => container().querySelector<HTMLInputElement>(`#fm-field-${name}`);
  return { changes, field };
}

describe('FrontMatterFields', () => {
  it('keeps the fields the import needs ticked, with a note saying why', () => {
    const { field } = show();
    expect(field('source')?.disabled).toBe(true);
    expect(field('source')?.getAttribute('aria-describedby')).toBe('fm-required-note');
    expect(field('image')?.disabled).toBe(false);
    expect(container().querySelector('#fm-required-note')?.textContent).toMatch(/import needs/);
  });

  it('hands a field unticked on, and offers each field under its other names', () => {
    const { changes, field } = show();
    const image = field('image');
    if (!image) throw new Error('no box for image');
    image.checked = false;
    image.dispatchEvent(new window.Event('change', { bubbles: true }));
    expect(changes.at(-1)?.omit).toEqual(['image']);
    const select = container().querySelector<HTMLSelectElement>(
      'select[aria-label="Name of the field source"]',
    );
    expect([...(select?.options ?? [])].map((option) => option.value)).toEqual(['source', 'url', 'link']);
  });

  it('gives each text box a label of its own', () => {
    show();
    for (const id of ['fm-constants', 'fm-tags'])
      expect(container().querySelector(`label[for="${id}"]`)?.textContent).not.toBe('');
    expect(container().querySelectorAll('[id="fm-tags"]')).toHaveLength(1);
  });
});
