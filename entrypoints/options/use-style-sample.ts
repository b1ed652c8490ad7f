import { useMemo } from 'preact/hooks';
import type { Translator } from '../../lib/i18n/create-translator';
import { htmlToMarkdown } from '../../lib/markdown/html-to-markdown';
import type { MarkdownStyle } from '../../lib/markdown/markdown-style';

/**
 * A few lines in the user's language written in `style` by the converter captures use, so each
 * choice shows what it changes. Built element by element: no markup is parsed.
 */
export function useStyleSample(style: MarkdownStyle, t: Translator): string {
  const root = useMemo(() => {
    const element = (name: string, ...children: (Node | string)[]) => {
      const node = document.createElement(name);
      node.append(...children);
      return node;
    };
    const link = element('a', t.t('templates.style.sampleLink'));
    link.setAttribute('href', 'https://example.com/');
    return element(
      'article',
      element('h1', t.t('templates.style.sampleHeading')),
      element(
        'p',
        element('em', t.t('templates.style.sampleEmphasis')),
        ', ',
        element('strong', t.t('templates.style.sampleStrong')),
        ', ',
        link,
      ),
      element(
        'ul',
        element('li', t.t('templates.style.sampleItem')),
        element('li', t.t('templates.style.sampleItem')),
      ),
      element('pre', element('code', 'let tide = 1;')),
    );
  }, [t]);
  return useMemo(() => htmlToMarkdown(root, style), [root, style]);
}
