import { A, useParams } from '@solidjs/router';
import { Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { Member, Standard } from '../../shared/api/standards';
import type { MemberRole } from '../../shared/domain/roles';
import { changeMemberRole, listMembers, removeMember } from '../api/standards';
import { AddMemberForm } from '../components/add-member-form';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { MemberTable } from '../components/member-table';
import { StandardLoader } from '../components/standard-loader';
import { roleName } from '../i18n/domain-names';
import { translate } from '../i18n/translate';

/** What the page says about the last member action; each new action replaces it. */
type MemberNotice = { kind: 'added' } | { kind: 'roleChanged'; name: string; role: MemberRole } | { kind: 'removed'; name: string };

function noticeText(notice: MemberNotice): string {
  if (notice.kind === 'added') return translate('memberAdded');
  if (notice.kind === 'roleChanged') return translate('memberRoleChanged', { name: notice.name, role: roleName(notice.role) });
  return translate('memberRemoved', { name: notice.name });
}

function MembersOfStandard(props: { standard: Standard }) {
  const [members, { mutate, refetch }] = createResource(() => props.standard.id, listMembers);
  const [notice, setNotice] = createSignal<MemberNotice | null>(null);
  const [failure, setFailure] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);
  const [removing, setRemoving] = createSignal<Member | null>(null);
  const isLoaded = () => members.state === 'ready' || members.state === 'refreshing';

  function startAction(): void {
    setNotice(null);
    setFailure(undefined);
  }

  function addMember(member: Member): void {
    mutate((current) => [...(current ?? []).filter((existing) => existing.userId !== member.userId), member]);
    setNotice({ kind: 'added' });
  }

  async function run(action: () => Promise<MemberNotice>): Promise<void> {
    startAction();
    setBusy(true);
    try {
      setNotice(await action());
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      void refetch();
    }
  }

  // Called from the table's event handlers; the standard's id is read when the person acts.
  const changeRole = (member: Member, role: MemberRole) => {
    const standardId = props.standard.id;
    void run(async () => {
      await changeMemberRole(standardId, member.userId, role);
      return { kind: 'roleChanged', name: member.displayName, role };
    });
  };

  const confirmRemove = (member: Member) => {
    const standardId = props.standard.id;
    void run(async () => {
      await removeMember(standardId, member.userId);
      setRemoving(null);
      return { kind: 'removed', name: member.displayName };
    });
  };

  return (
    <div class="nd-members-page">
      <nav class="nd-breadcrumbs">
        <A href={`/standards/${encodeURIComponent(props.standard.id)}`} data-testid="draft-link">
          {translate('backToDraft')}
        </A>
        <A href="/">{translate('backToList')}</A>
      </nav>
      <h1>{translate('membersOf', { title: props.standard.title })}</h1>
      <Show when={notice()}>
        {(shown) => (
          <p class="nd-notice nd-notice--success" role="status" data-testid="member-notice" data-kind={shown().kind}>
            {noticeText(shown())}
          </p>
        )}
      </Show>
      <Show when={failure() !== undefined && removing() === null}>
        <ErrorNotice error={failure()} />
      </Show>
      <Switch fallback={<LoadingState />}>
        <Match when={members.state === 'errored'}>
          <ErrorNotice error={members.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={isLoaded()}>
          <MemberTable members={members() ?? []} manages={props.standard.canManageMembers} busy={busy()} onChangeRole={changeRole} onRemove={(member) => (startAction(), setRemoving(member))} />
        </Match>
      </Switch>
      <section class="nd-members-page__add" aria-labelledby="add-member-heading">
        <h2 id="add-member-heading">{translate('addMemberHeading')}</h2>
        <Show when={props.standard.canManageMembers} fallback={<p class="nd-muted">{translate('cannotManageMembers')}</p>}>
          <AddMemberForm standardId={props.standard.id} onAdded={addMember} onAttempt={startAction} />
        </Show>
      </section>
      <Show when={removing()}>
        {(member) => (
          <ConfirmDialog
            title={translate('removeMemberTitle', { name: member().displayName })}
            testId="remove-member-dialog"
            confirmTestId="remove-member-confirm"
            confirmLabel={translate('removeMember')}
            busy={busy()}
            onConfirm={() => confirmRemove(member())}
            onClose={() => setRemoving(null)}
          >
            <p>{translate('removeMemberExplanation', { name: member().displayName, role: roleName(member().role) })}</p>
            <Show when={failure() !== undefined}>
              <ErrorNotice error={failure()} />
            </Show>
          </ConfirmDialog>
        )}
      </Show>
    </div>
  );
}

export function MembersPage() {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => <StandardLoader standardId={standardId}>{(standard) => <MembersOfStandard standard={standard()} />}</StandardLoader>}
    </Show>
  );
}
