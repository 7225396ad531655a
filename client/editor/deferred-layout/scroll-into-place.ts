/** About half a second at 60 frames a second: enough for the sections around the target to be drawn. */
const maximumFrames = 30;
/** Frames in a row the target must keep its place before it counts as settled. */
const settledFrames = 2;
const interruptions = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

let stopPrevious: (() => void) | null = null;

function align(element: Element, block: ScrollLogicalPosition): number {
  element.scrollIntoView({ block, inline: 'nearest', behavior: 'instant' });
  return element.getBoundingClientRect().top;
}

/**
 * Scrolls an element of the document into the window and keeps it there until the page settles.
 *
 * Sections far from the window stand at an estimated height until they are drawn (see deferred-sections.ts), so
 * a smooth scroll, aimed once at its start, misses a far target by many pages as the sections it passes get their
 * real heights. The element is therefore shown at once, then checked on the next frames, while the sections around
 * it are drawn, and aligned again until it stays still; scrolling, a key or a click stops the checks.
 * A centred element taller than the window is aligned at its start instead, so its beginning is what shows.
 */
export function scrollIntoPlace(element: Element, block: 'start' | 'center'): void {
  stopPrevious?.();
  const alignment = block === 'center' && element.getBoundingClientRect().height > window.innerHeight ? 'start' : block;
  let expectedTop = align(element, alignment);
  let frames = 0;
  let stillFrames = 0;
  let pendingFrame = 0;

  const stop = (): void => {
    cancelAnimationFrame(pendingFrame);
    for (const type of interruptions) window.removeEventListener(type, stop, true);
    if (stopPrevious === stop) stopPrevious = null;
  };
  const check = (): void => {
    frames += 1;
    if (!element.isConnected) return stop();
    if (Math.abs(element.getBoundingClientRect().top - expectedTop) < 1) stillFrames += 1;
    else {
      stillFrames = 0;
      expectedTop = align(element, alignment);
    }
    if (stillFrames >= settledFrames || frames >= maximumFrames) return stop();
    pendingFrame = requestAnimationFrame(check);
  };

  for (const type of interruptions) window.addEventListener(type, stop, { capture: true, passive: true });
  stopPrevious = stop;
  pendingFrame = requestAnimationFrame(check);
}
