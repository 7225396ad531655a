/** Formats a group-standard number such as `T/CAS 290—2017`; the year is left out until it is known. */
export function formatStandardNumber(bodyCode: string | null, sequenceNumber: string | null, year?: number): string | null {
  if (!bodyCode || !sequenceNumber) return null;
  const base = `T/${bodyCode} ${sequenceNumber}`;
  return year === undefined ? base : `${base}—${year}`;
}
