import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { lintDocument } from '../../../shared/document/lint/lint-document';
import { numberDocument, type DocumentNumbering, type NumberedElement } from '../../../shared/document/numbering';
import { nodeTypesWithStableIdentifiers } from '../../../shared/editor/node-names';
import { buildDocument, documentSchema } from '../../helpers/build-document';
import { createLargeStandardJson } from '../../helpers/large-standard';
import { createSampleStandardJson } from '../../helpers/sample-standard';
import {
  clause,
  minimalStandard,
  normativeReferencesChapter,
  paragraph,
  referenceEntry,
  scopeChapter,
  standardDocument,
  standardForeword,
  termEntry,
  termsChapter,
} from '../../helpers/standard-builder';
import { applyEdit, documentEdit, freshCopy } from './random-document-edits';
import { positionOfId } from '../../helpers/text-positions';

interface Computation {
  numberDocument: typeof numberDocument;
  lintDocument: typeof lintDocument;
}

/**
 * Numbering and checking loaded a second time: modules of their own, so nothing the incremental computation
 * remembers, per node or from its previous check, is shared with this one, which also only ever sees fresh copies.
 */
async function loadSeparateComputation(): Promise<Computation> {
  vi.resetModules();
  const [numbering, lint] = await Promise.all([import('../../../shared/document/numbering'), import('../../../shared/document/lint/lint-document')]);
  return { numberDocument: numbering.numberDocument, lintDocument: lint.lintDocument };
}

/** Lookups and duplicate ids are also worked out here directly, independently of both computations. */
function expectLookupsToMatchElements(numbering: DocumentNumbering): void {
  const byId = new Map<string, NumberedElement>();
  const byPosition = new Map<number, NumberedElement>();
  for (const element of numbering.elements) {
    if (element.id && !byId.has(element.id)) byId.set(element.id, element);
    byPosition.set(element.position, element);
  }
  const misplaced = [...byId].filter(([id, element]) => numbering.byId.get(id) !== element).map(([id]) => id);
  const mispositioned = [...byPosition].filter(([position, element]) => numbering.byPosition.get(position) !== element).map(([position]) => position);
  expect({ misplaced, mispositioned }).toEqual({ misplaced: [], mispositioned: [] });
  expect([...numbering.byId.keys()].join(' ')).toBe([...byId.keys()].join(' '));
  expect([...numbering.byPosition.keys()].join(' ')).toBe([...byPosition.keys()].join(' '));
}

const typesWithStableIds = new Set(nodeTypesWithStableIdentifiers);

function repeatedIdPositions(document: ProseMirrorNode): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  document.descendants((node, position) => {
    const id: unknown = node.attrs.id;
    if (!typesWithStableIds.has(node.type.name) || typeof id !== 'string' || id === '') return true;
    if (seen.has(id)) repeated.push(position);
    seen.add(id);
    return true;
  });
  return repeated;
}

const startingDocuments = [
  buildDocument(createLargeStandardJson({ chapters: 6, clausesPerChapter: 10, tables: 6, terms: 12, references: 5 })),
  buildDocument(createSampleStandardJson()),
];

/** Unlike the documents edited: its own term, citation and ids. */
const unrelatedDocument = buildDocument(
  standardDocument(
    standardForeword(),
    scopeChapter(),
    normativeReferencesChapter([referenceEntry('unrelated-reference', 'GB/T 2828.1—2012', '计数抽样检验程序')]),
    termsChapter([termEntry({ id: 'unrelated-term', chinese: '抽样方案', english: 'sampling plan', definition: '所使用的样本量和有关批接收准则的组合' })]),
    clause('unrelated-chapter', '要求', paragraph('抽样方案应符合GB/T 2828.1—2012的规定。')),
  ),
);

describe('numbering and checking after edits', () => {
  let fromScratch: Computation;
  beforeAll(async () => {
    fromScratch = await loadSeparateComputation();
  });

  it('equal a computation from scratch after every edit, whatever the edits', () => {
    fc.assert(
      fc.property(fc.nat(startingDocuments.length - 1), fc.array(documentEdit, { minLength: 1, maxLength: 30 }), (startIndex, edits) => {
        let document = startingDocuments[startIndex];
        if (!document) return;
        for (const edit of edits) {
          const edited = applyEdit(document, edit);
          if (!edited) continue;
          document = edited;
          const copy = freshCopy(document);
          const numbering = numberDocument(document);
          const issues = lintDocument(document, numbering);
          // An answer wrongly kept from the previous check would then be the unrelated document's, not the previous edit's.
          fromScratch.lintDocument(unrelatedDocument);
          expect(numbering.elements).toEqual(fromScratch.numberDocument(copy).elements);
          expectLookupsToMatchElements(numbering);
          expect(issues).toEqual(fromScratch.lintDocument(copy));
          expect(issues.filter((issue) => issue.ruleId === 'unique-stable-ids').map((issue) => issue.position)).toEqual(repeatedIdPositions(document));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('judges a clause again when its chapter changes what it is, though the clause itself did not change', () => {
    const document = buildDocument(
      minimalStandard(clause('chapter-4', '试验', clause('clause-4-1', '术语', termEntry({ id: 'term-nested', chinese: '样品', english: 'sample', definition: '试验用的材料' })), clause('clause-4-2', '其他', paragraph('样品。')))),
    );
    const ruleIds = (node: ProseMirrorNode): string[] => lintDocument(node).map((issue) => issue.ruleId);
    expect(ruleIds(document)).toContain('term-in-terms-chapter');
    const chapterPosition = positionOfId(document, 'chapter-4');
    const retitled = new Transform(document).replaceWith(chapterPosition + 2, chapterPosition + 4, documentSchema().text('术语和定义')).doc;
    expect(lintDocument(retitled)).toEqual(lintDocument(freshCopy(retitled)));
  });

  it('points the findings of a clause without an id of its own at the clause it was moved into', () => {
    const unidentified = clause('', '无标识的条', paragraph('样品应符合GB/T 9999—2001的规定。'));
    const document = buildDocument(minimalStandard(clause('chapter-4', '试验', clause('clause-4-1', '甲', unidentified), clause('clause-4-2', '乙', paragraph('乙。')))));
    expect(lintDocument(document).find((issue) => issue.ruleId === 'cited-document-listed')?.targetId).toBe('clause-4-1');
    const from = positionOfId(document, 'clause-4-1');
    const moved = document.nodeAt(from)?.lastChild;
    if (!moved) throw new Error('no nested clause');
    const start = from + (document.nodeAt(from)?.nodeSize ?? 0) - 1 - moved.nodeSize;
    const transform = new Transform(document).delete(start, start + moved.nodeSize);
    const target = positionOfId(transform.doc, 'clause-4-2');
    const edited = transform.insert(target + (transform.doc.nodeAt(target)?.nodeSize ?? 0) - 1, moved).doc;
    const issues = lintDocument(edited);
    expect(issues.find((issue) => issue.ruleId === 'cited-document-listed')?.targetId).toBe('clause-4-2');
    expect(issues).toEqual(lintDocument(freshCopy(edited)));
  });

  it('keeps the numbers of the sections before an edit and moves those after it', () => {
    const document = startingDocuments[0];
    if (!document) return;
    const before = numberDocument(document);
    const lastChapter = before.elements.filter((element) => element.kind === 'clause' && element.level === 1).at(-1);
    if (!lastChapter) throw new Error('no chapter');
    const typed = new Transform(document).insert(lastChapter.position + 2, documentSchema().text('字')).doc;
    const after = numberDocument(typed);
    expect(after.byId.get('chapter-scope')).toBe(before.byId.get('chapter-scope'));
    expect(after.byId.get('annex-data')?.position).toBe((before.byId.get('annex-data')?.position ?? 0) + 1);
    expect(after).toEqual(numberDocument(freshCopy(typed)));
  });
});
