import type { CreateStandardRequest } from '../../shared/api/standards';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { initialStage } from '../../shared/domain/stages';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import { writeDocumentSnapshot } from '../db/repos/document-storage';
import { insertMember } from '../db/repos/members';
import { insertStandard, type StandardRecord } from '../db/repos/standards';
import { createSkeletonState } from '../documents/skeleton-state';
import { writeTransaction } from '../db/transactions';

export interface CreateStandardProps {
  database: Database;
  /** The signed-in user, who becomes the standard's secretariat. */
  creatorId: string;
  request: CreateStandardRequest;
  now: Date;
}

/** Creates the project, makes its creator secretariat and seeds the draft (its cover filled from the project), all in one transaction. */
export function createStandard({ database, creatorId, request, now }: CreateStandardProps): StandardRecord {
  const standard: StandardRecord = {
    id: generateRandomIdentifier(10),
    title: request.title,
    titleEn: request.titleEn || null,
    bodyCode: request.bodyCode ?? null,
    sequenceNumber: request.sequenceNumber ?? null,
    stage: initialStage,
    createdBy: creatorId,
    createdAt: now,
  };
  const skeleton = createSkeletonState(standard);
  writeTransaction(database, (transaction) => {
    insertStandard(transaction, standard);
    insertMember(transaction, { standardId: standard.id, userId: creatorId, role: 'secretariat', addedBy: creatorId, addedAt: now });
    writeDocumentSnapshot(transaction, documentNameForStandard(standard.id), skeleton, null);
  });
  return standard;
}
