import { describe, expect, it } from 'vitest';
import { createFileNameAllocator } from '../../lib/export/create-file-name-allocator';

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
