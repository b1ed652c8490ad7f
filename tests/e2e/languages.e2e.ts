import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { generateArticles } from '../bench/generate-articles';
import { seedArticles } from '../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';

// The browser's language decides ours: Chromium started in Arabic or Polish, as such a user runs it.
let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const shots = resolve('test-output/screenshots');
mkdirSync(shots, { recursive: true });

/** The library of a browser started in `lang`, holding `count` generated articles. */
async function seededLibrary(lang: string, count: number): Promise<Page> {
  session = await launchExtension({ lang });
  const library = await session.openExtensionPage('library.html', { width: 1100, height: 800 });
  await library.locator('.empty').waitFor();
  await seedArticles(library, generateArticles(count, 3).articles);
  await library.reload();
  await library.locator('.row').first().waitFor();
  return library;
}

const pageLanguage = (page: Page) =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title]);

async function seededPopup(lang: string, count: number) {
  session = await launchExtension({ lang });
  const library = await session.openExtensionPage('library.html');
  await library.locator('.empty').waitFor();
  await seedArticles(library, generateArticles(count, 3).articles);
  await library.close();
  const popup = await session.openExtensionPage('popup.html', { width: 380, height: 500 });
  await popup.locator('.row').first().waitFor();
  return popup;
}

describe('languages', () => {
  it('lays the popup out right to left in Arabic, in Arabic words', async () => {
    const popup = await seededPopup('ar', 2);
    const root = await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    expect(root).toEqual(['ar', 'rtl']);
    expect(await popup.getByRole('list', { name: 'المقالات المحفوظة' }).isVisible()).toBe(true);
    // Right to left: the name starts at the right edge and the library link sits to its left.
    const name = await popup.locator('.header__name').boundingBox();
    const link = await popup.getByRole('link', { name: 'افتح المكتبة' }).boundingBox();
    expect(name && link && link.x + link.width <= name.x).toBe(true);
  });

  it('gives each Polish count the form Polish grammar wants for it', async () => {
    const popup = await seededPopup('pl', 3);
    // The count arrives after the rows: it is read from the store apart from them.
    await expect.poll(() => popup.locator('.header__count').textContent()).toBe('Zapisane: 3');
    const lengths = await popup.locator('.row__meta span:last-child').allTextContents();
    expect(lengths).toHaveLength(3);
    const rules = new Intl.PluralRules('pl');
    const forms: Record<string, string> = { one: 'słowo', few: 'słowa', many: 'słów', other: 'słowa' };
    for (const length of lengths) {
      const [, digits = '', word] = /^([\d\s\u00a0.,]+) (\S+)$/.exec(length) ?? [];
      const n = Number(digits.replace(/\D/g, ''));
      expect(word, length).toBe(forms[rules.select(n)]);
    }
  });

  it('shows the library in Polish: counts in their Polish forms, and a notice after deleting', async () => {
    const library = await seededLibrary('pl', 3);
    expect(await pageLanguage(library)).toEqual(['pl', 'ltr', 'Biblioteka – Clean Capture']);
    await expect.poll(() => library.locator('.selection-bar .count').textContent()).toBe('3 artykuły');
    // Dates the Polish way: day, a Polish month abbreviation, year.
    const dates = await library.locator('.row time').allTextContents();
    expect(dates).toHaveLength(3);
    for (const date of dates)
      expect(date).toMatch(/^\d{1,2} (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru) \d{4}$/);
    await library.getByRole('button', { name: 'Zaznacz wszystkie' }).click();
    await expect
      .poll(() => library.locator('.selection-bar .count').textContent())
      .toBe('3 artykuły · Zaznaczone: 3');
    await library.getByRole('button', { name: 'Usuń zaznaczone' }).click();
    await expect.poll(() => library.locator('.notice span').textContent()).toBe('Usunięto 3 artykuły.');
    await library.locator('.notice').getByRole('button', { name: 'Cofnij' }).waitFor();
    await expect.poll(() => library.locator('.empty').textContent()).toMatch(/^Nic jeszcze nie zapisano\./);
  });

  it('lays the library and the reading view out right to left in Arabic', async () => {
    const library = await seededLibrary('ar', 5);
    expect(await pageLanguage(library)).toEqual(['ar', 'rtl', 'المكتبة – Clean Capture']);
    // Five takes the Arabic "few" form: the number, then the plural noun.
    await expect.poll(() => library.locator('.selection-bar .count').textContent()).toBe('5 مقالات');
    await library.getByRole('button', { name: 'تحديد الكل' }).waitFor();
    // Right to left: each row's checkbox is at its right edge, the title to its left.
    const row = library.locator('.row').first();
    const box = await row.locator('input[type=checkbox]').boundingBox();
    const title = await row.locator('.row-title').boundingBox();
    expect(box && title && title.x + title.width <= box.x).toBe(true);
    // The search field's start (where the text begins) is on the right too.
    const align = await library.locator('.search').evaluate((el) => getComputedStyle(el).direction);
    expect(align).toBe('rtl');
    // Dates in the UI's locale: no English month names in an Arabic browser.
    const date = await row.locator('time').textContent();
    expect(date).toMatch(/2\d{3}|[٠-٩]{4}/);
    expect(date).not.toMatch(/[A-Za-z]/);
    await library.screenshot({ path: join(shots, 'library-arabic.png') });

    await row.locator('.row-title').click();
    const back = library.getByRole('button', { name: '→ المكتبة' });
    await back.waitFor();
    expect(await library.title()).not.toBe('المكتبة – Clean Capture');
    await expect.poll(() => library.locator('.byline').textContent()).toMatch(/قراءة في/);
    // The article is English, laid out left to right; our own controls still read right to left,
    // so Back sits on the reader's right side.
    expect(await library.locator('.reader-body').evaluate((el) => getComputedStyle(el).direction)).toBe(
      'ltr',
    );
    const reader = await library.locator('.reader').boundingBox();
    const button = await back.boundingBox();
    expect(reader && button && button.x > reader.x + reader.width / 2).toBe(true);
    await library.screenshot({ path: join(shots, 'reading-view-arabic.png') });
    await back.click();
    await expect.poll(() => library.title()).toBe('المكتبة – Clean Capture');
  });

  it.each([
    ['pl', 'ltr', 'Clean Capture: ustawienia', 'Ustawienia Clean Capture', 'Szablon nazwy pliku'],
    ['ar', 'rtl', 'Clean Capture: الإعدادات', 'إعدادات Clean Capture', 'قالب اسم الملف'],
  ])('shows the options page in %s', async (lang, dir, title, heading, label) => {
    session = await launchExtension({ lang });
    const options = await session.openExtensionPage('options.html', { width: 900, height: 700 });
    await options.getByRole('heading', { name: heading }).waitFor();
    expect(await pageLanguage(options)).toEqual([lang, dir, title]);
    expect(await options.getByLabel(label).inputValue()).not.toBe('');
    await options.screenshot({ path: join(shots, `options-${lang}.png`) });
  });
});
