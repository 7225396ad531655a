import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { Member, Standard } from '../../shared/api/standards';
import { listMembers } from '../api/standards';
import { AddMemberForm } from '../components/add-member-form';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { MemberTable } from '../components/member-table';
import { StandardLoader } from '../components/standard-loader';
import { translate } from '../i18n/translate';

function MembersOfStandard(props: { standard: Standard }) {
  const [members, { mutate, refetch }] = createResource(() => props.standard.id, listMembers);
  const [justAdded, setJustAdded] = createSignal(false);
  const isLoaded = () => members.state === 'ready' || members.state === 'refreshing';

  function addMember(member: Member): void {
    mutate((current) => [...(current ?? []).filter((existing) => existing.userId !== member.userId), member]);
    setJustAdded(true);
  }

  return (
    <div class="nd-members-page">
      <nav class="nd-breadcrumbs">
        <A href={`/standards/${encodeURIComponent(props.standard.id)}`} data-testid="draft-link">
          {translate('backToDraft')}
        </A>
        <A href="/">{translate('backToList')}</A>
      </nav>
      <h1>{translate('membersOf', { title: props.standard.title })}</h1>
      <Switch fallback={<LoadingState />}>
        <Match when={members.state === 'errored'}>
          <ErrorNotice error={members.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={isLoaded()}>
          <MemberTable members={members() ?? []} />
        </Match>
      </Switch>
      <section class="nd-members-page__add" aria-labelledby="add-member-heading">
        <h2 id="add-member-heading">{translate('addMemberHeading')}</h2>
        <Show when={props.standard.canManageMembers} fallback={<p class="nd-muted">{translate('cannotManageMembers')}</p>}>
          <Show when={justAdded()}>
            <p class="nd-notice nd-notice--success" role="status">
              {translate('memberAdded')}
            </p>
          </Show>
          <AddMemberForm standardId={props.standard.id} onAdded={addMember} />
        </Show>
      </section>
    </div>
  );
}

export function MembersPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => (
        <StandardLoader standardId={standardId}>{(standard) => <MembersOfStandard standard={standard()} />}</StandardLoader>
      )}
    </Show>
  );
}
