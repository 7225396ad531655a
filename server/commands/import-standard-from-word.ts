import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { bodyCodeSchema } from '../../shared/api/standards';
import type { WordImportReport } from '../../shared/api/word-import';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { initialStage } from '../../shared/domain/stages';
import type { CoverMetadata } from '../../shared/editor/preliminary-nodes';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import { writeDocumentSnapshot } from '../db/repos/document-storage';
import { insertImage } from '../db/repos/images';
import { insertMember } from '../db/repos/members';
import { insertStandard, type StandardRecord } from '../db/repos/standards';
import { writeTransaction } from '../db/transactions';
import { assertProjectCover } from '../documents/assert-project-cover';
import { documentSchema } from '../documents/document-schema';
import { DomainError } from '../errors';
import type { WordImportLimits } from '../imports/word/word-import';
import { prepareWordImport, reportWithFindings } from './prepare-word-import';

export interface ImportStandardFromWordProps {
  database: Database;
  /** The signed-in user, who becomes the new standard's secretariat. */
  creatorId: string;
  bytes: Uint8Array;
  limits: WordImportLimits;
  now: Date;
  /** True once the person cancelled (closed the upload): checked last, before anything is stored. */
  isCancelled: () => boolean;
}

const untitled = '从 Word 导入的标准';

/** The project's facts as the cover gives them, where they are valid; the title is never empty. */
function projectFacts(cover: Partial<CoverMetadata>): Pick<StandardRecord, 'title' | 'titleEn' | 'bodyCode' | 'sequenceNumber'> {
  const bodyCode = bodyCodeSchema.safeParse(cover.bodyCode ?? '');
  const sequenceNumber = (cover.sequenceNumber ?? '').trim();
  return {
    title: (cover.titleChinese ?? '').trim().slice(0, 200) || untitled,
    titleEn: (cover.titleEnglish ?? '').trim().slice(0, 300) || null,
    bodyCode: bodyCode.success ? bodyCode.data : null,
    sequenceNumber: /^[0-9]{1,6}$/.test(sequenceNumber) ? sequenceNumber : null,
  };
}

export function cancelledImport(): DomainError {
  return new DomainError('import_cancelled', 'The import was cancelled before it was applied; nothing changed.');
}

/**
 * Creates a standard from a .docx: the file is read and checked first; then, in one transaction, the project, its
 * secretariat (the importer), the figure images and the draft are stored. A file that cannot be read stores nothing.
 */
export async function importStandardFromWord({ database, creatorId, bytes, limits, now, isCancelled }: ImportStandardFromWordProps): Promise<{ standard: StandardRecord; report: WordImportReport }> {
  const standardId = generateRandomIdentifier(10);
  const prepared = await prepareWordImport(bytes, limits, standardId, creatorId, now);
  const standard: StandardRecord = { id: standardId, ...projectFacts(prepared.cover), stage: initialStage, createdBy: creatorId, createdAt: now };
  const document = prosemirrorJSONToYDoc(documentSchema, prepared.document.toJSON(), collaborationFragmentName);
  assertProjectCover(document, standard);
  const state = Y.encodeStateAsUpdate(document);
  document.destroy();
  if (isCancelled()) throw cancelledImport();
  writeTransaction(database, (transaction) => {
    insertStandard(transaction, standard);
    insertMember(transaction, { standardId, userId: creatorId, role: 'secretariat', addedBy: creatorId, addedAt: now });
    for (const image of prepared.images) insertImage(transaction, image);
    writeDocumentSnapshot(transaction, documentNameForStandard(standardId), state, null);
  });
  return { standard, report: reportWithFindings(prepared, prepared.document) };
}
