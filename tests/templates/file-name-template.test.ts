import { describe, expect, it } from 'vitest';
import { inEnglish } from '../harness/locale-messages';
import {
  MAX_TEMPLATE_FOLDERS,
  MAX_TEMPLATE_LENGTH,
  fillTemplate,
  parseFileNameTemplate,
  templateValues,
  type FileNameTemplate,
  type NamedArticle,
} from '../../lib/templates/file-name-template';

const article: NamedArticle = {
  id: 42,
  title: 'Rivers Rise: What Next?',
  authors: ['Ada Lovelace', 'Grace Hopper'],
  siteName: 'The Daily Example',
  sourceUrl: 'https://news.example.org/2026/rivers',
  publishedTime: '2026-03-04T23:30:00-05:00',
  capturedAt: '2026-11-29T08:15:00.000Z',
};

function parsed(source: string): FileNameTemplate {
  const result = parseFileNameTemplate(source);
  if (!result.ok) throw new Error(inEnglish(result.message));
  return result.template;
}

describe('parseFileNameTemplate', () => {
  it.each([
    ['{title}', { folders: [], file: '{title}' }],
    ['{site}/{title}', { folders: ['{site}'], file: '{title}' }],
    ['{yyyy}/{mm}/{title}', { folders: ['{yyyy}', '{mm}'], file: '{title}' }],
    ['{date} {title}', { folders: [], file: '{date} {title}' }],
    [' {title} ', { folders: [], file: '{title}' }],
    ['{ title }', { folders: [], file: '{title}' }],
  ])('accepts %j', (source, shape) => {
    const template = parsed(source);
    const show = (parts: FileNameTemplate['file']) =>
      parts.map((part) => ('variable' in part ? `{${part.variable}}` : part.text)).join('');
    expect({ folders: template.folders.map(show), file: show(template.file) }).toEqual(shape);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['{titel}', /\{titel\}, which is not a variable; use one of \{title\}/],
    ['{}', /\{\}, which is not a variable/],
    ['{title', /"\{" that is never closed/],
    ['title}', /"\}" without its "\{"/],
    ['{ti{tle}', /"\{" inside a variable/],
    ['/{title}', /relative path/],
    ['C:{title}', /relative path/],
    ['{site}\\{title}', /not "\\"/],
    ['{site}//{title}', /empty folder/],
    ['{title}/', /empty folder/],
    ['../{title}', /cannot use "\.\."/],
    ['{site}/./{title}', /cannot use "\."/],
    ['notes', /needs a variable/],
    ['{title}/notes', /needs a variable/],
    ['{title}'.repeat(40), new RegExp(`longer than ${MAX_TEMPLATE_LENGTH}`)],
    [`${'{site}/'.repeat(MAX_TEMPLATE_FOLDERS + 1)}{title}`, /more than 4 folders/],
  ])('refuses %j with a message saying why', (source, message) => {
    const result = parseFileNameTemplate(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inEnglish(result.message)).toMatch(message);
  });
});

describe('templateValues', () => {
  it('gives each variable its value, dates on the UTC calendar', () => {
    expect(templateValues(article)).toEqual({
      title: 'Rivers Rise: What Next?',
      date: '2026-11-29',
      // 23:30 in New York is the next day in UTC: the same file name on every machine.
      published: '2026-03-05',
      site: 'The Daily Example',
      author: 'Ada Lovelace',
      id: '42',
      yyyy: '2026',
      mm: '11',
      dd: '29',
    });
  });

  it('leaves missing values empty and names the site after the host when the page gave none', () => {
    const bare = { ...article, id: undefined, authors: [], siteName: null, publishedTime: null };
    const values = templateValues(bare);
    expect(values).toMatchObject({ author: '', published: '', id: '', site: 'news.example.org' });
  });

  it('leaves a damaged date empty instead of writing "Invalid Date"', () => {
    const values = templateValues({ ...article, capturedAt: 'yesterday', publishedTime: 'soon' });
    expect(values).toMatchObject({ date: '', published: '', yyyy: '', mm: '', dd: '' });
  });
});

describe('fillTemplate', () => {
  it('fills folders and the file name separately', () => {
    expect(fillTemplate(parsed('{yyyy}/{mm}/{dd} {title}'), article)).toEqual({
      folders: ['2026', '11'],
      file: '29 Rivers Rise: What Next?',
    });
  });

  it('keeps a slash inside a value within its segment, never making a folder of it', () => {
    const filled = fillTemplate(parsed('{site}/{title}'), { ...article, title: 'A/B ../../etc' });
    expect(filled.folders).toEqual(['The Daily Example']);
    expect(filled.file).toBe('A/B ../../etc');
  });
});
