import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../bench/generate-articles';
import { seedArticles } from '../bench/seed-store';
import { launchExtension, type ExtensionSession } from '../harness/launch-extension';
import { openPopupInTab } from './e2e-helpers';

// More articles than the popup lists: its first paint carries a screenful of rows and the rest
// follow, so this checks that the whole list of the newest 50 still arrives, in order.
const corpus = generateArticles(60, 7).articles;
const newestFirst = [...corpus].sort(
  (a, b) => b.capturedAt.localeCompare(a.capturedAt) || (b.id ?? 0) - (a.id ?? 0),
);
let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  const library = await session.openExtensionPage('library.html');
  await library.locator('.empty').waitFor();
  await seedArticles(library, corpus);
  await library.close();
});

afterAll(async () => {
  await session?.close();
});

describe('popup with a long library', () => {
  it('lists the newest 50 of 60, newest first, every row there, and says how many are stored', async () => {
    const popup = await openPopupInTab(session);
    const rows = popup.getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(50);
    const titles = await popup.locator('.row__title').allTextContents();
    expect(titles).toEqual(newestFirst.slice(0, 50).map((a) => a.title));
    await popup.getByText('Newest 50 of 60').waitFor();
    await popup.getByLabel('Select all').check();
    await popup.getByText(/50 selected/).waitFor();
    expect(await popup.locator('.row__check:checked').count()).toBe(50);
    await popup.close();
  });
});
