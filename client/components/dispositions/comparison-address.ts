/** The comparison page of two frozen versions, where the change behind a disposition can be read. */
export function comparisonAddress(standardId: string, fromVersionId: string, toVersionId: string): string {
  const query = new URLSearchParams({ from: fromVersionId, to: toVersionId });
  return `/standards/${encodeURIComponent(standardId)}/compare?${query.toString()}`;
}
