import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { CommentPeriodDocument } from '../../api/comments';
import { fetchStakeholderProfile, listMyComments } from '../../api/comments';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { LoadingState } from '../loading-state';
import { CommentForm } from './comment-form';
import type { CommentTarget } from './comment-target';
import { CommentableDocument } from './commentable-document';
import { MyCommentList } from './my-comment-list';
import { StakeholderProfileForm } from './stakeholder-profile-form';

/** The stakeholder's side of a comment period: registration, the document to point at, the form and their own comments. */
/** `importsDone` counts bulk imports made on this page, so the commenter's own list is read again after each. */
export function CommentWorkspace(props: { loaded: CommentPeriodDocument; importsDone: number }) {
  const period = () => props.loaded.period;
  const [profile, { mutate: setProfile, refetch: refetchProfile }] = createResource(fetchStakeholderProfile);
  const [myComments, { refetch: refetchComments }] = createResource(() => ({ periodId: period().id, importsDone: props.importsDone }), (source) => listMyComments(source.periodId));
  const [target, setTarget] = createSignal<CommentTarget | null>(null);
  const clauseName = (clauseId: string) => {
    const entry = props.loaded.outline.find((item) => item.id === clauseId);
    if (entry) return [entry.number, entry.title].filter((part) => part).join(' ');
    const element = props.loaded.elements.find((item) => item.id === clauseId);
    return element ? [element.reference, element.title].filter((part) => part).join(' ') : '';
  };
  const targetName = () => {
    const chosen = target();
    return chosen ? translate('commentTarget', { clause: chosen.name }) : null;
  };

  return (
    <div class="nd-comment-workspace">
      <div class="nd-comment-workspace__document">
        <p class="nd-muted">{translate('commentDocumentHint')}</p>
        <CommentableDocument document={props.loaded.document} onTarget={setTarget} />
      </div>
      <aside class="nd-comment-workspace__side">
        <Show
          when={period().isOpen}
          fallback={
            <p class="nd-notice" role="status" data-testid="comment-period-closed">
              {translate('commentPeriodClosedMessage')}
            </p>
          }
        >
          <Switch fallback={<LoadingState />}>
            <Match when={profile.state === 'errored'}>
              <ErrorNotice error={profile.error} onRetry={() => void refetchProfile()} />
            </Match>
            <Match when={profile.state === 'ready' && profile() === null}>
              <StakeholderProfileForm onSaved={setProfile} />
            </Match>
            <Match when={profile.state === 'ready' ? profile() : undefined}>
              {(registered) => (
                <>
                  <p class="nd-muted" data-testid="stakeholder-registered">
                    {translate('stakeholderRegisteredAs', { name: registered().fullName, organisation: registered().organisation })}
                  </p>
                  <CommentForm periodId={period().id} target={target()} targetName={targetName()} onSubmitted={() => void refetchComments()} />
                </>
              )}
            </Match>
          </Switch>
        </Show>
        <Switch>
          <Match when={myComments.state === 'errored'}>
            <ErrorNotice error={myComments.error} onRetry={() => void refetchComments()} />
          </Match>
          <Match when={myComments.state === 'ready' || myComments.state === 'refreshing' ? myComments() : undefined}>
            {(list) => <MyCommentList comments={list()} periodIsOpen={period().isOpen} clauseName={clauseName} onChanged={() => void refetchComments()} />}
          </Match>
        </Switch>
      </aside>
    </div>
  );
}
