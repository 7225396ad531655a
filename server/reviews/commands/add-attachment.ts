import { generateRandomIdentifier } from '../../auth/session-token';
import type { Database } from '../../db/client';
import { countAttachments, insertAttachment, type AttachmentRecord, type ReviewRecord } from '../../db/repos/reviews';
import { DomainError } from '../../errors';
import { sha256Hex } from '../../ledger/sha256';
import { recordInLedger } from '../../commands/record-in-ledger';
import { writeTransaction } from '../../db/transactions';

const maximumAttachmentsPerReview = 30;

export interface AddAttachmentProps {
  database: Database;
  review: ReviewRecord;
  actorId: string;
  filename: string;
  contentType: string;
  content: Uint8Array;
  now: Date;
}

/** Adds a file (编制说明, test data…) to the review materials and records its hash. Authorization is the caller's job. */
export function addAttachment({ database, review, actorId, filename, contentType, content, now }: AddAttachmentProps): Omit<AttachmentRecord, 'content'> {
  if (content.byteLength === 0) throw new DomainError('invalid_request', 'The file is empty.');
  const attachment: AttachmentRecord = {
    id: generateRandomIdentifier(10),
    reviewId: review.id,
    filename,
    contentType,
    content: Buffer.from(content),
    size: content.byteLength,
    sha256: sha256Hex(content),
    uploadedBy: actorId,
    uploadedAt: now,
  };
  writeTransaction(database, (transaction) => {
    if (countAttachments(transaction, review.id) >= maximumAttachmentsPerReview) {
      throw new DomainError('invalid_request', `A review holds at most ${maximumAttachmentsPerReview} attachments.`);
    }
    insertAttachment(transaction, attachment);
    const payload = { filename, contentType, size: attachment.size, sha256: attachment.sha256 };
    recordInLedger(transaction, actorId, { kind: 'review.attachment_added', standardId: review.standardId, subjectId: attachment.id, payload }, now);
  });
  const { content: _content, ...summary } = attachment;
  return summary;
}
