import * as Y from 'yjs';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { generateRandomIdentifier } from '../auth/session-token';
import type { Database } from '../db/client';
import { readStoredDocument } from '../db/repos/document-storage';
import type { StandardRecord } from '../db/repos/standards';
import { insertVersion, type VersionRecord } from '../db/repos/versions';
import { writeTransaction } from '../db/transactions';
import { freezeExplanatoryStatement } from '../explanatory-statements/freeze-explanatory-statement';
import { defaultBodyTimeZone } from '../../shared/time/body-time';

export type VersionReason = 'manual' | 'stage_move' | 'before_restore' | 'before_import';

export interface FreezeVersionProps {
  database: Database;
  standard: StandardRecord;
  createdBy: string;
  name: string;
  reason: VersionReason;
  now: Date;
  /** A change the frozen copy carries although the live draft gets it only afterwards (the cover's new draft label). */
  adjust?: (document: Y.Doc) => void;
  /** The body's time zone, for the dates of a 编制说明 frozen before anyone opened it. */
  timeZone?: string;
}

function adjustedState(state: Uint8Array, adjust: (document: Y.Doc) => void): Uint8Array {
  const document = new Y.Doc();
  try {
    Y.applyUpdate(document, state);
    adjust(document);
    return Y.encodeStateAsUpdate(document);
  } finally {
    document.destroy();
  }
}

/** Freezes everything acknowledged so far (snapshot plus log) together with the project metadata of this moment. */
export function freezeVersion(props: FreezeVersionProps): VersionRecord {
  const version = frozenVersionOf(props);
  writeTransaction(props.database, (transaction) => {
    insertVersion(transaction, version);
    // Every version carries the 编制说明 of its moment, so whatever version goes out for comment takes it along.
    freezeExplanatoryStatement(transaction, props.standard, version, props.timeZone ?? defaultBodyTimeZone);
  });
  return version;
}

/** The version `freezeVersion` would store, not stored yet: publication renders it before the transaction that keeps it. */
export function frozenVersionOf({ database, standard, createdBy, name, reason, now, adjust }: FreezeVersionProps): VersionRecord {
  const stored = readStoredDocument(database, documentNameForStandard(standard.id));
  const updates = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  const merged = updates.length > 0 ? Y.mergeUpdates(updates) : Y.encodeStateAsUpdate(new Y.Doc());
  const version: VersionRecord = {
    id: generateRandomIdentifier(10),
    standardId: standard.id,
    name,
    stage: standard.stage,
    reason,
    state: Buffer.from(adjust ? adjustedState(merged, adjust) : merged),
    metadata: { title: standard.title, titleEn: standard.titleEn, bodyCode: standard.bodyCode, sequenceNumber: standard.sequenceNumber },
    createdBy,
    createdAt: now,
  };
  return version;
}
