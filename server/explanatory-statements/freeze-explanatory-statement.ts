import * as Y from 'yjs';
import { documentNameForExplanatoryStatement } from '../../shared/collab/document-name';
import type { Database } from '../db/client';
import { readStoredDocument } from '../db/repos/document-storage';
import { insertExplanatoryStatementVersion } from '../db/repos/explanatory-statement-versions';
import type { StandardRecord } from '../db/repos/standards';
import type { VersionRecord } from '../db/repos/versions';
import { collectExplanatoryStatementFacts } from './collect-explanatory-statement-facts';
import { explanatoryStatementSeedState } from './explanatory-statement-seed-state';

/** Everything acknowledged of the live 编制说明, or its seed when nobody has opened it yet. */
export function currentExplanatoryStatementState(database: Database, standard: StandardRecord, timeZone: string): Uint8Array {
  const stored = readStoredDocument(database, documentNameForExplanatoryStatement(standard.id));
  const updates = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  return updates.length > 0 ? Y.mergeUpdates(updates) : explanatoryStatementSeedState(collectExplanatoryStatementFacts(database, standard, timeZone));
}

/**
 * Freezes the 编制说明 with a version of the draft, inside the transaction that stores the version; a version that
 * already has its statement keeps it (freezeVersion froze it, then the stage move asks again for publication's version).
 */
export function freezeExplanatoryStatement(transaction: Database, standard: StandardRecord, version: VersionRecord, timeZone: string): void {
  insertExplanatoryStatementVersion(transaction, {
    versionId: version.id,
    standardId: standard.id,
    state: Buffer.from(currentExplanatoryStatementState(transaction, standard, timeZone)),
    createdAt: version.createdAt,
  });
}
