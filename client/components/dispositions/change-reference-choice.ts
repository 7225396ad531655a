import type { DispositionRequest } from '../../api/dispositions';

/** What the form holds for the change reference; an empty string means "not given". */
export interface ChangeReferenceChoice {
  clauseId: string;
  fromVersionId: string;
  toVersionId: string;
}

export const noChangeReference: ChangeReferenceChoice = { clauseId: '', fromVersionId: '', toVersionId: '' };

/** A comparison needs both sides: one side alone points nowhere. */
export function hasHalfAComparison(choice: ChangeReferenceChoice): boolean {
  return (choice.fromVersionId === '') !== (choice.toVersionId === '');
}

export function changeReferenceRequest(choice: ChangeReferenceChoice): DispositionRequest['changeRef'] {
  const reference = {
    ...(choice.clauseId === '' ? {} : { clauseId: choice.clauseId }),
    ...(choice.fromVersionId === '' || choice.toVersionId === '' ? {} : { fromVersionId: choice.fromVersionId, toVersionId: choice.toVersionId }),
  };
  return Object.keys(reference).length === 0 ? undefined : reference;
}
