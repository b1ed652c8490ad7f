import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocale, shippedLanguages, type LocaleEntry } from '../harness/locale-messages';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

const placeholders = (entry: LocaleEntry) =>
  [...new Set(('text' in entry ? entry.text : Object.values(entry.forms).join(' ')).match(/\$\d/g))].sort();

const english = new Map(readLocale('en').map((entry) => [entry.key, entry]));

describe('locale files', () => {
  it('ship English and translations with other plural rules and a right-to-left one', () => {
    expect(shippedLanguages()).toEqual(['ar', 'de', 'en', 'pl']);
  });

  describe.each(shippedLanguages())('%s', (lang) => {
    const entries = new Map(readLocale(lang).map((entry) => [entry.key, entry]));
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

    it('has every English key and no other', () => {
      expect([...entries.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('names its own language, whose plural rules apply to it, and its writing direction', () => {
      expect(entries.get('language')).toEqual({ key: 'language', text: lang });
      const direction = lang === 'ar' ? 'rtl' : 'ltr';
      expect(entries.get('direction')).toEqual({ key: 'direction', text: direction });
    });

    it("gives each counted message exactly its language's plural categories", () => {
      for (const entry of entries.values()) {
        const shape = 'forms' in entry ? Object.keys(entry.forms).sort() : 'text';
        const wanted = 'forms' in (english.get(entry.key) ?? {}) ? [...categories].sort() : 'text';
        expect(shape, entry.key).toEqual(wanted);
      }
    });

    it('has no text Chrome reads as a named placeholder, which stops the extension loading', () => {
      // "$2$3" is "$2$" then "3" to Chrome: "Variable $2$ used but not defined", and no extension.
      for (const entry of entries.values()) {
        const texts = 'text' in entry ? [entry.text] : Object.values(entry.forms);
        for (const text of texts) expect(text, entry.key).not.toMatch(/\$\w+\$/);
      }
    });

    it('fills the same placeholders as English', () => {
      for (const entry of entries.values()) {
        const source = english.get(entry.key);
        if (source) expect(placeholders(entry), entry.key).toEqual(placeholders(source));
      }
    });
  });

  it('has no message that the code never asks for', () => {
    const code = [...['lib', 'components', 'entrypoints', 'cli'].flatMap(sourceFiles), 'wxt.config.ts']
      .map((path) => readFileSync(join(ROOT, path), 'utf8'))
      .join('\n');
    const used = (key: string) =>
      code.includes(`'${key}'`) || code.includes(`__MSG_${key.replaceAll('.', '_')}__`);
    expect([...english.keys()].filter((key) => !used(key))).toEqual([]);
  });
});
