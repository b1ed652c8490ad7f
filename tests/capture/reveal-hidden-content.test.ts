import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { revealHiddenContent } from '../../lib/capture/reveal-hidden-content.ts';

const SECOND = '<p>Fishermen asked for the slipway to stay open while the work lasts.</p>';
const STORY =
  'The harbour board agreed on Monday to restore the old sluice gates, ending a decade of argument ' +
  'over who should pay for the work and how the quay would be protected from winter storms. Work ' +
  'starts in the spring.';

function revealed(body: string, head = ''): Document {
  const { document } = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`);
  revealHiddenContent(document);
  return document;
}

const bodyText = (doc: Document): string => (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('revealHiddenContent: collapsed sections', () => {
  it('shows a section hidden until found (find in page opens it), and nothing hidden for good', () => {
    const doc = revealed(
      '<div hidden="until-found"><p>Found text.</p></div><div hidden><p>Gone.</p></div><div hidden=""><p>Also gone.</p></div>',
    );
    const [found, gone, alsoGone] = Array.from(doc.body.children);
    expect(found?.hasAttribute('hidden')).toBe(false);
    expect(gone?.hasAttribute('hidden')).toBe(true);
    expect(alsoGone?.hasAttribute('hidden')).toBe(true);
  });
});

describe('revealHiddenContent: <noscript> fallbacks', () => {
  it('uses the fallback when the block a script should have built is empty', () => {
    const doc = revealed(
      `<header>The Ledger</header><div id="app"></div><script>start()</script>` +
        `<noscript><article><h1>Sluice gates</h1><p>${STORY}</p>${SECOND}</article></noscript>`,
    );
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelector('article h1')?.textContent).toBe('Sluice gates');
    expect(bodyText(doc)).toContain(STORY);
  });

  it('uses it when the page holds nothing but the fallback', () => {
    const doc = revealed(
      `<noscript><h1>Sluice gates</h1><p>${STORY}</p>${SECOND}</noscript><script>x()</script>`,
    );
    expect(doc.querySelector('body > h1')?.textContent).toBe('Sluice gates');
  });

  it('uses it when it sits alone inside the empty container', () => {
    const doc = revealed(`<main id="root"><noscript><p>${STORY}</p>${SECOND}</noscript></main>`);
    expect(doc.querySelector('main > p')?.textContent).toBe(STORY);
  });

  it('reads a fallback the browser kept as text (scripting on) without running it', () => {
    const { document } = parseHTML('<html><body><div id="app"></div></body></html>');
    const noscript = document.createElement('noscript');
    // What Chromium holds in a <noscript> when scripts run: the markup as one text node.
    noscript.append(
      document.createTextNode(
        `<p>${STORY.replace('harbour', 'harbour &amp; quay')}</p>${SECOND}<img src="x" onerror="alert(1)">`,
      ),
    );
    document.body.append(noscript);
    revealHiddenContent(document);
    expect(document.querySelector('body > p')?.textContent).toContain('harbour & quay');
    expect(document.querySelector('noscript')).toBeNull();
  });

  it.each([
    [
      'the script-built version has content',
      `<div id="app"><p>Live text.</p></div><noscript><p>${STORY}</p>${SECOND}</noscript>`,
    ],
    [
      'the script-built version is an image',
      `<div id="app"><img src="/a.jpg"></div><noscript><p>${STORY}</p>${SECOND}</noscript>`,
    ],
    [
      'it only asks for JavaScript',
      '<div id="app"></div><noscript>Please enable JavaScript to run this app.</noscript>',
    ],
    [
      'it is a long nag beside a live page',
      `<p>${STORY}</p><div id="comments"></div><noscript><p>We are sorry, but the comments do not work ` +
        'without JavaScript. Please enable it in your browser settings and reload the page.</p></noscript>',
    ],
    [
      'it is a long notice in plain blocks beside an empty clearing div',
      `<p>${STORY}</p><div class="clear"><!-- empty --></div><noscript><div>Welcome to the Ledger.</div><div>` +
        'JavaScript is not enabled in your browser. Please enable JavaScript to use the community features ' +
        'on this page. If your browser does not support JavaScript, please visit our browser upgrade page ' +
        'for a list of supported browsers.</div></noscript>',
    ],
    [
      'it is a tracking pixel',
      '<div></div><noscript><img src="https://t.example/p.gif" width="1" height="1"></noscript>',
    ],
  ])('keeps the fallback out when %s', (_name, body) => {
    const doc = revealed(body);
    expect(doc.querySelector('noscript')).not.toBeNull();
  });

  it('never takes a <noscript> from the head', () => {
    const doc = revealed('', `<noscript><p>${STORY}</p>${SECOND}</noscript>`);
    expect(bodyText(doc)).toBe('');
  });
});
