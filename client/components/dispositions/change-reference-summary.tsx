import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Disposition } from '../../../shared/api/dispositions';
import { translate } from '../../i18n/translate';
import { comparisonAddress } from './comparison-address';

type ChangeReference = NonNullable<Disposition['changeRef']>;

interface ChangeReferenceSummaryProps {
  changeRef: Disposition['changeRef'];
  /** Given to members only: commenters cannot open the working group's versions. */
  standardId?: string;
}

function clauseText(reference: ChangeReference): string {
  return reference.clauseNumber === null
    ? translate('dispositionChangeClauseGone')
    : translate('dispositionChangeClause', { number: reference.clauseNumber });
}

/** Commenters are not told live clause numbers, so for them a missing number means "not known", not "deleted". */
function clauseShown(reference: ChangeReference, standardId: string | undefined): boolean {
  return reference.clauseId !== null && (reference.clauseNumber !== null || standardId !== undefined);
}

function comparisonOf(reference: ChangeReference, standardId: string | undefined): string | null {
  if (standardId === undefined || reference.fromVersionId === null || reference.toVersionId === null) return null;
  return comparisonAddress(standardId, reference.fromVersionId, reference.toVersionId);
}

/** Where the change was made: the clause as numbered in the live draft, and a link to the version comparison. */
export function ChangeReferenceSummary(props: ChangeReferenceSummaryProps) {
  return (
    <Show when={props.changeRef}>
      {(reference) => (
        <p class="nd-disposition__change" data-testid="disposition-change">
          <Show when={clauseShown(reference(), props.standardId)}>
            <span data-testid="disposition-change-clause">{clauseText(reference())}</span>
          </Show>
          <Show when={comparisonOf(reference(), props.standardId)}>
            {(address) => (
              <A href={address()} data-testid="disposition-change-comparison">
                {translate('dispositionChangeComparison')}
              </A>
            )}
          </Show>
        </p>
      )}
    </Show>
  );
}
