import type { SubmitFeedbackRequest } from '../../../shared/api/feedback';
import { commentableKinds, referenceOfElement } from '../../../shared/document/element-references';
import { numberDocument } from '../../../shared/document/numbering';
import { generateRandomIdentifier } from '../../auth/session-token';
import { recordInLedger } from '../../commands/record-in-ledger';
import type { Database } from '../../db/client';
import { insertFeedback, type FeedbackRecord } from '../../db/repos/implementation-feedback';
import { writeTransaction } from '../../db/transactions';
import { DomainError } from '../../errors';
import { documentOfPublishedEdition, type PublishedEdition } from '../published-edition';

export interface SubmitFeedbackProps {
  database: Database;
  edition: PublishedEdition;
  senderId: string;
  request: SubmitFeedbackRequest;
  now: Date;
}

/** What the clause is called in the edition: "5.2 试验方法", "表2", or null when the edition has no such clause. */
function clauseLabelInEdition(database: Database, edition: PublishedEdition, clauseId: string): string | null {
  const document = documentOfPublishedEdition(database, edition);
  const numbering = numberDocument(document);
  const element = numbering.byId.get(clauseId);
  if (!element || !commentableKinds.has(element.kind)) return null;
  const reference = referenceOfElement(document, numbering, element) ?? '';
  return [reference, element.title.trim()].filter((part) => part !== '').join(' ');
}

/** Records feedback on a published edition, anchored to one of its clauses when one is named. */
export function submitFeedback({ database, edition, senderId, request, now }: SubmitFeedbackProps): FeedbackRecord {
  const clauseLabel = request.clauseId === undefined ? null : clauseLabelInEdition(database, edition, request.clauseId);
  if (request.clauseId !== undefined && clauseLabel === null) {
    throw new DomainError('invalid_request', 'clauseId: the published edition has no such clause or element.');
  }
  const feedback: FeedbackRecord = {
    id: generateRandomIdentifier(10),
    standardId: edition.standard.id,
    publicationId: edition.publication.id,
    clauseId: request.clauseId ?? null,
    clauseLabel,
    quotedText: request.quotedText || null,
    category: request.category,
    text: request.text,
    organisation: request.organisation || null,
    contact: request.contact || null,
    submittedBy: senderId,
    submittedAt: now,
    answer: null,
    answeredBy: null,
    answeredAt: null,
  };
  writeTransaction(database, (transaction) => {
    insertFeedback(transaction, feedback);
    // Like comments: what was said and where, never how to reach the sender.
    const payload = {
      publicationId: feedback.publicationId,
      standardNumber: edition.number,
      clauseId: feedback.clauseId,
      clauseLabel: feedback.clauseLabel,
      quotedText: feedback.quotedText,
      category: feedback.category,
      text: feedback.text,
      organisation: feedback.organisation,
    };
    recordInLedger(transaction, senderId, { kind: 'feedback.submitted', standardId: feedback.standardId, subjectId: feedback.id, payload }, now);
  });
  return feedback;
}
