import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../../shared/document/lint/lint-document';
import { numberDocument, type DocumentNumbering, type NumberedElement } from '../../../shared/document/numbering';
import { nodeTypesWithStableIdentifiers } from '../../../shared/editor/node-names';
import { buildDocument, documentSchema } from '../../helpers/build-document';
import { createLargeStandardJson } from '../../helpers/large-standard';
import { createSampleStandardJson } from '../../helpers/sample-standard';
import { applyEdit, documentEdit, freshCopy } from './random-document-edits';

/**
 * Lookups and duplicate ids are also answered from what the previous check found, so a computation on a copy, which
 * goes through the same memory, could share a stale answer; these are worked out here directly instead.
 */
function expectLookupsToMatchElements(numbering: DocumentNumbering): void {
  const byId = new Map<string, NumberedElement>();
  const byPosition = new Map<number, NumberedElement>();
  for (const element of numbering.elements) {
    if (element.id && !byId.has(element.id)) byId.set(element.id, element);
    byPosition.set(element.position, element);
  }
  expect([...numbering.byId]).toEqual([...byId]);
  expect([...numbering.byPosition]).toEqual([...byPosition]);
  for (const [id, element] of byId) expect(numbering.byId.get(id)).toBe(element);
  for (const [position, element] of byPosition) expect(numbering.byPosition.get(position)).toBe(element);
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

describe('numbering and checking after edits', () => {
  it('equal a computation from scratch after every edit, whatever the edits', () => {
    fc.assert(
      fc.property(fc.nat(startingDocuments.length - 1), fc.array(documentEdit, { minLength: 1, maxLength: 30 }), (startIndex, edits) => {
        let document = startingDocuments[startIndex];
        if (!document) return;
        for (const edit of edits) {
          const edited = applyEdit(document, edit);
          if (!edited) continue;
          document = edited;
          const fromScratch = freshCopy(document);
          const numbering = numberDocument(document);
          expect(numbering).toEqual(numberDocument(fromScratch));
          expectLookupsToMatchElements(numbering);
          const issues = lintDocument(document, numbering);
          expect(issues).toEqual(lintDocument(fromScratch));
          expect(issues.filter((issue) => issue.ruleId === 'unique-stable-ids').map((issue) => issue.position)).toEqual(repeatedIdPositions(document));
        }
      }),
      { numRuns: 60 },
    );
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
