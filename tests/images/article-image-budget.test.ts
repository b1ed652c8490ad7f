import { describe, expect, it } from 'vitest';
import { createArticleImageBudget } from '../../lib/images/article-image-budget';
import { IMAGE_LIMITS } from '../../lib/images/image-limits';

describe('createArticleImageBudget', () => {
  it('stops at the cap in images; what does not fit takes nothing', () => {
    const budget = createArticleImageBudget({ ...IMAGE_LIMITS, maxImagesPerArticle: 2 });
    expect([budget.take(10), budget.take(10), budget.take(10)]).toEqual([
      null,
      null,
      { reason: 'article-full' },
    ]);
  });

  it('stops at the cap in bytes, and a smaller image still fits after a refused one', () => {
    const budget = createArticleImageBudget({ ...IMAGE_LIMITS, maxArticleBytes: 100 });
    expect(budget.take(60)).toBeNull();
    expect(budget.take(50)).toEqual({ reason: 'article-full' });
    expect(budget.take(40)).toBeNull();
    expect(budget.take(1)).toEqual({ reason: 'article-full' });
  });

  it('holds the 200 images and 50 MiB every capture is allowed', () => {
    const budget = createArticleImageBudget(IMAGE_LIMITS);
    const results = Array.from({ length: 201 }, () => budget.take(200 * 1024));
    expect(results.filter((r) => r === null)).toHaveLength(200);
    const big = createArticleImageBudget(IMAGE_LIMITS);
    expect(
      Array.from({ length: 11 }, () => big.take(5 * 1024 * 1024)).filter((r) => r === null),
    ).toHaveLength(10);
  });
});
