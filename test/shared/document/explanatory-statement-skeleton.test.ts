import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { ExplanatoryStatementFacts } from '../../../shared/document/explanatory-statement/explanatory-statement-facts';
import { createExplanatoryStatementDocument } from '../../../shared/document/explanatory-statement/explanatory-statement-skeleton';
import { numberDocument } from '../../../shared/document/numbering';
import { createDocumentExtensions } from '../../../shared/editor/document-extensions';

const schema = getSchema(createDocumentExtensions());

const facts: ExplanatoryStatementFacts = {
  title: '电动自行车 充电安全要求',
  members: [
    { name: '王秘书', organisation: null, role: 'secretariat' },
    { name: '李召集', organisation: '中国标准化研究院', role: 'convenor' },
    { name: '张起草', organisation: '某检测中心', role: 'drafter' },
    { name: '赵起草', organisation: '中国标准化研究院', role: 'drafter' },
    { name: '观察员', organisation: '某协会', role: 'observer' },
  ],
  stageMoves: [
    { from: 'drafting', to: 'public_comment', date: '2026-03-02' },
    { from: 'public_comment', to: 'technical_review', date: '2026-05-10' },
  ],
  comments: { total: 12, organisations: 5, accepted: 6, partiallyAccepted: 2, notAccepted: 3, undecided: 0, withdrawn: 1 },
  reviews: [{ title: '送审稿审查会', kind: 'meeting', date: '2026-06-18', result: '12 名有表决权专家，出席 10 名，需同意 8 票，实得 9 票：通过' }],
};

function texts(json: ReturnType<typeof createExplanatoryStatementDocument>): string[] {
  const node = schema.nodeFromJSON(json);
  const found: string[] = [];
  node.descendants((child) => {
    if (child.type.name === 'paragraph') found.push(child.textContent);
  });
  return found;
}

describe('the seeded 编制说明', () => {
  let counter = 0;
  const document = createExplanatoryStatementDocument(() => `clause-${(counter += 1)}`, facts);

  it('is a valid document of the shared schema whose chapters are numbered 1 to 9', () => {
    const node = schema.nodeFromJSON(document);
    expect(() => node.check()).not.toThrow();
    const numbering = numberDocument(node);
    const chapterNumbers: string[] = [];
    node.forEach((chapter) => {
      chapterNumbers.push(numbering.byId.get(String(chapter.attrs.id))?.number ?? '');
    });
    expect(chapterNumbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('writes the stage moves, the comment handling, the review result and the drafting group as text', () => {
    const paragraphs = texts(document);
    expect(paragraphs).toContain('2026年3月2日，标准由起草阶段进入征求意见阶段。');
    expect(paragraphs).toContain('2026年5月10日，标准由征求意见阶段进入技术审查阶段。');
    expect(paragraphs).toContain('征求意见期间共收到5个单位的意见12条，其中采纳6条，部分采纳2条，不采纳3条，撤回1条，处理情况见《征求意见汇总处理表》。');
    expect(paragraphs).toContain('2026年6月18日，送审稿审查会（会议审查）：12 名有表决权专家，出席 10 名，需同意 8 票，实得 9 票：通过。');
    // Only the convenor and the drafters, each organisation once.
    expect(paragraphs).toContain('主要起草单位：中国标准化研究院、某检测中心。');
    expect(paragraphs).toContain('主要起草人及其分工：李召集（中国标准化研究院），召集人；张起草（某检测中心），起草人；赵起草（中国标准化研究院），起草人。');
    expect(paragraphs).toContain('征求意见中不采纳的意见3条、部分采纳的意见2条，均已逐条说明理由，见《征求意见汇总处理表》。');
  });

  it('asks for what the product cannot know when there are no facts yet', () => {
    const empty = texts(createExplanatoryStatementDocument(() => 'x', { ...facts, members: [], stageMoves: [], reviews: [], comments: { total: 0, organisations: 0, accepted: 0, partiallyAccepted: 0, notAccepted: 0, undecided: 0, withdrawn: 0 } }));
    expect(empty).toContain('（按阶段写明起草、征求意见、技术审查等工作的时间和内容。）');
    expect(empty).toContain('主要起草单位：（填写起草单位）。');
  });
});
