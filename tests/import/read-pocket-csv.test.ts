import { describe, expect, it } from 'vitest';
import { readPocketCsv } from '../../lib/import/read-pocket-csv';
import { say, type Message } from '../../lib/i18n/message';
import { allInEnglish, inEnglish, translatorFor } from '../harness/locale-messages';
import { POCKET_CSV } from './foreign-fixtures';

describe('readPocketCsv', () => {
  it('reads each row as a page still to capture, with its tags, time added and status', () => {
    const result = readPocketCsv(POCKET_CSV);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(allInEnglish(result.skipped)).toEqual([]);
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
        origin: 'Row 2',
        url: 'https://knots.example/sailor',
        title: 'Knots every sailor should know',
        tags: ['sea', 'skills'],
        savedAt: '2022-04-15T05:20:00.000Z',
        archived: false,
        body: null,
      },
      {
        origin: 'Row 3',
        url: 'https://owls.example/heads',
        // Quoted, with a comma inside.
        title: 'Why owls turn their heads, explained',
        tags: [],
        savedAt: '2022-04-16T09:06:40.000Z',
        archived: true,
        body: null,
      },
      {
        origin: 'Row 4',
        url: 'https://soup.example/winter',
        title: 'Winter soup',
        tags: ['food'],
        savedAt: '2022-04-17T12:53:20.000Z',
        archived: false,
        body: null,
      },
    ]);
  });

  it('refuses a file whose quoted field never closes, naming the row', () => {
    const broken = `${POCKET_CSV}\n"Unclosed title,https://x.example/,1650300000,c4,,unread\nMore,https://y.example/,1,c5,,unread`;
    expect(allInEnglish(readPocketCsv(broken))).toEqual({
      ok: false,
      message: 'The CSV file is damaged: a quoted field that starts in row 5 is never closed.',
    });
  });

  it('refuses a file without the columns Pocket writes, naming the missing one', () => {
    expect(allInEnglish(readPocketCsv('title,url,time_added,tags\nA,https://a.example/,1,'))).toEqual({
      ok: false,
      message: 'The CSV file lacks the column status that this export needs.',
    });
    expect(allInEnglish(readPocketCsv(''))).toEqual({ ok: false, message: 'The CSV file is empty.' });
  });

  it('leaves out rows of the wrong length and rows without an address, saying which', () => {
    const rows = `${POCKET_CSV}\nShort row,https://short.example/\nNo address,,1650300000,c9,,unread`;
    const result = readPocketCsv(rows);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.articles).toHaveLength(3);
    expect(allInEnglish(result.skipped)).toEqual([
      { fileName: 'Row 5', reason: expect.stringContaining('different number of fields than the header') },
      { fileName: 'Row 6', reason: 'It has no page address.' },
    ]);
  });

  it('says which row was left out and why in the reader’s language (German here)', () => {
    const result = readPocketCsv(`${POCKET_CSV}\nNo address,,1650300000,c9,,unread`);
    if (!result.ok) throw new Error(inEnglish(result.message));
    const [skipped] = result.skipped;
    const german = translatorFor('de');
    expect(skipped && [say(german, skipped.fileName), say(german, skipped.reason)]).toEqual([
      'Zeile 5',
      'Sie hat keine Seitenadresse.',
    ]);
    expect(say(german, (readPocketCsv('') as { message: Message }).message)).toBe('Die CSV-Datei ist leer.');
  });
});
