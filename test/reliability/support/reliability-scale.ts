/**
 * Sizes of the reliability suites. `npm test` runs the quick sizes so the whole run stays short on a 2-core
 * machine; `npm run test:soak` (RELIABILITY_SCALE=full) runs the large ones.
 */
export const isFullScale = process.env.RELIABILITY_SCALE === 'full';

export function scaled(quick: number, full: number): number {
  return isFullScale ? full : quick;
}
