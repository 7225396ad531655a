import { For, Show } from 'solid-js';
import type { FeedbackListResponse } from '../../../shared/api/feedback';
import { feedbackCategories } from '../../../shared/domain/feedback-categories';
import { feedbackCategoryName } from '../../i18n/feedback-names';
import { translate } from '../../i18n/translate';

/** How much feedback arrived, per category and per clause: what the periodic review weighs. */
export function FeedbackCounts(props: { counts: FeedbackListResponse['counts'] }) {
  return (
    <div data-testid="feedback-counts">
      <p>{translate('feedbackCountsTotal', { total: props.counts.total, unanswered: props.counts.unanswered })}</p>
      <ul class="nd-feedback-counts">
        <For each={feedbackCategories}>
          {(category) => (
            <li>
              {translate('feedbackCountLabel', { name: feedbackCategoryName(category) })}
              <strong>{props.counts.perCategory[category] ?? 0}</strong>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.counts.perClause.length > 0}>
        <h3>{translate('feedbackCountsPerClause')}</h3>
        <ul class="nd-feedback-counts" data-testid="feedback-counts-per-clause">
          <For each={props.counts.perClause}>
            {(clause) => (
              <li>
                {translate('feedbackCountLabel', { name: clause.clauseLabel ?? clause.clauseId })}
                <strong>{clause.count}</strong>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
