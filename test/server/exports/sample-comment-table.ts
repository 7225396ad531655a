import type { CommentTable, CommentTableRow } from '../../../server/exports/comment-table';

export const rootHash = 'ab'.repeat(32);
export const checkpointHash = 'cd'.repeat(32);

function row(overrides: Partial<CommentTableRow>): CommentTableRow {
  return {
    serial: 1,
    clauseNumber: '5.2',
    type: 'te',
    elementReference: '',
    comment: '',
    proposedChange: '',
    commentReason: '',
    organisation: '某检测研究院',
    withdrawn: false,
    decision: null,
    decisionReason: '',
    reaction: null,
    changedClauseNumber: null,
    originalText: '',
    implementedText: null,
    ...overrides,
  };
}

/** Five rows: every decision, a withdrawn comment, a reaction, a formula-looking cell and lists in cells. */
export const sampleCommentTable: CommentTable = {
  header: {
    standardTitle: '智能制造 术语',
    standardNumber: 'T/CAS 290',
    draftingUnits: '某研究院、某公司',
    handler: '秘书处王工',
    date: '2025-03-04',
    checkpoint: { treeSize: 17, rootHash, checkpointHash, timestamp: '2025-03-04T02:00:00.000Z' },
    verifyAddress: 'https://normdraft.example/verify',
    timeZone: 'Asia/Shanghai',
  },
  rows: [
    row({ serial: 1, clauseNumber: '1', comment: '范围过窄，建议扩大。', proposedChange: '增加"服务"一词，见下列：\n1) 维修\n2) 保养', decision: 'partially_accepted', decisionReason: '部分情形补充到范围。', reaction: { satisfied: false, note: '仍希望扩大范围。' }, originalText: '本文件规定了术语。', implementedText: '范围\n本文件规定了术语和服务。', commentReason: '行业需要' }),
    row({ serial: 2, clauseNumber: '5.2', type: 'ed', elementReference: '表1', comment: '=HYPERLINK("http://example.com")', decision: 'accepted', changedClauseNumber: '5.3', originalText: '步骤', implementedText: '试验步骤\n按程序进行。' }),
    row({ serial: 3, clauseNumber: '附录A', type: 'ge', comment: '已撤回的意见', withdrawn: true, originalText: '附录A 资料性' }),
    row({ serial: 4, clauseNumber: '5.2', comment: '未处理的意见', proposedChange: '改为“程序”', organisation: 'Example, Inc.' }),
    row({ serial: 5, clauseNumber: '6', comment: '不同意', decision: 'not_accepted', decisionReason: '与GB/T 1.1不符，保持原文', reaction: { satisfied: true, note: '' } }),
  ],
};
