import type { ReviewRuleSet } from './rule-sets';
import type { Outcome, Tally } from './tally';

const outcomeWords: Record<Outcome, { zh: string; en: string }> = {
  passed: { zh: '通过', en: 'passed' },
  failed: { zh: '未通过', en: 'failed' },
  no_quorum: { zh: '未达法定人数，须重新审查', en: 'no quorum, the review must be held again' },
};

/** The computed numbers in words, e.g. "12 名有表决权专家，出席 9 名（法定人数 8 名），需同意 7 票，实得 7 票：通过". */
export function describeTally(tally: Tally, ruleSet: ReviewRuleSet, language: 'zh' | 'en'): string {
  const attendance = ruleSet.participation === 'attendance';
  if (language === 'zh') {
    const parts = [`${tally.eligible} 名有表决权专家`];
    const taking = attendance ? `出席 ${tally.participating} 名` : `返回表决单 ${tally.participating} 份`;
    parts.push(tally.quorumNeeded === null ? taking : `${taking}（法定人数 ${tally.quorumNeeded} 名）`);
    parts.push(`需同意 ${tally.yesNeeded} 票，实得 ${tally.yes} 票`);
    if (tally.noAllowed !== null) parts.push(`不同意至多 ${tally.noAllowed} 票，实得 ${tally.no} 票`);
    if (tally.noNotCounted > 0) parts.push(`${tally.noNotCounted} 张不同意票未说明理由，不计入`);
    if (tally.abstainAllowed !== null) parts.push(`弃权至多 ${tally.abstainAllowed} 票，实得 ${tally.abstain} 票`);
    return `${parts.join('，')}：${outcomeWords[tally.outcome].zh}`;
  }
  const parts = [`${tally.eligible} eligible voters`];
  const taking = attendance ? `${tally.participating} present` : `${tally.participating} ballots returned`;
  parts.push(tally.quorumNeeded === null ? taking : `${taking} (quorum ${tally.quorumNeeded})`);
  parts.push(`${tally.yesNeeded} in favour needed, ${tally.yes} in favour`);
  if (tally.noAllowed !== null) parts.push(`at most ${tally.noAllowed} against allowed, ${tally.no} against`);
  if (tally.noNotCounted > 0) parts.push(`${tally.noNotCounted} negative votes without a reason not counted`);
  if (tally.abstainAllowed !== null) parts.push(`at most ${tally.abstainAllowed} abstentions allowed, ${tally.abstain} abstained`);
  return `${parts.join(', ')}: ${outcomeWords[tally.outcome].en}`;
}
