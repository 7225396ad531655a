export const stages = [
  'proposal',
  'approval-of-project',
  'drafting',
  'public-comment',
  'technical-review',
  'approval',
  'publication',
  'periodic-review',
  'revision',
  'withdrawn',
] as const;

export type Stage = (typeof stages)[number];

export const initialStage: Stage = 'drafting';

export const stageNamesInChinese: Record<Stage, string> = {
  proposal: '提案',
  'approval-of-project': '立项',
  drafting: '起草',
  'public-comment': '征求意见',
  'technical-review': '技术审查',
  approval: '批准',
  publication: '发布',
  'periodic-review': '复审',
  revision: '修订',
  withdrawn: '废止',
};

export function isStage(value: string): value is Stage {
  return (stages as readonly string[]).includes(value);
}
