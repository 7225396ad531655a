import type { ReviewMinutesFacts } from '../../../../server/reviews/minutes/minutes-facts';

export const sampleChecksum = 'ab'.repeat(32);
export const sampleCheckpointHash = 'cd'.repeat(32);
export const sampleTallyInWords = '5 名有表决权专家，出席 4 名（法定人数 4 名），需同意 3 票，实得 3 票：通过';

/** A meeting with five members, one absent and one who may not vote, two opinions and one motion. */
export function sampleMeetingFacts(overrides: Partial<ReviewMinutesFacts> = {}): ReviewMinutesFacts {
  return {
    kind: 'meeting',
    standardTitle: '智能制造 术语',
    standardNumber: 'T/CAS 290—2026',
    reviewTitle: '送审稿技术审查会',
    ruleSetName: '团体标准技术审查会（四分之三同意）',
    startsAt: new Date('2026-12-07T06:00:00.000Z'),
    mode: 'hybrid',
    location: '北京市海淀区某路 1 号 302 会议室',
    onlineLink: 'https://meeting.example/j/123?pwd=a&b=c',
    opensAt: null,
    closesAt: null,
    chair: '王建国',
    panel: [
      { displayName: '王建国', organisation: '中国某研究院', title: '研究员', position: 'chair', present: true, eligible: true, ineligibleBecause: null },
      { displayName: '李红', organisation: '某大学', title: '教授', position: 'vice_chair', present: true, eligible: true, ineligibleBecause: null },
      { displayName: '张伟', organisation: '某检测中心', title: '高级工程师', position: 'member', present: true, eligible: true, ineligibleBecause: null },
      { displayName: '赵敏', organisation: '某设备有限公司', title: null, position: 'member', present: true, eligible: true, ineligibleBecause: null },
      { displayName: '陈刚', organisation: '起草单位甲', title: '工程师', position: 'member', present: false, eligible: false, ineligibleBecause: '起草单位人员' },
    ],
    documents: [
      { name: '送审稿：第 3 版', sha256: sampleChecksum },
      { name: '编制说明.pdf', sha256: 'ef'.repeat(32) },
    ],
    opinions: [
      { text: '第 5.2 条的试验温度宜改为 (23±2) ℃。', writtenBy: '李红', response: { decision: 'accepted', reason: null } },
      { text: '建议删除附录 B。', writtenBy: '张伟', response: { decision: 'not_accepted', reason: '附录 B 为行业检测所必需。' } },
      { text: '术语 3.4 的定义与 GB/T 20000.1 不一致。', writtenBy: '赵敏', response: null },
    ],
    motions: [
      {
        title: '同意《智能制造 术语》送审稿通过技术审查',
        state: 'closed',
        openedAt: new Date('2026-12-07T07:30:00.000Z'),
        closedAt: new Date('2026-12-07T07:45:00.000Z'),
        tally: { eligible: 5, participating: 4, yes: 3, no: 1, noNotCounted: 0, abstain: 0, notVoted: 1, quorumNeeded: 4, yesNeeded: 3, noAllowed: null, abstainAllowed: null, outcome: 'passed' },
        tallyInWords: sampleTallyInWords,
        rollCall: [
          { displayName: '王建国', organisation: '中国某研究院', vote: 'yes', voteReason: null, enteredFromPaper: false },
          { displayName: '李红', organisation: '某大学', vote: 'yes', voteReason: null, enteredFromPaper: true },
          { displayName: '张伟', organisation: '某检测中心', vote: 'no', voteReason: '附录 B 的问题尚未解决。', enteredFromPaper: false },
          { displayName: '赵敏', organisation: '某设备有限公司', vote: 'yes', voteReason: null, enteredFromPaper: false },
          { displayName: '孙丽', organisation: '某协会', vote: null, voteReason: null, enteredFromPaper: false },
        ],
      },
    ],
    conclusion: '经表决，《智能制造 术语》送审稿通过技术审查。起草工作组应按审查意见修改，形成报批稿。',
    checkpoint: { sequence: 42, hash: sampleCheckpointHash },
    timeZone: 'Asia/Shanghai',
    generatedAt: new Date('2026-12-07T08:00:00.000Z'),
    ...overrides,
  };
}

/** The same panel asked by correspondence. */
export function sampleCorrespondenceFacts(overrides: Partial<ReviewMinutesFacts> = {}): ReviewMinutesFacts {
  return sampleMeetingFacts({
    kind: 'correspondence',
    reviewTitle: '送审稿函审',
    ruleSetName: '团体标准函审（三分之二同意）',
    startsAt: null,
    mode: null,
    location: null,
    onlineLink: null,
    opensAt: new Date('2026-11-20T01:00:00.000Z'),
    closesAt: new Date('2026-12-04T09:00:00.000Z'),
    ...overrides,
  });
}
