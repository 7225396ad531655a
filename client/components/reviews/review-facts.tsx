import { Show } from 'solid-js';
import type { Review } from '../../../shared/api/reviews';
import { localizedText } from '../../i18n/localized-text';
import { formatDateTime, translate } from '../../i18n/translate';
import { meetingModeName } from './review-names';
import { ruleSetInWords } from './rule-set-words';

/** Only web addresses become links; the server accepts nothing else, and this keeps `javascript:` out regardless. */
function isWebAddress(address: string): boolean {
  return /^https?:\/\//iu.test(address);
}

/** When and where, under which rule set, and on which 送审稿. */
export function ReviewFacts(props: { review: Review }) {
  const review = () => props.review;
  return (
    <dl class="nd-review-facts" data-testid="review-facts">
      <Show when={review().startsAt}>
        {(startsAt) => (
          <>
            <dt>{translate('reviewFactTime')}</dt>
            <dd data-testid="review-time">{formatDateTime(startsAt())}</dd>
          </>
        )}
      </Show>
      <Show when={review().kind === 'correspondence'}>
        <dt>{translate('reviewFactBallotTime')}</dt>
        <dd data-testid="review-time">{translate('reviewBallotTimes', { opens: formatDateTime(review().opensAt ?? ''), closes: formatDateTime(review().closesAt ?? '') })}</dd>
      </Show>
      <Show when={review().mode}>
        {(mode) => (
          <>
            <dt>{translate('reviewFactMode')}</dt>
            <dd>{meetingModeName(mode())}</dd>
          </>
        )}
      </Show>
      <Show when={review().location}>
        {(location) => (
          <>
            <dt>{translate('reviewFactLocation')}</dt>
            <dd data-testid="review-location">{location()}</dd>
          </>
        )}
      </Show>
      <Show when={review().onlineLink}>
        {(link) => (
          <>
            <dt>{translate('reviewFactLink')}</dt>
            <dd>
              <Show when={isWebAddress(link())} fallback={link()}>
                <a href={link()} target="_blank" rel="noopener noreferrer" data-testid="review-online-link">
                  {link()}
                </a>
              </Show>
            </dd>
          </>
        )}
      </Show>
      <dt>{translate('reviewFactRuleSet')}</dt>
      <dd data-testid="review-rule-set">
        <strong>{localizedText(review().ruleSet.name)}</strong>
        <span class="nd-muted">{ruleSetInWords(review().ruleSet)}</span>
      </dd>
      <dt>{translate('reviewFactVersion')}</dt>
      <dd data-testid="review-version-name">{review().version.name}</dd>
      <Show when={review().draftingOrganisations.length > 0}>
        <dt>{translate('reviewFactDraftingOrganisations')}</dt>
        <dd>{review().draftingOrganisations.join(translate('listSeparator'))}</dd>
      </Show>
      <dt>{translate('reviewFactCreatedBy')}</dt>
      <dd>{translate('reviewCreatedBy', { name: review().createdBy.displayName, date: formatDateTime(review().createdAt) })}</dd>
    </dl>
  );
}
