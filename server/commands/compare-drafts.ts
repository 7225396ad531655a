import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ComparisonResponse } from '../../shared/api/versions';
import { compareDocuments } from '../../shared/document/compare/compare-documents';
import { bodyDateKey } from '../../shared/time/body-time';
import type { Database } from '../db/client';
import { findVersion } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';
import { DomainError } from '../errors';
import { readLiveDraft } from './read-live-draft';

/** `live` names the live draft; anything else is a version id of this standard. */
export const liveDraftName = 'live';

interface ComparedSide {
  document: ProseMirrorNode;
  label: string;
}

/** When the labels are read: the live draft is dated now, a version by when it was frozen, both in the body's zone. */
export interface ComparisonDating {
  timeZone: string;
  now: Date;
}

function sideOf(database: Database, standardId: string, name: string, dating: ComparisonDating): ComparedSide {
  if (name === liveDraftName) return { document: readLiveDraft(database, standardId), label: `当前草案（${bodyDateKey(dating.now, dating.timeZone)}）` };
  const found = findVersion(database, standardId, name);
  if (!found) throw new DomainError('not_found', `Version "${name}" does not exist.`);
  return { document: documentOfVersionState(new Uint8Array(found.version.state)), label: `${found.version.name}（${bodyDateKey(found.version.createdAt, dating.timeZone)}）` };
}

/** Compares two versions of a standard, or a version and the live draft, clause by clause. */
export function compareDrafts(
  database: Database,
  standardId: string,
  from: string,
  to: string,
  dating: ComparisonDating,
): { comparison: ComparisonResponse; fromLabel: string; toLabel: string } {
  const fromSide = sideOf(database, standardId, from, dating);
  const toSide = sideOf(database, standardId, to, dating);
  return { comparison: compareDocuments(fromSide.document, toSide.document), fromLabel: fromSide.label, toLabel: toSide.label };
}
