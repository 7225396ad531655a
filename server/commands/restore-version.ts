import { updateYFragment } from '@tiptap/y-tiptap';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import type { Database } from '../db/client';
import { assertProjectCover } from '../documents/assert-project-cover';
import type { StandardRecord } from '../db/repos/standards';
import type { VersionRecord } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';
import { freezeVersion } from './freeze-version';
import type { LiveDocumentGateway } from './live-document-gateway';

export interface RestoreVersionProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  standard: StandardRecord;
  version: VersionRecord;
  restoredBy: string;
  now: Date;
}

/**
 * Restores a frozen version into the live draft. The draft as it was is frozen first, so nothing is lost; the
 * restore itself is the smallest set of Yjs changes that turns the live document into the version, made through
 * the live document so connected collaborators receive it and their own later edits merge with it. The cover then
 * prints the project's facts again: an old version may carry an older or empty title and number.
 */
export async function restoreVersion({ database, liveDocuments, standard, version, restoredBy, now }: RestoreVersionProps): Promise<VersionRecord> {
  const safetyCopy = freezeVersion({ database, standard, createdBy: restoredBy, name: `恢复“${version.name}”之前的草案`, reason: 'before_restore', now });
  const content = documentOfVersionState(new Uint8Array(version.state));
  await liveDocuments.transact(documentNameForStandard(standard.id), (document) => {
    updateYFragment(document, document.getXmlFragment(collaborationFragmentName), content, { mapping: new Map(), isOMark: new Map() });
    assertProjectCover(document, standard);
  });
  return safetyCopy;
}
