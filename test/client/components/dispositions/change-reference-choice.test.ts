import { describe, expect, it } from 'vitest';
import { recordDispositionRequestSchema } from '../../../../shared/api/dispositions';
import { changeReferenceRequest, hasHalfAComparison, noChangeReference } from '../../../../client/components/dispositions/change-reference-choice';

describe('the change reference a disposition form sends', () => {
  it('sends nothing when nothing was chosen', () => {
    expect(changeReferenceRequest(noChangeReference)).toBeUndefined();
  });

  it('sends a clause alone, a comparison alone, or both', () => {
    expect(changeReferenceRequest({ ...noChangeReference, clauseId: 'clause-1' })).toEqual({ clauseId: 'clause-1' });
    expect(changeReferenceRequest({ clauseId: '', fromVersionId: 'v1', toVersionId: 'v2' })).toEqual({ fromVersionId: 'v1', toVersionId: 'v2' });
    expect(changeReferenceRequest({ clauseId: 'clause-1', fromVersionId: 'v1', toVersionId: 'v2' })).toEqual({ clauseId: 'clause-1', fromVersionId: 'v1', toVersionId: 'v2' });
  });

  it('holds back one side of a comparison, which the contract would refuse', () => {
    const halfChosen = { clauseId: 'clause-1', fromVersionId: 'v1', toVersionId: '' };
    expect(hasHalfAComparison(halfChosen)).toBe(true);
    expect(hasHalfAComparison({ ...halfChosen, toVersionId: 'v2' })).toBe(false);
    expect(hasHalfAComparison(noChangeReference)).toBe(false);
    expect(recordDispositionRequestSchema.safeParse({ decision: 'accepted', changeRef: { fromVersionId: 'v1' } }).success).toBe(false);
    expect(recordDispositionRequestSchema.safeParse({ decision: 'accepted', changeRef: changeReferenceRequest(halfChosen) }).success).toBe(true);
  });
});
