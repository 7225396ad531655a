import { updateYFragment } from '@tiptap/y-tiptap';
import type { WordImportReport } from '../../shared/api/word-import';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import type { Database } from '../db/client';
import { insertImage } from '../db/repos/images';
import type { StandardRecord } from '../db/repos/standards';
import type { VersionRecord } from '../db/repos/versions';
import { writeTransaction } from '../db/transactions';
import { assertProjectCover } from '../documents/assert-project-cover';
import type { WordImportLimits } from '../imports/word/word-import';
import { freezeVersion } from './freeze-version';
import { cancelledImport } from './import-standard-from-word';
import type { LiveDocumentGateway } from './live-document-gateway';
import { prepareWordImport, reportWithFindings } from './prepare-word-import';

export interface ReplaceDraftFromWordProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  standard: StandardRecord;
  importedBy: string;
  bytes: Uint8Array;
  limits: WordImportLimits;
  now: Date;
  isCancelled: () => boolean;
}

/**
 * Replaces a standard's draft with a .docx. The file is read and checked first, so a bad file changes nothing;
 * then the draft as it was is frozen as a safety version (with the figure images, in one transaction), and the
 * replacement goes through the live document, as a restore does, so connected editors see it. The cover keeps
 * printing the project's title and number.
 */
export async function replaceDraftFromWord({ database, liveDocuments, standard, importedBy, bytes, limits, now, isCancelled }: ReplaceDraftFromWordProps): Promise<{ safetyVersion: VersionRecord; report: WordImportReport }> {
  const prepared = await prepareWordImport(bytes, limits, standard.id, importedBy, now);
  if (isCancelled()) throw cancelledImport();
  const safetyVersion = writeTransaction(database, (transaction) => {
    for (const image of prepared.images) insertImage(transaction, image);
    return freezeVersion({ database: transaction, standard, createdBy: importedBy, name: '从 Word 导入之前的草案', reason: 'before_import', now });
  });
  await liveDocuments.transact(documentNameForStandard(standard.id), (document) => {
    updateYFragment(document, document.getXmlFragment(collaborationFragmentName), prepared.document, { mapping: new Map(), isOMark: new Map() });
    assertProjectCover(document, standard);
  });
  return { safetyVersion, report: reportWithFindings(prepared, prepared.document) };
}
