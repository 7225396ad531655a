import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import { inviteOrganisations, listInvitations } from '../../api/comment-periods';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { LoadingState } from '../loading-state';
import { TextAreaField } from '../text-area-field';
import { parseInvitationLines } from './parse-invitation-lines';

/** Who was asked to comment and who answered, and a field to invite more; the secretariat's view. */
export function InvitationStatus(props: { periodId: string }) {
  const [list, { refetch, mutate }] = createResource(() => props.periodId, listInvitations);
  const [text, setText] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);

  async function invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = parseInvitationLines(text());
    if (parsed.tooMany) return void setProblem(translate('invitationListTooLong'));
    if (parsed.badLines.length > 0) return void setProblem(translate('invitationListBadLines', { lines: parsed.badLines.join('、') }));
    if (parsed.invitations.length === 0) return;
    setProblem(null);
    setBusy(true);
    setFailure(undefined);
    try {
      mutate(await inviteOrganisations(props.periodId, parsed.invitations));
      setText('');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="nd-invitations" data-testid="invitation-status">
      <h4>{translate('invitationStatusHeading')}</h4>
      <Switch fallback={<LoadingState />}>
        <Match when={list.state === 'errored'}>
          <ErrorNotice error={list.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={list()}>
          {(loaded) => (
            <Show when={loaded().invitations.length > 0} fallback={<p class="nd-empty">{translate('invitationStatusEmpty')}</p>}>
              <p data-testid="invitation-summary">{translate('invitationStatusSummary', loaded().summary)}</p>
              <table class="nd-table">
                <thead>
                  <tr>
                    <th>{translate('invitationOrganisation')}</th>
                    <th>{translate('invitationContact')}</th>
                    <th>{translate('invitationEmail')}</th>
                    <th>{translate('invitationResponded')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={loaded().invitations}>
                    {(invitation) => (
                      <tr data-testid="invitation-row" data-responded={invitation.responded ? 'true' : 'false'}>
                        <td>{invitation.organisation}</td>
                        <td>{invitation.contactName ?? ''}</td>
                        <td>{invitation.email}</td>
                        <td>{invitation.responded ? translate('invitationRespondedYes', { count: invitation.comments }) : translate('invitationRespondedNo')}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          )}
        </Match>
      </Switch>
      <form class="nd-inline-form" onSubmit={(event) => void invite(event)}>
        <TextAreaField
          label={translate('invitationAddLabel')}
          rows={2}
          value={text()}
          placeholder={translate('invitationListPlaceholder')}
          onValueChange={setText}
          testId="invitation-add-text"
          hint={translate('invitationListHint')}
          error={problem()}
        />
        <button type="submit" class="nd-button" disabled={busy()} data-testid="invitation-add-submit">
          {translate('invitationAddSubmit')}
        </button>
        <Show when={failure() !== undefined}>
          <ErrorNotice error={failure()} />
        </Show>
      </form>
    </section>
  );
}
