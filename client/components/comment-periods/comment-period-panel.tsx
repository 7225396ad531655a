import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { CommentPeriodHistory } from '../../../shared/api/comments';
import type { Version } from '../../../shared/api/versions';
import { listCommentPeriods } from '../../api/comment-periods';
import { formatDate, translate } from '../../i18n/translate';
import { commentPeriodAddress } from '../comments/open-comment-period-dialog';
import { ErrorNotice } from '../error-notice';
import { InvitationStatus } from '../invitations/invitation-status';
import { LoadingState } from '../loading-state';
import { ClosePeriodDialog } from './close-period-dialog';
import { ExtendPeriodForm } from './extend-period-form';
import './comment-period-panel.css';

interface CommentPeriodPanelProps {
  standardId: string;
  /** The secretariat extends periods and keeps the invitation lists. */
  manages: boolean;
  /** Changes when a period is opened elsewhere on the page, so the list reloads. */
  revision: number;
  /** The version a new period is offered on (the newest 征求意见稿), and how to open one on it. */
  suggestedVersion: Version | null;
  onOpenPeriod: (version: Version) => void;
}

function PeriodEntry(props: { entry: CommentPeriodHistory; manages: boolean; onChanged: () => void }) {
  const [extending, setExtending] = createSignal(false);
  const [showingInvitations, setShowingInvitations] = createSignal(false);
  const [closing, setClosing] = createSignal(false);
  const period = () => props.entry.period;
  const stillRunning = () => period().closedEarly === null && Date.parse(period().endsAt) > Date.now();
  return (
    <li class="nd-comment-period" data-testid="comment-period" data-open={period().isOpen ? 'true' : 'false'}>
      <div class="nd-comment-period__head">
        <strong>{period().versionName}</strong>
        <span class={period().isOpen ? 'nd-badge nd-badge--open' : 'nd-badge'} data-testid="comment-period-badge">
          {translate(period().isOpen ? 'commentPeriodRunning' : period().closedEarly ? 'commentPeriodClosedEarly' : 'commentPeriodEnded')}
        </span>
        <span class="nd-muted">{translate('commentPeriodDates', { starts: formatDate(period().startsAt), ends: formatDate(period().endsAt) })}</span>
        <a href={commentPeriodAddress(period().id)}>{translate('commentPeriodPublicPage')}</a>
      </div>
      <Show when={period().closedEarly}>
        {(closure) => (
          <p class="nd-muted" data-testid="comment-period-closure">
            {translate('commentPeriodClosedEarlyOn', { date: formatDate(closure().closedAt), scheduled: formatDate(closure().scheduledEndsAt), reason: closure().reason })}
          </p>
        )}
      </Show>
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
          <Show when={stillRunning()}>
            <button type="button" class="nd-button" onClick={() => setClosing(true)} data-testid="close-period">
              {translate('closePeriodAction')}
            </button>
          </Show>
        </div>
        <Show when={closing()}>
          <ClosePeriodDialog
            period={period()}
            onClosed={() => {
              setClosing(false);
              props.onChanged();
            }}
            onClose={() => setClosing(false)}
          />
        </Show>
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
            <>
            <Show when={props.manages && props.suggestedVersion !== null && !list().some((entry) => entry.period.isOpen)}>
              <button type="button" class="nd-button nd-button--primary" data-testid="open-suggested-period" onClick={() => props.suggestedVersion && props.onOpenPeriod(props.suggestedVersion)}>
                {translate('openPeriodOnSuggested', { name: props.suggestedVersion?.name ?? '' })}
              </button>
            </Show>
            <Show when={list().length > 0} fallback={<p class="nd-empty">{translate(props.manages ? 'commentPeriodsEmpty' : 'commentPeriodsEmptyReader')}</p>}>
              <ul class="nd-comment-period-list">
                <For each={list()}>{(entry) => <PeriodEntry entry={entry} manages={props.manages} onChanged={() => void refetch()} />}</For>
              </ul>
            </Show>
            </>
          )}
        </Match>
      </Switch>
    </section>
  );
}
