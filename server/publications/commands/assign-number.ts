import { documentNameForStandard } from '../../../shared/collab/document-name';
import { sameSequenceNumber } from '../../../shared/domain/edition-numbering';
import { formatStandardNumber } from '../../../shared/domain/publication-status';
import { stageNamesInChinese } from '../../../shared/domain/stages';
import { generateRandomIdentifier } from '../../auth/session-token';
import { recordInLedger } from '../../commands/record-in-ledger';
import type { LiveDocumentGateway } from '../../commands/live-document-gateway';
import type { Database } from '../../db/client';
import {
  insertPublication,
  insertSequenceNumber,
  listPublicationsOfStandard,
  listSequenceNumbersOfBody,
  releaseSequenceNumber,
  renumberUnpublishedEdition,
  setStandardSequenceNumber,
  type PublicationRecord,
} from '../../db/repos/publications';
import { findStandardById, type StandardRecord } from '../../db/repos/standards';
import { writeTransaction } from '../../db/transactions';
import { assertProjectCover } from '../../documents/assert-project-cover';
import { DomainError } from '../../errors';
import { setCoverAttributes } from '../published-cover';

export interface AssignNumberProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  standard: StandardRecord;
  assignedBy: string;
  sequenceNumber: string;
  year: number;
  now: Date;
}

function refuseTakenNumber(bodyCode: string, sequenceNumber: string, year: number, reason: string): never {
  throw new DomainError('number_taken', `${formatStandardNumber(bodyCode, sequenceNumber, year)} cannot be assigned: ${reason}`);
}

/** The edition the number goes to: the unpublished one, renumbered, or a new one that replaces the latest published edition. */
function numberEdition(transaction: Database, props: AssignNumberProps, bodyCode: string): PublicationRecord {
  const { standard, sequenceNumber, year, assignedBy, now } = props;
  const editions = listPublicationsOfStandard(transaction, standard.id);
  const latestPublished = editions.find((edition) => edition.publishedAt !== null);
  if (latestPublished) {
    const previous = formatStandardNumber(latestPublished.bodyCode, latestPublished.sequenceNumber, latestPublished.year);
    if (!sameSequenceNumber(latestPublished.sequenceNumber, sequenceNumber)) {
      throw new DomainError('edition_number_invalid', `A revision keeps the sequence number of ${previous}: use ${latestPublished.sequenceNumber} with a later year.`);
    }
    if (year <= latestPublished.year) throw new DomainError('edition_number_invalid', `A revision of ${previous} needs a year after ${latestPublished.year}.`);
  }
  const holder = listSequenceNumbersOfBody(transaction, bodyCode).find((held) => sameSequenceNumber(held.sequenceNumber, sequenceNumber));
  if (holder && holder.standardId !== standard.id) {
    refuseTakenNumber(bodyCode, sequenceNumber, year, `another standard of ${bodyCode} holds sequence number ${holder.sequenceNumber}, and a number is never reused.`);
  }
  const writtenSequence = holder?.sequenceNumber ?? latestPublished?.sequenceNumber ?? sequenceNumber;
  const unpublished = editions.find((edition) => edition.publishedAt === null);
  if (!holder) insertSequenceNumber(transaction, { bodyCode, sequenceNumber: writtenSequence, standardId: standard.id, firstAssignedAt: now });
  if (unpublished) {
    const keptElsewhere = editions.some((edition) => edition.id !== unpublished.id && sameSequenceNumber(edition.sequenceNumber, unpublished.sequenceNumber));
    if (!keptElsewhere && !sameSequenceNumber(unpublished.sequenceNumber, writtenSequence)) releaseSequenceNumber(transaction, bodyCode, unpublished.sequenceNumber, standard.id);
    renumberUnpublishedEdition(transaction, unpublished.id, { sequenceNumber: writtenSequence, year, assignedBy, assignedAt: now });
    return { ...unpublished, sequenceNumber: writtenSequence, year, assignedBy, assignedAt: now };
  }
  const edition: PublicationRecord = {
    id: generateRandomIdentifier(10),
    standardId: standard.id,
    bodyCode,
    sequenceNumber: writtenSequence,
    year,
    replacesPublicationId: latestPublished?.id ?? null,
    assignedBy,
    assignedAt: now,
    versionId: null,
    publishedOn: null,
    implementedOn: null,
    publishedBy: null,
    publishedAt: null,
    docx: null,
    docxSha256: null,
    pdf: null,
    pdfSha256: null,
    publishedProcessDocuments: [],
    reviewDueOn: null,
    withdrawnOn: null,
    withdrawnAt: null,
  };
  insertPublication(transaction, edition);
  return edition;
}

/**
 * Assigns the standard's number in 批准 (编号): checks that no other standard of the body holds the sequence number
 * (a number is never reused) and that the exact number is free, keeps a revision on its own sequence number with a
 * later year, records it, and prints it on the live cover. Authorization (secretariat) is the caller's job.
 */
export async function assignNumber(props: AssignNumberProps): Promise<PublicationRecord> {
  const { database, liveDocuments, standard, assignedBy, year, now } = props;
  if (standard.stage !== 'approval') {
    throw new DomainError('wrong_stage', `The number is assigned in 批准; this standard is in ${stageNamesInChinese[standard.stage as keyof typeof stageNamesInChinese] ?? standard.stage}.`);
  }
  const bodyCode = standard.bodyCode;
  if (!bodyCode) throw new DomainError('body_code_missing', 'This standard has no body code (团体代号), so it cannot be numbered; the body code is set when the standard is created.');
  const edition = writeTransaction(database, (transaction) => {
    const numbered = numberEdition(transaction, props, bodyCode);
    setStandardSequenceNumber(transaction, standard.id, numbered.sequenceNumber);
    const replaces = numbered.replacesPublicationId === null ? null : listPublicationsOfStandard(transaction, standard.id).find((candidate) => candidate.id === numbered.replacesPublicationId);
    recordInLedger(
      transaction,
      assignedBy,
      {
        kind: 'standard.number_assigned',
        standardId: standard.id,
        subjectId: numbered.id,
        payload: {
          number: formatStandardNumber(bodyCode, numbered.sequenceNumber, year),
          bodyCode,
          sequenceNumber: numbered.sequenceNumber,
          year,
          replaces: replaces ? formatStandardNumber(replaces.bodyCode, replaces.sequenceNumber, replaces.year) : null,
        },
      },
      now,
    );
    return numbered;
  });
  const numberedStandard = findStandardById(database, standard.id) ?? standard;
  await liveDocuments.transact(documentNameForStandard(standard.id), (document) => {
    assertProjectCover(document, numberedStandard);
    setCoverAttributes(document, { year: String(edition.year) });
  });
  return edition;
}
