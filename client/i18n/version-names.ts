import type { ClauseComparison, Version } from '../../shared/api/versions';
import type { MessageKey } from './chinese';
import { translate } from './translate';

export type VersionReason = Version['reason'];
export type ClauseChange = ClauseComparison['change'];

const reasonMessageKeys: Record<VersionReason, MessageKey> = {
  manual: 'versionReasonManual',
  stage_move: 'versionReasonStageMove',
  before_restore: 'versionReasonBeforeRestore',
  before_import: 'versionReasonBeforeImport',
};

const changeMessageKeys: Record<ClauseChange, MessageKey> = {
  added: 'changeAdded',
  removed: 'changeRemoved',
  moved: 'changeMoved',
  changed: 'changeChanged',
  renumbered: 'changeRenumbered',
  unchanged: 'changeUnchanged',
};

const kindMessageKeys: Record<ClauseComparison['kind'], MessageKey> = {
  clause: 'targetKindClause',
  annex: 'targetKindAnnex',
  table: 'targetKindTable',
  term: 'targetKindTerm',
};

export function versionReasonName(reason: VersionReason): string {
  return translate(reasonMessageKeys[reason]);
}

export function changeName(change: ClauseChange): string {
  return translate(changeMessageKeys[change]);
}

export function comparedKindName(kind: ClauseComparison['kind']): string {
  return translate(kindMessageKeys[kind]);
}
