import type { Stage } from '../../../shared/domain/stages';

/** The stages a group standard goes through, in the order they are shown. */
export const mainStages: readonly Stage[] = ['proposed', 'drafting', 'public_comment', 'technical_review', 'approval', 'published'];

/** What may follow publication: shown apart, as most standards stay published for years. */
export const laterStages: readonly Stage[] = ['periodic_review', 'withdrawn'];

/** GB/T 16733 stage codes, printed next to each stage for the secretariat's records. */
export const stageCodes: Record<Stage, string> = {
  proposed: '10',
  drafting: '20',
  public_comment: '30',
  technical_review: '40',
  approval: '50',
  published: '60',
  periodic_review: '90',
  withdrawn: '95',
};

const displayOrder: readonly Stage[] = [...mainStages, ...laterStages];

export type StageStatus = 'passed' | 'current' | 'ahead';

export function stageStatus(stage: Stage, current: Stage): StageStatus {
  if (stage === current) return 'current';
  return displayOrder.indexOf(stage) < displayOrder.indexOf(current) ? 'passed' : 'ahead';
}

/** Whether moving there goes back in the life cycle, e.g. to 起草 after comments or a failed review. */
export function isMoveBack(from: Stage, to: Stage): boolean {
  return displayOrder.indexOf(to) < displayOrder.indexOf(from);
}
