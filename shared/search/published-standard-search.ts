import { foldForSearch, matchesQuery } from './text-query';

/** What the catalogue searches in one published edition. */
export interface SearchableEdition {
  number: string;
  titleChinese: string;
  titleEnglish: string;
  icsCode: string;
}

const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63-]/g;

/**
 * A standard number as people type it: "T/CWA 012—2026", "cwa 012-2026", "CWA012–2026" and "012-2026" all fold to a
 * part of "t/cwa012-2026" (any dash, no spaces, any case, full-width forms).
 */
export function foldStandardNumber(text: string): string {
  return foldForSearch(text).replace(dashes, '-');
}

/** Whether the edition's number, one of its titles or its ICS code matches the query; an empty query matches all. */
export function editionMatchesQuery(edition: SearchableEdition, query: string): boolean {
  const trimmed = query.trim();
  if (trimmed === '') return true;
  const number = foldStandardNumber(edition.number);
  const wanted = foldStandardNumber(trimmed);
  if (number.includes(wanted) || number.replace(/^t\//, '').includes(wanted.replace(/^t\//, ''))) return true;
  return matchesQuery(trimmed, [edition.titleChinese, edition.titleEnglish, edition.icsCode]);
}
