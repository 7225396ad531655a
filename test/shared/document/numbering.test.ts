import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { crossReferenceText } from '../../../shared/document/cross-reference';
import { numberDocument, type NumberedKind } from '../../../shared/document/numbering';
import { buildDocument, documentSchema } from '../../helpers/build-document';
import {
  annex,
  clause,
  crossReference,
  example,
  figure,
  footnote,
  formula,
  minimalStandard,
  note,
  paragraph,
  tableBlock,
  termEntry,
  termsChapter,
  standardDocument,
  standardForeword,
  scopeChapter,
  normativeReferencesChapter,
} from '../../helpers/standard-builder';
import { positionOfId } from '../../helpers/text-positions';

const text = paragraph('产品应符合本章的规定。');

function labels(document: ProseMirrorNode, kind: NumberedKind): string[] {
  return numberDocument(document)
    .elements.filter((element) => element.kind === kind)
    .map((element) => `${element.id ?? element.title}=${element.label}`);
}

function labelOf(document: ProseMirrorNode, id: string): string | undefined {
  return numberDocument(document).byId.get(id)?.label;
}

describe('numberDocument: tables, figures and formulas', () => {
  const document = buildDocument(
    minimalStandard(
      clause('chapter-4', '要求', text, tableBlock({ id: 'table-1', title: '尺寸' }), figure({ id: 'figure-1', title: '外形' }), formula('formula-1', 'a = b'), formula('formula-plain', 'c = d', false), formula('formula-2', 'e = f')),
      annex({ id: 'annex-a', title: '数据' }, text, tableBlock({ id: 'table-a1', title: '记录' }), formula('formula-a1', 'x = y'), clause('annex-a-1', '方法', text, figure({ id: 'figure-a1', title: '装置' })), clause('annex-a-2', '结果', text, tableBlock({ id: 'table-a2', title: '结果' }))),
      annex({ id: 'annex-b', title: '示例', normative: true }, text, tableBlock({ id: 'table-b1', title: '示例' })),
    ),
  );

  it('numbers them through the body and restarts with the annex letter in each annex', () => {
    expect(labels(document, 'table')).toEqual(['table-1=表1', 'table-a1=表A.1', 'table-a2=表A.2', 'table-b1=表B.1']);
    expect(labels(document, 'figure')).toEqual(['figure-1=图1', 'figure-a1=图A.1']);
    expect(labels(document, 'formula')).toEqual(['formula-1=(1)', 'formula-2=(2)', 'formula-a1=(A.1)']);
    expect(labels(document, 'annex')).toEqual(['annex-a=附录A', 'annex-b=附录B']);
    expect(labelOf(document, 'annex-a-2')).toBe('A.2');
  });

  it('leaves unnumbered formulas out', () => {
    expect(numberDocument(document).byId.has('formula-plain')).toBe(false);
  });
});

describe('numberDocument: notes, examples, terms and footnotes', () => {
  it('labels a lone note "注：" and several notes "注1：", "注2：" within their own unit', () => {
    const document = buildDocument(
      minimalStandard(
        clause('chapter-4', '要求', clause('clause-41', '一般', text, note('note-alone', '甲')), clause('clause-42', '尺寸', text, note('note-first', '乙'), tableBlock({ id: 'table-1', title: '尺寸' }), note('note-second', '丙'))),
      ),
    );
    expect(labels(document, 'note')).toEqual(['note-alone=注：', 'note-first=注1：', 'note-second=注2：']);
  });

  it('labels examples "示例：" or "示例1：", "示例2：" independently of notes', () => {
    const document = buildDocument(minimalStandard(clause('chapter-4', '要求', text, note('note-1', '甲'), example('example-1', '乙'), example('example-2', '丙'))));
    expect(labels(document, 'example')).toEqual(['example-1=示例1：', 'example-2=示例2：']);
    expect(labels(document, 'note')).toEqual(['note-1=注：']);
  });

  it('numbers term entries as clauses of chapter 3, with notes to entry within each entry', () => {
    const document = buildDocument(
      standardDocument(
        standardForeword(),
        scopeChapter(),
        normativeReferencesChapter(),
        termsChapter([
          termEntry({ id: 'term-1', chinese: '标准', english: 'standard', definition: '文件', notes: [note('term-1-note', '甲')] }),
          termEntry({ id: 'term-2', chinese: '团体标准', english: 'group standard', definition: '标准', notes: [note('term-2-note-1', '乙'), note('term-2-note-2', '丙')] }),
        ]),
      ),
    );
    expect(labels(document, 'term')).toEqual(['term-1=3.1', 'term-2=3.2']);
    expect(labels(document, 'note')).toEqual(['term-1-note=注：', 'term-2-note-1=注1：', 'term-2-note-2=注2：']);
  });

  it('numbers text footnotes 1), 2), 3) in document order, through notes, later paragraphs and sub-clauses', () => {
    const document = buildDocument(
      minimalStandard(
        clause(
          'chapter-4',
          '要求',
          note('note-hanging', ['甲', footnote('first')]),
          clause('clause-41', '一般', paragraph('乙', footnote('second')), note('note-1', ['丙', footnote('third')]), paragraph('丁', footnote('fourth'))),
          clause('clause-42', '其他', paragraph('戊', footnote('fifth'))),
        ),
      ),
    );
    expect(labels(document, 'footnote')).toEqual(['first=1)', 'second=2)', 'third=3)', 'fourth=4)', 'fifth=5)']);
  });

  it('letters table footnotes a, b within each table', () => {
    const document = buildDocument(
      minimalStandard(clause('chapter-4', '要求', text, tableBlock({ id: 'table-1', title: '甲', footnotes: [['第一'], ['第二']] }), tableBlock({ id: 'table-2', title: '乙', footnotes: [['第三']] }))),
    );
    expect(labels(document, 'tableFootnote')).toEqual(['第一=a', '第二=b', '第三=a']);
  });

  it('gives positions that point at the numbered nodes', () => {
    const document = buildDocument(minimalStandard(clause('chapter-4', '要求', text, note('note-1', '甲'), tableBlock({ id: 'table-1', title: '甲' }))));
    for (const element of numberDocument(document).elements) {
      const node = document.nodeAt(element.position);
      expect(node, element.label).not.toBeNull();
      if (element.id !== null) expect(node?.attrs.id).toBe(element.id);
    }
  });
});

describe('numberDocument after edits', () => {
  const initial = buildDocument(
    minimalStandard(
      clause('chapter-4', '要求', paragraph('见', crossReference('clause-43'), '和', crossReference('table-2'), '。')),
      clause('chapter-5', '试验', clause('clause-51', '甲', text, tableBlock({ id: 'table-1', title: '甲' })), clause('clause-52', '乙', text, tableBlock({ id: 'table-2', title: '乙' }))),
      clause('chapter-6', '检验', clause('clause-43', '丙', text), clause('clause-62', '丁', text)),
    ),
  );

  it('renumbers when a chapter is inserted before others', () => {
    const state = EditorState.create({ doc: initial });
    const inserted = documentSchema().nodeFromJSON(clause('chapter-new', '总则', text));
    const next = state.apply(state.tr.insert(positionOfId(initial, 'chapter-4'), inserted)).doc;
    expect(labelOf(initial, 'chapter-4')).toBe('4');
    expect(labelOf(next, 'chapter-new')).toBe('4');
    expect(labelOf(next, 'chapter-4')).toBe('5');
    expect(labelOf(next, 'clause-52')).toBe('6.2');
  });

  it('renumbers clauses and tables when a clause is moved', () => {
    const state = EditorState.create({ doc: initial });
    const from = positionOfId(initial, 'clause-52');
    const moving = initial.nodeAt(from);
    if (!moving) throw new Error('clause-52 is missing');
    const transaction = state.tr.delete(from, from + moving.nodeSize);
    transaction.insert(transaction.mapping.map(positionOfId(initial, 'clause-51')), moving);
    const next = state.apply(transaction).doc;
    expect(labelOf(next, 'clause-52')).toBe('5.1');
    expect(labelOf(next, 'clause-51')).toBe('5.2');
    expect(labelOf(next, 'table-2')).toBe('表1');
    expect(labelOf(next, 'table-1')).toBe('表2');
    expect(crossReferenceText(numberDocument(next), 'table-2')).toBe('表1');
  });

  it('renumbers when a clause is deleted, and the cross-reference to it breaks', () => {
    const state = EditorState.create({ doc: initial });
    const from = positionOfId(initial, 'clause-51');
    const size = initial.nodeAt(from)?.nodeSize ?? 0;
    const next = state.apply(state.tr.delete(from, from + size)).doc;
    expect(labelOf(next, 'clause-52')).toBe('5.1');
    expect(labelOf(next, 'table-2')).toBe('表1');
    expect(crossReferenceText(numberDocument(next), 'table-1')).toBeNull();
  });
});

describe('crossReferenceText', () => {
  const document = buildDocument(
    standardDocument(
      standardForeword(),
      scopeChapter(),
      normativeReferencesChapter(),
      termsChapter([termEntry({ id: 'term-1', chinese: '标准', english: 'standard', definition: '文件' })]),
      clause('chapter-4', '要求', clause('clause-41', '甲', text, formula('formula-1', 'a = b'), note('note-1', '甲')), clause('clause-42', '乙', text, figure({ id: 'figure-1', title: '甲' }))),
      annex({ id: 'annex-a', title: '数据' }, text, tableBlock({ id: 'table-a1', title: '记录' }), formula('formula-a1', 'x = y')),
    ),
  );
  const numbering = numberDocument(document);

  it('shows the derived label of each kind of target', () => {
    expect(crossReferenceText(numbering, 'clause-42')).toBe('4.2');
    expect(crossReferenceText(numbering, 'chapter-4')).toBe('4');
    expect(crossReferenceText(numbering, 'annex-a')).toBe('附录A');
    expect(crossReferenceText(numbering, 'table-a1')).toBe('表A.1');
    expect(crossReferenceText(numbering, 'figure-1')).toBe('图1');
    expect(crossReferenceText(numbering, 'formula-1')).toBe('式(1)');
    expect(crossReferenceText(numbering, 'formula-a1')).toBe('式(A.1)');
    expect(crossReferenceText(numbering, 'term-1')).toBe('3.1');
  });

  it('is null for a target that is gone or cannot be referred to', () => {
    expect(crossReferenceText(numbering, 'clause-deleted')).toBeNull();
    expect(crossReferenceText(numbering, 'note-1')).toBeNull();
  });
});
