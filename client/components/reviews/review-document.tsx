import { For, Match, Switch, createResource } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { fetchReviewDocument } from '../../api/reviews';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { LoadingState } from '../loading-state';
import { documentLines } from './document-outline-text';

const headingTags = ['h3', 'h4', 'h5', 'h6'] as const;

/** The 送审稿 as plain headings and paragraphs, for the panel, who cannot open the working group's pages. */
export function ReviewDocument(props: { reviewId: string }) {
  const [frozen, { refetch }] = createResource(() => props.reviewId, fetchReviewDocument);
  const lines = () => {
    const loaded = frozen();
    if (!loaded) return [];
    return documentLines(loaded.document, {
      foreword: translate('documentForeword'),
      introduction: translate('documentIntroduction'),
      bibliography: translate('documentBibliography'),
      annex: (letter) => translate('documentAnnex', { letter }),
      note: translate('documentNote'),
      example: translate('documentExample'),
    });
  };
  return (
    <Switch fallback={<LoadingState />}>
      <Match when={frozen.state === 'errored'}>
        <ErrorNotice error={frozen.error} onRetry={() => void refetch()} />
      </Match>
      <Match when={frozen()}>
        {(loaded) => (
          <article class="nd-review-document" data-testid="review-document" lang="zh-CN">
            <h3 class="nd-review-document__title">{loaded().version.name}</h3>
            <For each={lines()}>
              {(line) =>
                line.kind === 'heading' ? (
                  <Dynamic component={headingTags[Math.min(line.level, headingTags.length) - 1] ?? 'h6'} class="nd-review-document__heading">
                    {line.text}
                  </Dynamic>
                ) : (
                  <p>
                    {line.prefix ? `${line.prefix} ` : ''}
                    {line.text}
                  </p>
                )
              }
            </For>
          </article>
        )}
      </Match>
    </Switch>
  );
}
