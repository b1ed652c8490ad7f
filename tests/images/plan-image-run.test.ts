import { describe, expect, it } from 'vitest';
import { planImageRun, MAX_IMAGE_RUN_ATTEMPTS } from '../../lib/images/plan-image-run';

const AT = '2026-11-29T10:00:00.000Z';

describe('planImageRun', () => {
  it('fetches on a first run, and again after each stop up to the limit, then gives up', () => {
    expect(planImageRun(undefined, AT)).toEqual({ kind: 'fetch', attempts: 1 });
    expect(planImageRun({ articleId: 1, capturedAt: AT, attempts: 1 }, AT)).toEqual({
      kind: 'fetch',
      attempts: 2,
    });
    expect(planImageRun({ articleId: 1, capturedAt: AT, attempts: MAX_IMAGE_RUN_ATTEMPTS }, AT)).toEqual({
      kind: 'give-up',
    });
  });

  it('starts counting again for a copy captured since the stopped run', () => {
    const stopped = {
      articleId: 1,
      capturedAt: '2026-11-28T10:00:00.000Z',
      attempts: MAX_IMAGE_RUN_ATTEMPTS,
    };
    expect(planImageRun(stopped, AT)).toEqual({ kind: 'fetch', attempts: 1 });
  });
});
