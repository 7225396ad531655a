import { formatStandardNumber } from '../domain/standard-number';
import { matchesQuery } from './text-query';

export interface SearchableStandard {
  title: string;
  titleEn: string | null;
  bodyCode: string | null;
  sequenceNumber: string | null;
}

/** A standard matches by its title, its English title or its number (T/ABC 12, ABC 12, ABC12 or 12). */
export function standardMatchesQuery(standard: SearchableStandard, query: string): boolean {
  return matchesQuery(query, [standard.title, standard.titleEn, formatStandardNumber(standard.bodyCode, standard.sequenceNumber), standard.bodyCode, standard.sequenceNumber]);
}
