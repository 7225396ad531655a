import type { PeriodicReviewConclusion, ProcessDocumentKind } from '../../../shared/api/publications';
import type { PublicationStatus } from '../../../shared/domain/publication-status';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';

const statusKeys: Record<PublicationStatus, MessageKey> = {
  current: 'editionStatusCurrent',
  replaced: 'editionStatusReplaced',
  withdrawn: 'editionStatusWithdrawn',
};

const processDocumentKeys: Record<ProcessDocumentKind, MessageKey> = {
  comment_table: 'processDocumentCommentTable',
  review_minutes: 'processDocumentReviewMinutes',
  explanatory_statement: 'processDocumentExplanatoryStatement',
};

const conclusionKeys: Record<PeriodicReviewConclusion, MessageKey> = {
  continue: 'periodicReviewContinue',
  revise: 'periodicReviewRevise',
  withdraw: 'periodicReviewWithdraw',
};

/** 现行 / 被代替 / 废止, or 待发布 for a number not published yet. */
export function editionStatusName(status: PublicationStatus | null): string {
  return translate(status === null ? 'editionStatusUnpublished' : statusKeys[status]);
}

export function processDocumentName(kind: ProcessDocumentKind): string {
  return translate(processDocumentKeys[kind]);
}

export function conclusionName(conclusion: PeriodicReviewConclusion): string {
  return translate(conclusionKeys[conclusion]);
}
