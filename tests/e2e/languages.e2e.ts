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
});
