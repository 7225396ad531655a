import * as Y from 'yjs';
import { documentNameForStandard } from '../../shared/collab/document-name';
import { canMoveBetweenStages, draftLabels, isStage, stageNamesInChinese, type Stage } from '../../shared/domain/stages';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { nodeNames } from '../../shared/editor/node-names';
import type { Database } from '../db/client';
import { insertStageMove, updateStandardStage } from '../db/repos/stage-moves';
import type { StandardRecord } from '../db/repos/standards';
import { DomainError } from '../errors';
import { freezeVersion } from './freeze-version';
import type { LiveDocumentGateway } from './live-document-gateway';
import { blockingGate, stageGateFacts } from './stage-gates';

export interface MoveStageProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  standard: StandardRecord;
  movedBy: string;
  to: Stage;
  note: string | undefined;
  now: Date;
}

function setCoverDraftLabel(document: Y.Doc, label: string): void {
  const first = document.getXmlFragment(collaborationFragmentName).get(0);
  if (first instanceof Y.XmlElement && first.nodeName === nodeNames.cover) first.setAttribute('draftLabel', label);
}

/**
 * Moves a standard to another stage: checks the transition and its gates, freezes a version, records the move,
 * then prints the new draft label on the live cover. Authorization (secretariat only) is the caller's job.
 */
export async function moveStage({ database, liveDocuments, standard, movedBy, to, note, now }: MoveStageProps): Promise<void> {
  const from = isStage(standard.stage) ? standard.stage : 'drafting';
  if (!canMoveBetweenStages(from, to)) {
    throw new DomainError('stage_move_not_allowed', `A standard in ${stageNamesInChinese[from]} cannot move to ${stageNamesInChinese[to]}.`);
  }
  const gate = blockingGate(from, to, stageGateFacts(database, standard.id), now);
  if (gate) throw new DomainError('stage_gate_blocked', `${gate.id}: ${gate.message.en} ${gate.message.zh}`);

  database.transaction((transaction) => {
    const label = draftLabels[from] ?? stageNamesInChinese[from];
    const version = freezeVersion({ database: transaction, standard, createdBy: movedBy, name: `${label}（${stageNamesInChinese[from]} → ${stageNamesInChinese[to]}）`, reason: 'stage_move', now });
    insertStageMove(transaction, { standardId: standard.id, fromStage: from, toStage: to, note: note ?? null, movedBy, movedAt: now, versionId: version.id });
    updateStandardStage(transaction, standard.id, to);
  });

  const newLabel = draftLabels[to];
  if (newLabel) await liveDocuments.transact(documentNameForStandard(standard.id), (document) => setCoverDraftLabel(document, newLabel));
}
