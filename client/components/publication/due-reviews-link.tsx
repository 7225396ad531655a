import { A } from '@solidjs/router';
import { Show, createResource } from 'solid-js';
import { fetchDueReviews } from '../../api/publications';
import { translate } from '../../i18n/translate';

/** 复审到期 in the header, for people with standards whose periodic review is due; asked once per sign-in. */
export function DueReviewsLink(props: { userId: string }) {
  const [due] = createResource(
    () => props.userId,
    async () => {
      try {
        return (await fetchDueReviews()).standards.length;
      } catch {
        // The header stays quiet when the count cannot be had; the page itself explains failures.
        return 0;
      }
    },
  );
  return (
    <Show when={(due() ?? 0) > 0}>
      <A href="/periodic-reviews/due" class="nd-header__link" data-testid="due-reviews-link">
        {translate('dueReviewsLink')} ({due()})
      </A>
    </Show>
  );
}
