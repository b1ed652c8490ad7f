import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { choosePick } from '../../lib/capture/choose-pick.ts';
import type { ArticlePick } from '../../lib/capture/pick-article.ts';

const POST =
  'The bridge reopened on Monday after two years of repairs, and the first buses crossed at dawn. '.repeat(8);
const ABOUT = 'We are a small team of volunteers who write about the town.';

function pick(html: string | null, pageProse = POST.length, removedProse = 0): ArticlePick {
  const root =
    html === null
      ? null
      : parseHTML(`<html><body><div>${html}</div></body></html>`).document.body.firstElementChild;
  return { root, title: null, byline: null, removal: { pageProse, removedProse }, certain: false };
}

describe('choosePick', () => {
  it('keeps our pick without working out another when nothing is in doubt', () => {
    let asked = false;
    const ours = pick(`<p>${POST}</p>`);
    expect(choosePick(ours, () => ((asked = true), pick(`<p>${POST}</p>`)))).toBe(ours);
    expect(asked).toBe(false);
  });

  it("takes plain Readability's pick when the pre-pass left nothing", () => {
    const plain = pick(`<p>${POST}</p>`);
    expect(choosePick(pick(null, POST.length, POST.length), () => plain)).toBe(plain);
    expect(choosePick(pick('<p> </p>', POST.length, POST.length), () => plain)).toBe(plain);
  });

  it("takes plain Readability's pick when ours is a different, much smaller block", () => {
    const plain = pick(`<p>${POST}</p>`);
    expect(choosePick(pick(`<p>${ABOUT}</p>`), () => plain)).toBe(plain);
  });

  it('keeps ours when it is the article with the clutter around it trimmed', () => {
    const ours = pick(`<p>${POST.slice(0, 200)}</p>`, POST.length * 3, POST.length);
    const plain = pick(`<p>${POST}</p><p>${ABOUT}</p>`);
    expect(choosePick(ours, () => plain)).toBe(ours);
  });

  it("takes plain Readability's pick when ours holds the same text buried in menus", () => {
    const menu = Array.from({ length: 40 }, (_, i) => `<a href="/s${i}">Section number ${i}</a>`).join(' ');
    const plain = pick(`<p>${POST}</p>`);
    expect(choosePick(pick(`<div>${menu}</div><p>${POST}</p>`), () => plain)).toBe(plain);
  });

  it('finds the lead in our pick whether or not its punctuation and case match the lead', () => {
    let asked = false;
    const ours = pick(`<p>${POST}</p>`);
    const plain = () => ((asked = true), pick(`<p>${ABOUT}</p>`));
    // Word for word in the text, and only once punctuation is set aside ("repairs, and").
    for (const lead of ['the bridge reopened on monday', 'of repairs and the first buses crossed']) {
      expect(choosePick(ours, plain, () => [lead])).toBe(ours);
    }
    expect(asked).toBe(false);
  });

  it("takes plain Readability's pick when it holds the paragraph after the headline and ours does not", () => {
    const plain = pick(`<p>${POST}</p>`);
    const ours = pick(
      `<p>${ABOUT} ${ABOUT} ${ABOUT} ${ABOUT} ${ABOUT} ${ABOUT} ${ABOUT} ${ABOUT}</p>`,
      ABOUT.length * 8,
    );
    const lead = 'the bridge reopened on monday after two years';
    expect(choosePick(ours, () => plain)).toBe(ours);
    expect(
      choosePick(
        ours,
        () => plain,
        () => [lead],
      ),
    ).toBe(plain);
  });
});
