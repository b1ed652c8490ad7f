import { describe, expect, it } from 'vitest';
import { isPocketHtml, readPocketHtml } from '../../lib/import/read-pocket-html';
import { allInEnglish, inEnglish } from '../harness/locale-messages';
import { POCKET_HTML, parseHtml } from './foreign-fixtures';

describe('readPocketHtml', () => {
  it('reads the Unread and Read Archive lists with their times added and tags', () => {
    const result = readPocketHtml(parseHtml(POCKET_HTML));
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(
      allInEnglish(result.articles).map(({ origin, url, title, tags, savedAt, archived, body }) => ({
        origin,
        url,
        title,
        tags,
        savedAt,
        archived,
        body,
      })),
    ).toEqual([
      {
        origin: 'Link 1',
        url: 'https://stars.example/map',
        title: 'A map of the winter stars',
        tags: ['sky', 'night'],
        savedAt: '2017-07-14T02:40:00.000Z',
        archived: false,
        body: null,
      },
      {
        origin: 'Link 2',
        url: 'https://tea.example/green',
        title: 'Green tea, three ways',
        tags: [],
        savedAt: '2017-07-15T06:26:40.000Z',
        archived: false,
        body: null,
      },
      {
        origin: 'Link 3',
        url: 'https://rivers.example/delta',
        title: 'How a delta is made',
        tags: ['geography'],
        savedAt: '2017-03-20T08:53:20.000Z',
        archived: true,
        body: null,
      },
    ]);
  });

  it('refuses an HTML file that is not a Pocket export, and leaves out a link without an address', () => {
    const other = parseHtml(
      '<!doctype html><h1>Unread</h1><ul><li><a href="https://a.example/">A</a></li></ul>',
    );
    expect(isPocketHtml(other)).toBe(false);
    expect(allInEnglish(readPocketHtml(other))).toEqual({
      ok: false,
      message: 'This HTML file is not a Pocket export: it has no saved links.',
    });
    const gap = parseHtml(POCKET_HTML.replace('href="https://tea.example/green"', ''));
    const result = readPocketHtml(gap);
    expect(allInEnglish(result.ok && result.skipped)).toEqual([
      { fileName: 'Link 2', reason: 'It has no page address.' },
    ]);
  });
});
