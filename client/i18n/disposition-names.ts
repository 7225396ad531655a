import type { CommentDashboard, DispositionDecision } from '../../shared/api/dispositions';
import type { MessageKey } from './chinese';
import { translate } from './translate';

export type DashboardStatus = CommentDashboard['byStatus'][number]['status'];

const decisionKeys: Record<DispositionDecision, MessageKey> = {
  accepted: 'decisionAccepted',
  partially_accepted: 'decisionPartiallyAccepted',
  not_accepted: 'decisionNotAccepted',
  pending: 'decisionPending',
};

const decisionHintKeys: Record<DispositionDecision, MessageKey> = {
  accepted: 'decisionAcceptedHint',
  partially_accepted: 'decisionPartiallyAcceptedHint',
  not_accepted: 'decisionNotAcceptedHint',
  pending: 'decisionPendingHint',
};

const dashboardStatusKeys: Record<DashboardStatus, MessageKey> = {
  undisposed: 'dashboardStatusUndisposed',
  ...decisionKeys,
  withdrawn: 'commentStatusWithdrawn',
};

export function decisionName(decision: DispositionDecision): string {
  return translate(decisionKeys[decision]);
}

export function decisionHint(decision: DispositionDecision): string {
  return translate(decisionHintKeys[decision]);
}

export function dashboardStatusName(status: DashboardStatus): string {
  return translate(dashboardStatusKeys[status]);
}
