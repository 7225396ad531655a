import { defaultCatalogueLimit, type CatalogueQuery, type PublicCatalogueResponse } from '../../shared/api/public-standards';
import type { PublicationStatus } from '../../shared/domain/publication-status';
import { editionMatchesQuery } from '../../shared/search/published-standard-search';
import type { Database } from '../db/client';
import { listPublicEditions } from '../db/repos/public-standards';
import { presentEditionSummary } from './present-public-standard';
import { publishedEditionOf, type PublishedEdition } from './published-edition';

const statusOrder: Record<PublicationStatus, number> = { current: 0, replaced: 1, withdrawn: 2 };

/** Every public edition (of one body when given): current ones first, then replaced and withdrawn, newest first within each. */
export function listCatalogueEditions(database: Database, bodyCode: string | undefined): PublishedEdition[] {
  const editions = listPublicEditions(database, bodyCode)
    .map((row) => publishedEditionOf(database, row))
    .filter((edition): edition is PublishedEdition => edition !== null);
  // Array.prototype.sort is stable, so the newest-first order of the rows stays within each status.
  return editions.sort((left, right) => statusOrder[left.status] - statusOrder[right.status]);
}

/** One page of the catalogue for a query on the number, the Chinese or English title or the ICS code. */
export function searchCatalogue(database: Database, query: CatalogueQuery): PublicCatalogueResponse {
  const text = query.query ?? '';
  const limit = query.limit ?? defaultCatalogueLimit;
  const offset = query.offset ?? 0;
  const matching = listCatalogueEditions(database, query.bodyCode).filter((edition) =>
    editionMatchesQuery({ number: edition.number, titleChinese: edition.text.titleChinese, titleEnglish: edition.text.titleEnglish, icsCode: edition.text.cover.icsCode }, text),
  );
  return {
    query: text,
    bodyCode: query.bodyCode ?? null,
    total: matching.length,
    limit,
    offset,
    editions: matching.slice(offset, offset + limit).map(presentEditionSummary),
  };
}
