import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../../../shared/document/lint/lint-document';
import { numberDocument } from '../../../../shared/document/numbering';
import { createSkeletonDocument } from '../../../../shared/document/skeleton';
import { buildDocument } from '../../../helpers/build-document';
import { createLargeStandardJson } from '../../../helpers/large-standard';
import { createSampleStandardJson } from '../../../helpers/sample-standard';
import { clause, minimalStandard, note, orderedList, paragraph } from '../../../helpers/standard-builder';

describe('lintDocument', () => {
  it('finds nothing in a standard that follows every rule', () => {
    expect(lintDocument(buildDocument(createSampleStandardJson()))).toEqual([]);
  });

  it('finds no error in the skeleton every new draft starts from, only what is left to write', () => {
    const issues = lintDocument(buildDocument(createSkeletonDocument(randomUUID)));
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(issues.map((issue) => issue.ruleId).sort()).toEqual(['empty-clause', 'normative-references-lead-in-matches-list', 'technical-chapter-present', 'terms-lead-in-matches-entries']);
  });

  it('finds no error in the large generated standard', () => {
    const issues = lintDocument(buildDocument(createLargeStandardJson({ chapters: 20, clausesPerChapter: 35, tables: 40 })));
    expect(issues).toEqual([]);
  });

  it('returns issues in document order, errors first at the same position', () => {
    const document = buildDocument(
      minimalStandard(
        clause('chapter-4', '要求。', orderedList(['甲；', '乙。']), note('note-1', '样品应干燥。')),
        clause('chapter-5', '', paragraph('见4.O.1。')),
      ),
    );
    const issues = lintDocument(document);
    expect(issues.length).toBeGreaterThanOrEqual(5);
    const positions = issues.map((issue) => issue.position);
    expect(positions).toEqual([...positions].sort((left, right) => left - right));
    const atChapter5 = issues.filter((issue) => issue.targetId === 'chapter-5');
    expect(atChapter5[0]?.severity).toBe('error');
  });

  it('uses the numbering it is given instead of computing it again', () => {
    const document = buildDocument(createSampleStandardJson());
    const numbering = numberDocument(document);
    const withoutTables = { ...numbering, elements: numbering.elements.filter((element) => element.kind !== 'table') };
    expect(lintDocument(document, numbering)).toEqual([]);
    expect(lintDocument(document, withoutTables)).toEqual([]);
    const brokenReferences = { ...numbering, byId: new Map() };
    expect(lintDocument(document, brokenReferences).some((issue) => issue.ruleId === 'cross-reference-resolves')).toBe(true);
  });
});
