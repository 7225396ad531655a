import type { Database } from '../../db/client';
import { listAttachments, markMaterialsPublished, type ReviewRecord } from '../../db/repos/reviews';
import { DomainError } from '../../errors';
import { latestSignedCheckpoint } from '../../ledger/latest-checkpoint';
import type { LedgerSigningKey } from '../../ledger/signing-key';
import { recordInLedger } from '../../commands/record-in-ledger';
import { writeTransaction } from '../../db/transactions';

export interface PublishMaterialsProps {
  database: Database;
  ledgerSigningKey: LedgerSigningKey;
  review: ReviewRecord;
  actorId: string;
  now: Date;
}

/**
 * Makes the materials available to the panel: the 送审稿 (its hash), the comment table as the record log proves it
 * (the checkpoint signed now, over every disposition so far) and the attachments. Once; later attachments are
 * available as they are added. Authorization is the caller's job.
 */
export function publishMaterials({ database, ledgerSigningKey, review, actorId, now }: PublishMaterialsProps): void {
  if (review.materialsPublishedAt !== null) throw new DomainError('invalid_request', 'The materials are already available to the panel; attachments added now are available at once.');
  const checkpoint = latestSignedCheckpoint(database, ledgerSigningKey, now);
  writeTransaction(database, (transaction) => {
    markMaterialsPublished(transaction, review.id, now, checkpoint.checkpointHash);
    const attachments = listAttachments(transaction, review.id).map((attachment) => ({ id: attachment.id, filename: attachment.filename, sha256: attachment.sha256 }));
    const payload = { versionId: review.versionId, versionHash: review.versionHash, checkpointHash: checkpoint.checkpointHash, checkpointTreeSize: checkpoint.treeSize, attachments };
    recordInLedger(transaction, actorId, { kind: 'review.materials_published', standardId: review.standardId, subjectId: review.id, payload }, now);
  });
}
