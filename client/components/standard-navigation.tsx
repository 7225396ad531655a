import { A } from '@solidjs/router';
import { translate } from '../i18n/translate';
import { PublishedEditionLinks } from './feedback/published-edition-links';

/** Links between the pages of one standard, shown above each page other than the draft. */
export function StandardNavigation(props: { standardId: string }) {
  const base = () => `/standards/${encodeURIComponent(props.standardId)}`;
  return (
    <nav class="nd-breadcrumbs">
      <A href={base()} end data-testid="draft-link">
        {translate('backToDraft')}
      </A>
      <A href={`${base()}/explanatory-statement`} data-testid="explanatory-statement-link">
        {translate('explanatoryStatementLink')}
      </A>
      <A href={`${base()}/stages`} data-testid="stages-link">
        {translate('stagesLink')}
      </A>
      <A href={`${base()}/versions`} end data-testid="versions-link">
        {translate('versionsLink')}
      </A>
      <A href={`${base()}/comments`} data-testid="comments-link">
        {translate('commentsLink')}
      </A>
      <A href={`${base()}/reviews`} data-testid="reviews-link">
        {translate('reviewsLink')}
      </A>
      <PublishedEditionLinks standardId={props.standardId} />
      <A href="/">{translate('backToList')}</A>
    </nav>
  );
}
