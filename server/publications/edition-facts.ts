import { publicationStatusOf } from '../../shared/domain/publication-status';
import type { Database } from '../db/client';
import { listPublicationsOfStandard, type PublicationRecord } from '../db/repos/publications';

/** The edition whose number was assigned in 批准 and which is not published yet. */
export function unpublishedEditionOf(database: Database, standardId: string): PublicationRecord | undefined {
  return listPublicationsOfStandard(database, standardId).find((edition) => edition.publishedAt === null);
}

/** The newest published edition of the standard, whatever its status. */
export function latestPublishedEditionOf(database: Database, standardId: string): PublicationRecord | undefined {
  return listPublicationsOfStandard(database, standardId).find((edition) => edition.publishedAt !== null);
}

/** The edition in force (现行), if the standard has one. */
export function currentEditionOf(database: Database, standardId: string): PublicationRecord | undefined {
  const editions = listPublicationsOfStandard(database, standardId);
  return editions.find((edition) => publicationStatusOf(edition, editions) === 'current');
}
