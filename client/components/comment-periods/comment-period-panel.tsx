import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { CommentPeriodHistory } from '../../../shared/api/comments';
import { listCommentPeriods } from '../../api/comment-periods';
import { formatDate, translate } from '../../i18n/translate';
import { commentPeriodAddress } from '../comments/open-comment-period-dialog';
import { ErrorNotice } from '../error-notice';
import { InvitationStatus } from '../invitations/invitation-status';
import { LoadingState } from '../loading-state';
import { ExtendPeriodForm } from './extend-period-form';
import './comment-period-panel.css';

interface CommentPeriodPanelProps {
  standardId: string;
  /** The secretariat extends periods and keeps the invitation lists. */
  manages: boolean;
  /** Changes when a period is opened elsewhere on the page, so the list reloads. */
  revision: number;
}

function PeriodEntry(props: { entry: CommentPeriodHistory; manages: boolean; onChanged: () => void }) {
  const [extending, setExtending] = createSignal(false);
  const [showingInvitations, setShowingInvitations] = createSignal(false);
  const period = () => props.entry.period;
  return (
    <li class="nd-comment-period" data-testid="comment-period" data-open={period().isOpen ? 'true' : 'false'}>
      <div class="nd-comment-period__head">
        <strong>{period().versionName}</strong>
        <span class={period().isOpen ? 'nd-badge nd-badge--open' : 'nd-badge'}>{translate(period().isOpen ? 'commentPeriodRunning' : 'commentPeriodEnded')}</span>
        <span class="nd-muted">{translate('commentPeriodDates', { starts: formatDate(period().startsAt), ends: formatDate(period().endsAt) })}</span>
        <a href={commentPeriodAddress(period().id)}>{translate('commentPeriodPublicPage')}</a>
      </div>
      <Show when={props.entry.extensions.length > 0}>
        <ul class="nd-comment-period__extensions" data-testid="comment-period-extensions">
          <For each={props.entry.extensions}>
            {(extension) => <li>{translate('commentPeriodExtension', { from: formatDate(extension.previousEndsAt), to: formatDate(extension.newEndsAt), reason: extension.reason })}</li>}
          </For>
        </ul>
      </Show>
      <Show when={props.manages}>
        <div class="nd-comment-period__actions">
          <button type="button" class="nd-button" aria-expanded={extending()} onClick={() => setExtending(!extending())} data-testid="extend-period-toggle">
            {translate('extendPeriodToggle')}
          </button>
          <button type="button" class="nd-button" aria-expanded={showingInvitations()} onClick={() => setShowingInvitations(!showingInvitations())} data-testid="invitations-toggle">
            {translate('invitationStatusHeading')}
          </button>
        </div>
        <Show when={extending()}>
          <ExtendPeriodForm
            period={period()}
            onExtended={() => {
              setExtending(false);
              props.onChanged();
            }}
          />
        </Show>
        <Show when={showingInvitations()}>
          <InvitationStatus periodId={period().id} />
        </Show>
      </Show>
    </li>
  );
}

/** The standard's comment periods with their dates, extensions and, for the secretariat, the invitation lists. */
export function CommentPeriodPanel(props: CommentPeriodPanelProps) {
  const [periods, { refetch }] = createResource(() => ({ id: props.standardId, revision: props.revision }), ({ id }) => listCommentPeriods(id));
  return (
    <section class="nd-versions-page__panel" aria-labelledby="comment-periods-heading" data-testid="comment-period-panel">
      <h2 id="comment-periods-heading">{translate('commentPeriodsHeading')}</h2>
      <Switch fallback={<LoadingState />}>
        <Match when={periods.state === 'errored'}>
          <ErrorNotice error={periods.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={periods()}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="nd-empty">{translate(props.manages ? 'commentPeriodsEmpty' : 'commentPeriodsEmptyReader')}</p>}>
              <ul class="nd-comment-period-list">
                <For each={list()}>{(entry) => <PeriodEntry entry={entry} manages={props.manages} onChanged={() => void refetch()} />}</For>
              </ul>
            </Show>
          )}
        </Match>
      </Switch>
    </section>
  );
}
