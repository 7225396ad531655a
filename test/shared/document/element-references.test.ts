import { describe, expect, it } from 'vitest';
import { elementFinderOf, referenceOfElement } from '../../../shared/document/element-references';
import { numberDocument } from '../../../shared/document/numbering';
import { buildDocument } from '../../helpers/build-document';
import {
  annex,
  clause,
  example,
  figure,
  formula,
  normativeReferencesChapter,
  note,
  paragraph,
  scopeChapter,
  standardDocument,
  standardForeword,
  tableBlock,
  termEntry,
  termsChapter,
} from '../../helpers/standard-builder';

const text = paragraph('产品应符合本章的规定。');
const document = buildDocument(
  standardDocument(
    standardForeword(),
    scopeChapter(),
    normativeReferencesChapter(),
    termsChapter([termEntry({ id: 'term-1', chinese: '标准', english: 'standard', definition: '通过标准化活动形成的文件。' }), termEntry({ id: 'term-2', chinese: '条款', english: 'provision', definition: '表达规范性内容的句子。' })]),
    clause('chapter-4', '要求', text, tableBlock({ id: 'table-1', title: '尺寸' }), tableBlock({ id: 'table-2', title: '材料' }), formula('formula-1', 'a = b')),
    clause('chapter-5', '试验方法', text, clause('clause-5-1', '仪器', text), clause('clause-5-2', '步骤', text, note('note-1', '第一条注。'), note('note-2', '第二条注。'), example('example-1', '示例内容。'))),
    annex({ id: 'annex-a', title: '数据' }, text, figure({ id: 'figure-a1', title: '装置' })),
    annex({ id: 'annex-b', title: '记录', normative: true }, text, clause('annex-b-1', '方法', text, note('note-b', '唯一的注。'))),
  ),
);
const numbering = numberDocument(document);
const find = elementFinderOf(document, numbering);

function referenceOf(id: string): string | null {
  const element = numbering.byId.get(id);
  return element ? referenceOfElement(document, numbering, element) : null;
}

describe('element references', () => {
  it('names every commentable element the way a comment table does', () => {
    expect(referenceOf('clause-5-2')).toBe('5.2');
    expect(referenceOf('term-1')).toBe('3.1');
    expect(referenceOf('table-2')).toBe('表2');
    expect(referenceOf('figure-a1')).toBe('图A.1');
    expect(referenceOf('formula-1')).toBe('式(1)');
    expect(referenceOf('annex-b')).toBe('附录B');
    expect(referenceOf('note-2')).toBe('5.2 注2');
    expect(referenceOf('example-1')).toBe('5.2 示例');
    expect(referenceOf('note-b')).toBe('B.1 注');
  });

  it.each([
    ['3.1', 'term-1'],
    ['第3.2条', 'term-2'],
    ['表2', 'table-2'],
    ['表 2', 'table-2'],
    ['Table 1', 'table-1'],
    ['图A.1', 'figure-a1'],
    ['式(1)', 'formula-1'],
    ['公式（1）', 'formula-1'],
    ['附录B', 'annex-b'],
    ['Annex A', 'annex-a'],
    ['B', 'annex-b'],
    ['5.2 注2', 'note-2'],
    ['5.2注1', 'note-1'],
    ['5.2条注2', 'note-2'],
    ['B.1 注', 'note-b'],
    ['5.2 示例', 'example-1'],
    ['5.2 步骤', 'clause-5-2'],
    ['５．１', 'clause-5-1'],
  ])('finds %j', (reference, id) => {
    expect(find(reference)?.id).toBe(id);
  });

  it('finds nothing for what the document does not have', () => {
    expect(find('表9')).toBeUndefined();
    expect(find('5.2 注3')).toBeUndefined();
    expect(find('9.9')).toBeUndefined();
  });
});
