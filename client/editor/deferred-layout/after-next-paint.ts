/** Longest wait for an idle moment before the work runs anyway. */
const idleTimeoutMilliseconds = 1_000;

/**
 * Runs `work` after the browser has painted the next frame, once nothing more urgent (input, network messages)
 * is waiting, or after a second at the latest. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: idleTimeoutMilliseconds });
    else timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
