import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';
import { renderedDocument } from '../render-markdown.ts';

/** What a Markdown app shows for each code block: its language and its exact text. */
function renderedCode(markdown: string): { language: string | null; text: string }[] {
  return Array.from(renderedDocument(markdown).querySelectorAll('pre > code'), (code) => ({
    language: /language-(\S+)/.exec(code.getAttribute('class') ?? '')?.[1] ?? null,
    text: code.textContent ?? '',
  }));
}

describe('code blocks keep their language', () => {
  it.each([
    ['language-x on <code>', '<pre><code class="language-js">x()</code></pre>', 'js'],
    ['lang-x on <pre>', '<pre class="prettyprint lang-python">x()</pre>', 'python'],
    [
      'highlight-source-x on a wrapper (GitHub)',
      '<div class="highlight highlight-source-ruby"><pre>x()</pre></div>',
      'ruby',
    ],
    [
      'highlight-x two wrappers up (Sphinx)',
      '<div class="highlight-bash notranslate"><div class="highlight"><pre>x</pre></div></div>',
      'bash',
    ],
    ['SyntaxHighlighter brush', '<pre class="brush: php; gutter: true">x()</pre>', 'php'],
    ['data-lang on a wrapper', '<div data-lang="Rust"><pre><code>x()</code></pre></div>', 'rust'],
    [
      'Pandoc sourceCode',
      '<div class="sourceCode"><pre class="sourceCode haskell"><code class="sourceCode haskell">x</code></pre></div>',
      'haskell',
    ],
    ['none named', '<pre><code>x()</code></pre>', null],
    ['nohighlight is no language', '<pre><code class="nohighlight">x()</code></pre>', null],
  ])('%s', (_name, html, language) => {
    expect(renderedCode(convertHtml(html))).toEqual([{ language, text: expect.any(String) as string }]);
  });
});

describe('code blocks keep every line exactly', () => {
  it.each([
    ['newlines, blank lines and tabs', '<pre><code>a\n\n\n\tb  \n  c</code></pre>', 'a\n\n\n\tb  \n  c\n'],
    ['<br> inside <pre>', '<pre>one<br>two<br/>three</pre>', 'one\ntwo\nthree\n'],
    [
      'one <div> per line, an empty one included',
      '<pre><div class="line">fn a() {</div><div class="line"></div><div class="line">}</div></pre>',
      'fn a() {\n\n}\n',
    ],
    [
      'one <span class="line"> per line without newlines',
      '<pre><code><span class="line">a = 1</span><span class="line">b = 2</span></code></pre>',
      'a = 1\nb = 2\n',
    ],
    [
      'Shiki-style line spans with newlines between them, not doubled',
      '<pre class="shiki"><code><span class="line"><span>a</span></span>\n<span class="line"><span>b</span></span></code></pre>',
      'a\nb\n',
    ],
    [
      'no escaping of Markdown characters inside code',
      '<pre><code>*a* _b_ [c](d)\n1. x\n# y\n&lt;div&gt; &amp;amp; \\n</code></pre>',
      '*a* _b_ [c](d)\n1. x\n# y\n<div> &amp; \\n\n',
    ],
    [
      'non-breaking spaces used for indentation',
      '<pre><code>if x:\n\u00a0\u00a0\u00a0\u00a0y()</code></pre>',
      'if x:\n    y()\n',
    ],
    [
      'line-number spans inside the code dropped',
      '<pre><code><span class="linenos">1</span>a\n<span class="linenos">2</span>b</code></pre>',
      'a\nb\n',
    ],
    [
      'Pygments table with a line-number column',
      '<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1\n2</pre></div></td><td class="code"><div class="highlight"><pre>a\nb</pre></div></td></tr></table>',
      'a\nb\n',
    ],
    [
      'highlight.js line-number table inside the code',
      '<pre><code class="hljs"><table class="hljs-ln"><tr><td class="hljs-ln-line hljs-ln-numbers"><div class="hljs-ln-n" data-line-number="1">1</div></td><td class="hljs-ln-line hljs-ln-code"><div class="hljs-ln-line">a</div></td></tr><tr><td class="hljs-ln-line hljs-ln-numbers"><div class="hljs-ln-n">2</div></td><td class="hljs-ln-line hljs-ln-code"><div class="hljs-ln-line">b</div></td></tr></table></code></pre>',
      'a\nb\n',
    ],
    [
      'GitHub/Gist code table, one row per line',
      '<div class="highlight-source-go"><table class="highlight"><tr><td class="blob-num" data-line-number="1"></td><td class="blob-code">a</td></tr><tr><td class="blob-num" data-line-number="2"></td><td class="blob-code">\tb</td></tr></table></div>',
      'a\n\tb\n',
    ],
    ['multi-line <code> without <pre>', '<div><code>line 1\nline 2</code></div>', 'line 1\nline 2\n'],
  ])('%s', (_name, html, text) => {
    const blocks = renderedCode(convertHtml(html));
    expect(blocks.map((block) => block.text)).toEqual([text]);
  });

  it('makes the fence longer than any backtick run in the code', () => {
    const markdown = convertHtml('<pre><code class="language-md">```js\nx\n```\n````</code></pre>');
    expect(markdown.split('\n')[0]).toBe('`````md');
    expect(renderedCode(markdown)).toEqual([{ language: 'md', text: '```js\nx\n```\n````\n' }]);
  });

  it('indents a code block inside a list item so it stays in the item', () => {
    const markdown = convertHtml(
      '<ol><li>Install:<pre><code class="language-sh">npm i\n\nnpm test</code></pre></li><li>Done</li></ol>',
    );
    expect(markdown).toBe('1. Install:\n\n   ```sh\n   npm i\n\n   npm test\n   ```\n2. Done');
    const item = renderedDocument(markdown).querySelector('ol > li');
    expect(item?.querySelector('pre code')?.textContent).toBe('npm i\n\nnpm test\n');
  });

  it('quotes every line of a code block inside a quote', () => {
    const markdown = convertHtml('<blockquote><pre><code>a\n\nb</code></pre></blockquote>');
    expect(markdown).toBe('> ```\n> a\n>\n> b\n> ```');
    expect(renderedDocument(markdown).querySelector('blockquote pre code')?.textContent).toBe('a\n\nb\n');
  });
});

describe('inline code', () => {
  it.each([
    ['plain', '<p>Run <code>npm test</code> now.</p>', 'Run `npm test` now.'],
    ['with a backtick inside', '<p>Type <code>a`b</code>.</p>', 'Type ``a`b``.'],
    ['starting with a backtick', '<p>The <code>`x</code> form.</p>', 'The `` `x `` form.'],
    ['with a double backtick run', '<p><code>a``b</code></p>', '```a``b```'],
    ['keyboard keys', '<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.</p>', 'Press `Ctrl`+`C`.'],
    ['markdown characters are not escaped', '<p><code>*a* [b](c)</code></p>', '`*a* [b](c)`'],
  ])('%s', (_name, html, expected) => {
    const markdown = convertHtml(html);
    expect(markdown).toBe(expected);
    const codes = Array.from(renderedDocument(markdown).querySelectorAll('code'), (code) => code.textContent);
    const source = Array.from(
      renderedDocument(`<p>${html}</p>`).querySelectorAll('code, kbd'),
      (code) => code.textContent,
    );
    expect(codes).toEqual(source);
  });
});
