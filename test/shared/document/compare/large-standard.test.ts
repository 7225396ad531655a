import { describe, expect, it } from 'vitest';
import { comparisonResponseSchema } from '../../../../shared/api/versions';
import { compareDocuments } from '../../../../shared/document/compare/compare-documents';
import { buildDocument } from '../../../helpers/build-document';
import { addedIds, editLargeStandard, editedTableIds, largeStandard, movedIds, removedClauseIds, textEditedClauseIds } from './large-standard-edits';

describe('compareDocuments on a long standard', () => {
  it('finds exactly the edits made to it', () => {
    const json = largeStandard();
    const comparison = comparisonResponseSchema.parse(compareDocuments(buildDocument(json), buildDocument(editLargeStandard(json))));
    const idsWith = (change: string) => comparison.clauses.filter((entry) => entry.change === change).map((entry) => entry.id);

    expect(idsWith('changed').sort()).toEqual([...textEditedClauseIds, ...editedTableIds].sort());
    expect(idsWith('added')).toEqual(expect.arrayContaining(addedIds));
    expect(idsWith('removed')).toEqual(expect.arrayContaining(removedClauseIds));
    expect(idsWith('moved')).toEqual(expect.arrayContaining(movedIds));
    expect(idsWith('moved')).toHaveLength(movedIds.length);
    expect(comparison.summary.renumbered).toBeGreaterThan(300);
    expect(comparison.clauses.filter((entry) => entry.change === 'unchanged').every((entry) => entry.textChanges.length === 0)).toBe(true);
  });
});
