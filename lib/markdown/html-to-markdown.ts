import TurndownService from 'turndown';

/** Converts an article's cleaned HTML to Markdown. */
export function htmlToMarkdown(root: Node): string {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
  });
  return service.turndown(root as HTMLElement).trim();
}
