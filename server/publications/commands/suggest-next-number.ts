import type { NextNumberResponse } from '../../../shared/api/publications';
import { nextFreeSequenceNumber } from '../../../shared/domain/edition-numbering';
import { formatStandardNumber } from '../../../shared/domain/publication-status';
import { bodyDateKey } from '../../../shared/time/body-time';
import type { Database } from '../../db/client';
import { listSequenceNumbersOfBody } from '../../db/repos/publications';
import type { StandardRecord } from '../../db/repos/standards';
import { DomainError } from '../../errors';
import { latestPublishedEditionOf, unpublishedEditionOf } from '../edition-facts';

/**
 * The number to offer in 批准: the one already assigned; for a revision its own sequence number with this year (or
 * the year after its last edition); otherwise the body's next free sequence number with this year.
 */
export function suggestNextNumber(database: Database, standard: StandardRecord, now: Date, bodyTimeZone: string): NextNumberResponse {
  const bodyCode = standard.bodyCode;
  if (!bodyCode) throw new DomainError('body_code_missing', 'This standard has no body code (团体代号), so it cannot be numbered; the body code is set when the standard is created.');
  const thisYear = Number(bodyDateKey(now, bodyTimeZone).slice(0, 4));
  const latestPublished = latestPublishedEditionOf(database, standard.id);
  const replaces = latestPublished ? { id: latestPublished.id, number: formatStandardNumber(latestPublished.bodyCode, latestPublished.sequenceNumber, latestPublished.year) } : null;
  const assigned = unpublishedEditionOf(database, standard.id);
  const suggestion = assigned
    ? { sequenceNumber: assigned.sequenceNumber, year: assigned.year }
    : latestPublished
      ? { sequenceNumber: latestPublished.sequenceNumber, year: Math.max(thisYear, latestPublished.year + 1) }
      : { sequenceNumber: nextFreeSequenceNumber(listSequenceNumbersOfBody(database, bodyCode).map((held) => held.sequenceNumber)), year: thisYear };
  return { bodyCode, ...suggestion, number: formatStandardNumber(bodyCode, suggestion.sequenceNumber, suggestion.year), revision: latestPublished !== undefined, replaces };
}
