import * as Y from 'yjs';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { canMoveBetweenStages, draftLabelOfMove, draftLabels, isStage, stageNamesInChinese, type Stage } from '../../shared/domain/stages';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { nodeNames } from '../../shared/editor/node-names';
import type { Database } from '../db/client';
import { assertProjectCover } from '../documents/assert-project-cover';
import { findCommentPeriodClosure, latestCommentPeriodOf } from '../db/repos/comment-periods';
import { insertStageMove, updateStandardStage } from '../db/repos/stage-moves';
import type { StandardRecord } from '../db/repos/standards';
import { insertVersion, type VersionRecord } from '../db/repos/versions';
import { DomainError } from '../errors';
import { closeCommentPeriod } from './close-comment-period';
import { freezeVersion } from './freeze-version';
import { freezeExplanatoryStatement } from '../explanatory-statements/freeze-explanatory-statement';
import type { LiveDocumentGateway } from './live-document-gateway';
import { blockingGate, stageGateFacts } from './stage-gates';
import { writeTransaction } from '../db/transactions';

export interface MoveStageProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  standard: StandardRecord;
  movedBy: string;
  to: Stage;
  note: string | undefined;
  now: Date;
  /** The body's time zone, for the dates a refusal prints. */
  bodyTimeZone: string;
  /** The version the move records, frozen (not stored) beforehand by the caller: publication renders it first. */
  preparedVersion?: VersionRecord;
  /** Further writes committed with the move (the publication, a periodic review and their records). */
  alsoWrite?: (transaction: Database, version: VersionRecord) => void;
}

function setCoverDraftLabel(document: Y.Doc, label: string): void {
  const first = document.getXmlFragment(collaborationFragmentName).get(0);
  if (first instanceof Y.XmlElement && first.nodeName === nodeNames.cover) first.setAttribute('draftLabel', label);
}

/** Returning to 起草 ends the period still running (or not started yet), recorded like an early close. */
function closeRunningPeriod(transaction: Database, standardId: string, movedBy: string, note: string | undefined, now: Date): void {
  const period = latestCommentPeriodOf(transaction, standardId);
  if (!period || period.endsAt.getTime() <= now.getTime() || findCommentPeriodClosure(transaction, period.id)) return;
  closeCommentPeriod({ transaction, period, reason: note ? `退回起草：${note}` : '退回起草', closedBy: movedBy, now });
}

/**
 * Moves a standard to another stage: checks the transition and its gates, freezes a version named by the draft the
 * new stage works on (征求意见稿 for 征求意见), records the move, then prints the project's facts and the new draft
 * label on the live cover. Authorization (secretariat only) is the caller's job.
 */
export async function moveStage({ database, liveDocuments, standard, movedBy, to, note, now, bodyTimeZone, preparedVersion, alsoWrite }: MoveStageProps): Promise<void> {
  const from = isStage(standard.stage) ? standard.stage : 'drafting';
  if (!canMoveBetweenStages(from, to)) {
    throw new DomainError('stage_move_not_allowed', `A standard in ${stageNamesInChinese[from]} cannot move to ${stageNamesInChinese[to]}.`);
  }
  const gate = blockingGate(from, to, stageGateFacts(database, standard.id), now, bodyTimeZone);
  if (gate) throw new DomainError('stage_gate_blocked', `${gate.id}: ${gate.message.en} ${gate.message.zh}`);

  writeTransaction(database, (transaction) => {
    if (from === 'public_comment' && to === 'drafting') closeRunningPeriod(transaction, standard.id, movedBy, note, now);
    const label = draftLabelOfMove(to);
    const coverLabel = draftLabels[to];
    if (preparedVersion) insertVersion(transaction, preparedVersion);
    const version = preparedVersion ?? freezeVersion({
      database: transaction,
      standard,
      createdBy: movedBy,
      name: `${label}（${stageNamesInChinese[from]} → ${stageNamesInChinese[to]}）`,
      reason: 'stage_move',
      now,
      timeZone: bodyTimeZone,
      // The version sent out (the 征求意见稿) must say so on its own cover, not carry the label of the stage it leaves.
      adjust: (document) => {
        assertProjectCover(document, standard);
        if (coverLabel) setCoverDraftLabel(document, coverLabel);
      },
    });
    freezeExplanatoryStatement(transaction, standard, version, bodyTimeZone);
    insertStageMove(transaction, { standardId: standard.id, fromStage: from, toStage: to, note: note ?? null, movedBy, movedAt: now, versionId: version.id });
    updateStandardStage(transaction, standard.id, to);
    alsoWrite?.(transaction, version);
  });

  const newLabel = draftLabels[to];
  await liveDocuments.transact(documentNameForStandard(standard.id), (document) => {
    assertProjectCover(document, standard);
    if (newLabel) setCoverDraftLabel(document, newLabel);
  });
}
