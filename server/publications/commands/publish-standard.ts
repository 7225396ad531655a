import { documentNameForStandard } from '../../../shared/collab/document-name';
import type { ProcessDocumentKind } from '../../../shared/api/publications';
import { addYearsToDate, publicationDatesProblem } from '../../../shared/domain/edition-numbering';
import { formatStandardNumber } from '../../../shared/domain/publication-status';
import { canMoveBetweenStages, isStage, stageNamesInChinese } from '../../../shared/domain/stages';
import { frozenVersionOf } from '../../commands/freeze-version';
import type { LiveDocumentGateway } from '../../commands/live-document-gateway';
import { moveStage } from '../../commands/move-stage';
import { recordInLedger } from '../../commands/record-in-ledger';
import { blockingGate, stageGateFacts } from '../../commands/stage-gates';
import type { Database } from '../../db/client';
import { markEditionPublished } from '../../db/repos/publications';
import type { StandardRecord } from '../../db/repos/standards';
import { assertProjectCover } from '../../documents/assert-project-cover';
import { DomainError } from '../../errors';
import type { LibreOfficeConverter } from '../../exports/pdf/libreoffice-converter';
import { collectVersionDocumentFacts } from '../../exports/standard-document/collect-standard-document-facts';
import { renderStandardDocx } from '../../exports/standard-document/render-standard-docx';
import { sha256Hex } from '../../ledger/sha256';
import { unpublishedEditionOf } from '../edition-facts';
import { publishedCoverAttributes, setCoverAttributes } from '../published-cover';

export interface PublishStandardProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  pdfConverter: LibreOfficeConverter;
  standard: StandardRecord;
  publishedBy: string;
  publishedOn: string | undefined;
  implementedOn: string | undefined;
  publishedProcessDocuments: readonly ProcessDocumentKind[] | undefined;
  note: string | undefined;
  now: Date;
  bodyTimeZone: string;
  periodicReviewIntervalYears: number;
}

const dateProblemMessages = {
  invalid_published_on: 'publishedOn: the publication date (发布日期) is needed, written YYYY-MM-DD.',
  invalid_implemented_on: 'implementedOn: the implementation date (实施日期) is needed, written YYYY-MM-DD.',
  implemented_before_published: 'implementedOn: the implementation date cannot come before the publication date.',
} as const;

/**
 * Publishes the numbered edition (批准 → 发布): freezes the version with the published cover, renders its .docx and
 * PDF from that frozen state, and only then, in one transaction, stores both files with their SHA-256, dates the
 * edition, moves the stage and appends `standard.published` to the record log. A failed rendering changes nothing.
 */
export async function publishStandard(props: PublishStandardProps): Promise<void> {
  const { database, liveDocuments, pdfConverter, standard, publishedBy, now, bodyTimeZone } = props;
  const from = isStage(standard.stage) ? standard.stage : 'drafting';
  if (!canMoveBetweenStages(from, 'published') || from !== 'approval') {
    throw new DomainError('stage_move_not_allowed', `A standard in ${stageNamesInChinese[from]} cannot move to ${stageNamesInChinese.published}: only a standard in ${stageNamesInChinese.approval} is published.`);
  }
  const gate = blockingGate(from, 'published', stageGateFacts(database, standard.id), now, bodyTimeZone);
  if (gate) throw new DomainError('stage_gate_blocked', `${gate.id}: ${gate.message.en} ${gate.message.zh}`);
  const publishedOn = props.publishedOn ?? '';
  const implementedOn = props.implementedOn ?? '';
  const problem = publicationDatesProblem(publishedOn, implementedOn);
  if (problem) throw new DomainError('invalid_request', dateProblemMessages[problem]);
  if (props.publishedProcessDocuments === undefined) {
    throw new DomainError('invalid_request', 'publishedProcessDocuments: say which process documents are published with the edition (an empty list publishes none).');
  }
  const edition = unpublishedEditionOf(database, standard.id);
  if (!edition) throw new DomainError('stage_gate_blocked', 'no_number_assigned: assign the number before publishing.');
  const number = formatStandardNumber(edition.bodyCode, edition.sequenceNumber, edition.year);
  const coverAttributes = publishedCoverAttributes(edition, publishedOn, implementedOn);

  const version = frozenVersionOf({
    database,
    standard,
    createdBy: publishedBy,
    name: `${number}（发布）`,
    reason: 'stage_move',
    now,
    adjust: (document) => {
      assertProjectCover(document, standard);
      setCoverAttributes(document, coverAttributes);
    },
  });
  const docx = await renderStandardDocx(collectVersionDocumentFacts({ database, version, timeZone: bodyTimeZone }));
  const pdf = await pdfConverter.convertDocxToPdf(docx);
  const docxSha256 = sha256Hex(docx);
  const pdfSha256 = sha256Hex(pdf);
  const reviewDueOn = addYearsToDate(publishedOn, props.periodicReviewIntervalYears);
  const publishedProcessDocuments = [...new Set(props.publishedProcessDocuments)];

  await moveStage({
    database,
    liveDocuments,
    standard,
    movedBy: publishedBy,
    to: 'published',
    note: props.note,
    now,
    bodyTimeZone,
    preparedVersion: version,
    alsoWrite: (transaction) => {
      markEditionPublished(transaction, edition.id, {
        versionId: version.id,
        publishedOn,
        implementedOn,
        publishedBy,
        publishedAt: now,
        docx: Buffer.from(docx),
        docxSha256,
        pdf: Buffer.from(pdf),
        pdfSha256,
        publishedProcessDocuments,
        reviewDueOn,
      });
      recordInLedger(
        transaction,
        publishedBy,
        {
          kind: 'standard.published',
          standardId: standard.id,
          subjectId: edition.id,
          payload: { number, publicationId: edition.id, versionId: version.id, publishedOn, implementedOn, reviewDueOn, docxSha256, pdfSha256, replacesPublicationId: edition.replacesPublicationId, publishedProcessDocuments },
        },
        now,
      );
    },
  });
  await liveDocuments.transact(documentNameForStandard(standard.id), (document) => setCoverAttributes(document, coverAttributes));
}
