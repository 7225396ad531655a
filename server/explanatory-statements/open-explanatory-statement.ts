import * as Y from 'yjs';
import { documentNameForExplanatoryStatement } from '../../shared/collab/document-name';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import type { LiveDocumentGateway } from '../commands/live-document-gateway';
import type { Database } from '../db/client';
import { readStoredDocument } from '../db/repos/document-storage';
import type { StandardRecord } from '../db/repos/standards';
import { collectExplanatoryStatementFacts } from './collect-explanatory-statement-facts';
import { explanatoryStatementSeedState } from './explanatory-statement-seed-state';

export interface OpenExplanatoryStatementProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  standard: StandardRecord;
  timeZone: string;
}

export function hasStoredExplanatoryStatement(database: Database, standardId: string): boolean {
  const stored = readStoredDocument(database, documentNameForExplanatoryStatement(standardId));
  return stored.snapshot !== null || stored.updates.length > 0;
}

/**
 * Seeds the 编制说明 the first time anyone opens or exports it, through the live document so that the seed is logged
 * like any server change and reaches anyone already connected. The emptiness check inside the change makes two
 * simultaneous first openings seed it once.
 */
export async function openExplanatoryStatement({ database, liveDocuments, standard, timeZone }: OpenExplanatoryStatementProps): Promise<void> {
  if (hasStoredExplanatoryStatement(database, standard.id)) return;
  const state = explanatoryStatementSeedState(collectExplanatoryStatementFacts(database, standard, timeZone));
  await liveDocuments.transact(documentNameForExplanatoryStatement(standard.id), (document) => {
    if (document.getXmlFragment(collaborationFragmentName).length > 0) return;
    Y.applyUpdate(document, state);
  });
}
