/**
 * Resolves once the frame after this call has been painted: a frame callback runs just before the
 * browser paints, and a task queued from it runs after. A page that gets no frames (hidden, or
 * opened in a background tab) resolves after `fallbackMs` instead, so work put off until the
 * first paint is never put off for good.
 */
export function afterNextPaint(
  frame: (done: () => void) => unknown = (done) => requestAnimationFrame(done),
  setTimer: (done: () => void, ms: number) => unknown = setTimeout,
  fallbackMs = 100,
): Promise<void> {
  return new Promise((resolve) => {
    frame(() => setTimer(resolve, 0));
    setTimer(resolve, fallbackMs);
  });
}
