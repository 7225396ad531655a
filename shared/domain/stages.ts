/** Stage ids of the public API; the life cycle of a group standard (domain §2, GB/T 16733 codes). */
export const stages = [
  'proposed',
  'drafting',
  'public_comment',
  'technical_review',
  'approval',
  'published',
  'periodic_review',
  'withdrawn',
] as const;

export type Stage = (typeof stages)[number];

export const initialStage: Stage = 'drafting';

export const stageNamesInChinese: Record<Stage, string> = {
  proposed: '立项',
  drafting: '起草',
  public_comment: '征求意见',
  technical_review: '技术审查',
  approval: '批准',
  published: '发布',
  periodic_review: '复审',
  withdrawn: '废止',
};

/** The label printed on the cover of the draft a stage works on; null once the standard is published. */
export const draftLabels: Record<Stage, string | null> = {
  proposed: '新工作项目',
  drafting: '工作组讨论稿',
  public_comment: '征求意见稿',
  technical_review: '送审稿',
  approval: '报批稿',
  published: null,
  periodic_review: null,
  withdrawn: null,
};

/** The name of the version a move to this stage freezes: the draft the stage works on, or the stage once there is none. */
export function draftLabelOfMove(to: Stage): string {
  return draftLabels[to] ?? stageNamesInChinese[to];
}

/**
 * Where a standard may go from each stage. Going back to 起草 is how a draft is revised after comments or a
 * failed review, and how 复审 leads to 修订; 复审 may also confirm the standard (back to 发布) or withdraw it.
 */
export const stageTransitions: Record<Stage, readonly Stage[]> = {
  proposed: ['drafting'],
  drafting: ['public_comment'],
  public_comment: ['technical_review', 'drafting'],
  technical_review: ['approval', 'drafting'],
  approval: ['published', 'technical_review'],
  published: ['periodic_review'],
  periodic_review: ['published', 'drafting', 'withdrawn'],
  withdrawn: [],
};

export function isStage(value: string): value is Stage {
  return (stages as readonly string[]).includes(value);
}

export function canMoveBetweenStages(from: Stage, to: Stage): boolean {
  return stageTransitions[from].includes(to);
}
