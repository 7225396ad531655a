/**
 * Search text as people type it and as it is stored: full-width forms, case and spaces do not matter, so
 * "ｔ/abc 12", "T/ABC12" and "abc 12" all find T/ABC 12. Pure, used by the server and by tests.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Whether every word of the query occurs in at least one of the fields. */
export function matchesQuery(query: string, fields: ReadonlyArray<string | null | undefined>): boolean {
  const words = query.normalize('NFKC').toLowerCase().split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return true;
  const folded = fields.filter((field): field is string => typeof field === 'string' && field !== '').map(foldForSearch);
  const joined = folded.join('\u0000');
  const phrase = foldForSearch(query);
  if (folded.some((field) => field.includes(phrase))) return true;
  return words.every((word) => joined.includes(word));
}

/** The query parameter every search takes: trimmed, at most 100 characters. */
export const maximumSearchQueryLength = 100;
