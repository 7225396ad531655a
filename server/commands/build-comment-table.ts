import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { formatStandardNumber } from '../../shared/domain/standard-number';
import { nodeNames } from '../../shared/editor/node-names';
import { bodyDateKey } from '../../shared/time/body-time';
import type { Database } from '../db/client';
import { listMembersWithUsers } from '../db/repos/members';
import { findStakeholderProfile } from '../db/repos/stakeholder-profiles';
import { findStandardById } from '../db/repos/standards';
import { findVersion } from '../db/repos/versions';
import { documentOfVersionState } from '../documents/version-document';
import { DomainError } from '../errors';
import type { CommentTable } from '../exports/comment-table';
import { commentTableRows } from '../exports/comment-table-rows';
import { documentElements, type DocumentElements } from '../exports/document-elements';
import { foldCommentRecords } from '../exports/fold-comment-records';
import { latestSignedCheckpoint } from '../ledger/latest-checkpoint';
import { listLedgerRecordsOfStandard } from '../ledger/read-ledger-records';
import type { LedgerSigningKey } from '../ledger/signing-key';
import { readLiveDraft } from './read-live-draft';
import { writeTransaction } from '../db/transactions';

export interface BuildCommentTableProps {
  database: Database;
  signingKey: LedgerSigningKey;
  standardId: string;
  /** The period whose comments are listed; the latest one opened when omitted. */
  periodId?: string;
  now: Date;
  /** The body's time zone: the table's date (and so its file name) is the checkpoint's date there. */
  bodyTimeZone: string;
  /** Where the public verification page is: <PUBLIC_URL>/verify (a relative path when the server has no PUBLIC_URL). */
  verifyAddress?: string;
}

function draftingUnitsOfCover(draft: ProseMirrorNode): string {
  let units = '';
  draft.forEach((child) => {
    if (child.type.name === nodeNames.cover && units === '') units = String(child.attrs.draftingUnits ?? '');
  });
  return units.trim().replace(/[。.]+$/u, '');
}

/**
 * 承办人 is the standard's secretariat (several joined by "、"), not whoever downloads: the secretariat answers for the
 * table, and the same checkpoint then always gives the same table.
 */
function secretariatNames(database: Database, standardId: string): string {
  return listMembersWithUsers(database, standardId)
    .filter(({ member }) => member.role === 'secretariat')
    .map(({ user }) => user.displayName)
    .join('、');
}

function frozenElements(database: Database, standardId: string, versionId: string | undefined): DocumentElements | null {
  const version = versionId === undefined ? undefined : findVersion(database, standardId, versionId);
  return version ? documentElements(documentOfVersionState(new Uint8Array(version.version.state))) : null;
}

/**
 * One period's comment table, folded from the standard's records up to the latest signed checkpoint (signed now when
 * records were added since). Organisations come from the commenters' registrations, never their contact details.
 * Authorization is the caller's job.
 */
export function buildCommentTable({ database, signingKey, standardId, periodId, now, bodyTimeZone, verifyAddress = '/verify' }: BuildCommentTableProps): CommentTable {
  return writeTransaction(database, (transaction) => {
    const standard = findStandardById(transaction, standardId);
    if (!standard) throw new DomainError('not_found', 'This standard does not exist.');
    const checkpoint = latestSignedCheckpoint(transaction, signingKey, now);
    const log = foldCommentRecords(listLedgerRecordsOfStandard(transaction, standardId, checkpoint.treeSize).map(({ record }) => record));
    if (periodId !== undefined && !log.periodVersions.has(periodId)) throw new DomainError('not_found', 'This standard has no comment period with this id.');
    const chosenPeriodId = periodId ?? [...log.periodVersions.keys()].at(-1);
    const live = readLiveDraft(transaction, standardId);
    const organisations = new Map<string, string>();
    const organisationOf = (userId: string | null): string => {
      if (userId === null) return '';
      if (!organisations.has(userId)) organisations.set(userId, findStakeholderProfile(transaction, userId)?.organisation ?? '');
      return organisations.get(userId) ?? '';
    };
    const versions = new Map<string, DocumentElements | null>();
    const versionElementsOf = (versionId: string): DocumentElements | null => {
      if (!versions.has(versionId)) versions.set(versionId, frozenElements(transaction, standardId, versionId));
      return versions.get(versionId) ?? null;
    };
    const rows = commentTableRows(
      log.comments.filter((comment) => comment.periodId === chosenPeriodId),
      {
        frozen: frozenElements(transaction, standardId, chosenPeriodId === undefined ? undefined : log.periodVersions.get(chosenPeriodId)),
        live: documentElements(live),
        versionElements: (versionId) => versionElementsOf(versionId),
        organisationOf,
      },
    );
    return {
      header: {
        standardTitle: standard.title,
        standardNumber: formatStandardNumber(standard.bodyCode, standard.sequenceNumber) ?? '',
        draftingUnits: draftingUnitsOfCover(live),
        handler: secretariatNames(transaction, standardId),
        date: bodyDateKey(new Date(checkpoint.timestamp), bodyTimeZone),
        checkpoint: { treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash, checkpointHash: checkpoint.checkpointHash, timestamp: checkpoint.timestamp },
        verifyAddress,
        timeZone: bodyTimeZone,
      },
      rows,
    };
  });
}
