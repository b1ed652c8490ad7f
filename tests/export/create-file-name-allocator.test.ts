import { describe, expect, it } from 'vitest';
import { inEnglish } from '../harness/locale-messages';
import {
  MAX_FOLDER_CHARS,
  createFileNameAllocator,
  createTemplateFileNameAllocator,
} from '../../lib/export/create-file-name-allocator';
import {
  DEFAULT_FILE_NAME_TEMPLATE,
  parseFileNameTemplate,
  type FileNameTemplate,
} from '../../lib/templates/file-name-template';

describe('createFileNameAllocator', () => {
  it('gives each article a .md name from its title', () => {
    const nameFor = createFileNameAllocator();
    expect(nameFor('Hello World', 'https://example.org/a/1')).toBe('hello-world.md');
  });

  it('keeps names unique without regard to case, as Windows and macOS compare them', () => {
    const nameFor = createFileNameAllocator();
    const names = ['Rust', 'rust', 'RUST', 'Rust!'].map((title) => nameFor(title, 'https://example.org/a'));
    expect(names).toEqual(['rust.md', 'rust-2.md', 'rust-3.md', 'rust-4.md']);
  });

  it('treats dotless ı and i as the same name, as case-folding filesystems may', () => {
    const nameFor = createFileNameAllocator();
    expect(nameFor('Istanbul', 'https://example.org/a/1')).toBe('istanbul.md');
    expect(nameFor('ıstanbul', 'https://example.org/a/2')).toBe('ıstanbul-2.md');
  });

  it('never gives an article the name of the index or the manifest', () => {
    const nameFor = createFileNameAllocator();
    expect(nameFor('Index', 'https://example.org/a/1')).toBe('index-2.md');
    expect(nameFor('Manifest', 'https://example.org/a/2')).toBe('manifest-2.md');
  });

  it('names an article with no readable title after its address, the same in every browser', () => {
    const nameFor = createFileNameAllocator();
    expect(nameFor('🚀🎉', 'https://example.org/2026/launch-day.html')).toBe('example-org-launch-day.md');
    expect(nameFor('', 'https://news.example.org/')).toBe('news-example-org.md');
    expect(nameFor('!!!', 'not a url')).toBe('article.md');
  });

  it('keeps a numbered duplicate of a long title within the length bound', () => {
    const nameFor = createFileNameAllocator();
    const title = 'x'.repeat(300);
    const first = nameFor(title, 'https://example.org/a/1');
    const second = nameFor(title, 'https://example.org/a/2');
    expect(second).not.toBe(first);
    expect(second.endsWith('-2.md')).toBe(true);
    expect([...second.replace(/\.md$/, '')].length).toBeLessThanOrEqual(80);
  });

  it('gives 1,000 identical titles 1,000 distinct names', () => {
    const nameFor = createFileNameAllocator();
    const names = Array.from({ length: 1000 }, (_, i) =>
      nameFor('Same title', `https://example.org/${i}`).toLowerCase(),
    );
    expect(new Set(names).size).toBe(1000);
  });
});

const base = {
  title: 'Rivers Rise',
  authors: ['Ada Lovelace'],
  siteName: 'The Daily Example',
  sourceUrl: 'https://news.example.org/rivers',
  publishedTime: null,
  capturedAt: '2026-11-29T08:15:00.000Z',
};

function template(source: string): FileNameTemplate {
  const parsed = parseFileNameTemplate(source);
  if (!parsed.ok) throw new Error(inEnglish(parsed.message));
  return parsed.template;
}

describe('createTemplateFileNameAllocator', () => {
  it('gives today’s names with the default template', () => {
    const fromTemplate = createTemplateFileNameAllocator(template(DEFAULT_FILE_NAME_TEMPLATE));
    const today = createFileNameAllocator();
    for (const title of ['Hello World', 'Index', '🚀', 'Hello world'])
      expect(fromTemplate({ ...base, title })).toBe(today(title, base.sourceUrl));
  });

  it('puts files in folders, each segment made safe by the slug rules', () => {
    const nameFor = createTemplateFileNameAllocator(template('{site}/{yyyy}/{mm}/{date} {title}'));
    expect(nameFor(base)).toBe('the-daily-example/2026/11/2026-11-29-rivers-rise.md');
  });

  it('never lets a value climb out of its folder or hide a path', () => {
    const nameFor = createTemplateFileNameAllocator(template('{site}/{title}'));
    const name = nameFor({ ...base, siteName: '../../..', title: '..\\..\\Windows/System32' });
    expect(name).toBe('unsorted/windows-system32.md');
    expect(name.split('/').every((segment) => segment !== '' && segment !== '..')).toBe(true);
  });

  it('names a folder whose value is empty instead of leaving it blank', () => {
    const nameFor = createTemplateFileNameAllocator(template('{author}/{title}'));
    expect(nameFor({ ...base, authors: [] })).toBe('unsorted/rivers-rise.md');
  });

  it('keeps the images folder and Windows device names out of reach', () => {
    const nameFor = createTemplateFileNameAllocator(template('{site}/{title}'));
    expect(nameFor({ ...base, siteName: 'Assets' })).toBe('assets-articles/rivers-rise.md');
    expect(nameFor({ ...base, siteName: 'CON' })).toBe('con-article/rivers-rise.md');
  });

  it('bounds each folder name', () => {
    const nameFor = createTemplateFileNameAllocator(template('{site}/{title}'));
    const [folder = ''] = nameFor({ ...base, siteName: 'word '.repeat(100) }).split('/');
    expect(folder.length).toBeLessThanOrEqual(MAX_FOLDER_CHARS);
    expect(folder.length).toBeGreaterThan(0);
  });

  it('numbers clashes within a folder as export does, and not across folders', () => {
    const nameFor = createTemplateFileNameAllocator(template('{site}/{title}'));
    expect(nameFor(base)).toBe('the-daily-example/rivers-rise.md');
    expect(nameFor({ ...base, title: 'RIVERS rise' })).toBe('the-daily-example/rivers-rise-2.md');
    expect(nameFor({ ...base, siteName: 'Other' })).toBe('other/rivers-rise.md');
    // `index` and `manifest` are the export's own files only at the top of the zip.
    expect(nameFor({ ...base, title: 'Index' })).toBe('the-daily-example/index.md');
  });

  it('names an article whose title has nothing readable after its address, inside its folder', () => {
    const nameFor = createTemplateFileNameAllocator(template('{yyyy}/{title}'));
    expect(nameFor({ ...base, title: '🚀' })).toBe('2026/news-example-org-rivers.md');
  });
});
