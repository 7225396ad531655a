import { describe, expect, it } from 'vitest';
import { coverPatentNotice, coverStandardNumber } from '../../../../client/editor/elements/cover/cover-texts';
import { crossReferenceTargets, filterTargets } from '../../../../client/editor/elements/dialogs/cross-reference-targets';
import { forewordSentences } from '../../../../client/editor/elements/numbering/foreword-sentences';
import { numberDocument } from '../../../../shared/document/numbering';
import { sampleStandard } from './standard-fixture';

describe('foreword sentences', () => {
  it('prints only the sentences whose field is filled, without doubling the full stop', () => {
    expect(forewordSentences({ proposingUnit: '中国标准化协会', administeringUnit: ' ', draftingUnits: '某研究院、某公司。', principalDrafters: '张三、李四' })).toEqual([
      '本文件由中国标准化协会提出。',
      '本文件起草单位：某研究院、某公司。',
      '本文件主要起草人：张三、李四。',
    ]);
    expect(forewordSentences({})).toEqual([]);
  });
});

describe('cover texts', () => {
  it('writes the group standard number with an em dash, and ××× for what is missing', () => {
    expect(coverStandardNumber({ bodyCode: 'CAS', sequenceNumber: '290', year: '2026' })).toBe('T/CAS 290—2026');
    expect(coverStandardNumber({ bodyCode: 'CAS' })).toBe('T/CAS ×××—××××');
  });

  it('asks for patent information on drafts for comment and review only', () => {
    expect(coverPatentNotice('征求意见稿')).not.toBeNull();
    expect(coverPatentNotice('报批稿')).toBeNull();
  });
});

describe('cross-reference targets', () => {
  const targets = crossReferenceTargets(numberDocument(sampleStandard()));

  it('lists clauses, annexes, tables, formulas, terms and documents with their printed text', () => {
    expect(targets.map((target) => `${target.kind} ${target.text} ${target.title}`)).toEqual([
      'clause 1 范围',
      'clause 2 规范性引用文件',
      'reference GB/T 1.1—2020 标准化工作导则',
      'clause 3 术语和定义',
      'term 3.1 充电器',
      'clause 4 要求',
      'table 表1 充电参数',
      'formula 式(1) P = U × I',
      'clause 4.1 一般要求',
      'clause 4.2 特殊要求',
      'annex 附录A 试验方法',
      'table 表A.1 试验条件',
    ]);
  });

  it('filters by every word of the query and by kind', () => {
    expect(filterTargets(targets, '表 条件', 'all').map((target) => target.text)).toEqual(['表A.1']);
    expect(filterTargets(targets, '', 'term').map((target) => target.text)).toEqual(['3.1']);
    expect(filterTargets(targets, 'a.1', 'all').map((target) => target.text)).toEqual(['表A.1']);
  });
});
