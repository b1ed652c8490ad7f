import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { copyShadowContent } from '../../lib/capture/copy-shadow-content.ts';

/** A page and its copy, with `shadows` attached to the live page's elements (selector → shadow HTML). */
function pageWithShadows(body: string, shadows: [string, string][]): { live: Document; copy: Document } {
  const { document: live } = parseHTML(`<html><head></head><body>${body}</body></html>`);
  for (const [selector, html] of shadows) {
    const host = live.querySelector(selector) ?? findInShadows(live, selector);
    if (!host) throw new Error(`no host ${selector}`);
    host.attachShadow({ mode: 'open' }).innerHTML = html;
  }
  const copy = live.cloneNode(true) as Document;
  return { live, copy };
}

function findInShadows(doc: Document, selector: string): Element | null {
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const found = element.shadowRoot?.querySelector(selector);
    if (found) return found;
  }
  return null;
}

const text = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('copyShadowContent', () => {
  it('puts what an open shadow root shows into the copy, its slots filled by the host’s children', () => {
    const { live, copy } = pageWithShadows(
      '<story-body><span slot="title">Mill reopens</span><p>Light paragraph.</p></story-body>',
      [
        [
          'story-body',
          '<style>p{margin:0}</style><h2><slot name="title">Untitled</slot></h2>' +
            '<p>Shadow paragraph one.</p><slot></slot><p>Shadow paragraph two.</p>' +
            '<footer><slot name="credit">Staff reporter</slot></footer>',
        ],
      ],
    );
    copyShadowContent(live, copy, 1000);
    const host = copy.querySelector('story-body');
    expect(host?.querySelector('h2')?.textContent).toBe('Mill reopens');
    expect(Array.from(host?.querySelectorAll('p') ?? [], (p) => p.textContent)).toEqual([
      'Shadow paragraph one.',
      'Light paragraph.',
      'Shadow paragraph two.',
    ]);
    // An empty slot shows its fallback, as a browser renders it.
    expect(host?.querySelector('footer')?.textContent).toBe('Staff reporter');
    expect(host?.getElementsByTagName('slot')).toHaveLength(0);
  });

  it('leaves out light children no slot shows', () => {
    const { live, copy } = pageWithShadows('<x-quote><p>Raw data the component reads</p></x-quote>', [
      ['x-quote', '<blockquote>What the reader sees.</blockquote>'],
    ]);
    copyShadowContent(live, copy, 1000);
    expect(text(copy.querySelector('x-quote'))).toBe('What the reader sees.');
  });

  it('follows shadow roots inside shadow roots, and hosts slotted into other hosts', () => {
    const { live, copy } = pageWithShadows(
      '<x-page><section><x-card><b>slotted card text</b></x-card></section><p>beside</p></x-page>',
      [
        ['x-page', '<main><slot></slot><x-note></x-note></main>'],
        ['x-card', '<div class="card"><slot></slot></div>'],
        ['x-note', '<p>Note from a nested shadow root.</p>'],
      ],
    );
    copyShadowContent(live, copy, 1000);
    const page = copy.querySelector('x-page');
    expect(page?.querySelector('main > section > x-card .card b')?.textContent).toBe('slotted card text');
    expect(page?.querySelector('main > p')?.textContent).toBe('beside');
    expect(page?.querySelector('x-note p')?.textContent).toBe('Note from a nested shadow root.');
  });

  it('passes a slot on into the slot of a component inside the shadow tree', () => {
    const { live, copy } = pageWithShadows('<x-frame><p>forwarded text</p></x-frame>', [
      ['x-frame', '<x-panel><slot></slot></x-panel>'],
      ['x-panel', '<div class="panel"><slot>panel fallback</slot></div>'],
    ]);
    copyShadowContent(live, copy, 1000);
    expect(copy.querySelector('x-frame x-panel .panel > p')?.textContent).toBe('forwarded text');
    expect(text(copy.querySelector('x-frame'))).toBe('forwarded text');
  });

  it('works on plain elements used as hosts, and finds each host’s place in the copy', () => {
    const { live, copy } = pageWithShadows(
      '<div id="a"></div><p>Between.</p><div id="b"><i>light</i></div>',
      [
        ['#a', '<p>First host.</p>'],
        ['#b', '<p>Second host: <slot></slot></p>'],
      ],
    );
    copyShadowContent(live, copy, 1000);
    expect(text(copy.querySelector('#a'))).toBe('First host.');
    expect(text(copy.querySelector('#b'))).toBe('Second host: light');
    expect(text(copy.body)).toBe('First host.Between.Second host: light');
  });

  it('stops copying shadow trees past its element budget, leaving those hosts as they were', () => {
    const { live, copy } = pageWithShadows('<x-a><p>light a</p></x-a><x-b><p>light b</p></x-b>', [
      ['x-a', '<p>shadow a</p>'],
      ['x-b', '<div><p>shadow b</p><p>more</p></div>'],
    ]);
    copyShadowContent(live, copy, 2);
    expect(text(copy.querySelector('x-a'))).toBe('shadow a');
    expect(text(copy.querySelector('x-b'))).toBe('light b');
  });

  it('leaves the live page as it was', () => {
    const { live, copy } = pageWithShadows('<x-a><p>light</p></x-a>', [
      ['x-a', '<p>shadow</p><slot></slot>'],
    ]);
    const before = live.body.innerHTML;
    copyShadowContent(live, copy, 1000);
    expect(live.body.innerHTML).toBe(before);
    expect(live.querySelector('x-a')?.shadowRoot?.innerHTML).toBe('<p>shadow</p><slot></slot>');
  });
});
