import { Show, createSignal } from 'solid-js';
import type { StakeholderProfile } from '../../../shared/api/comments';
import { stakeholderProfileSchema } from '../../../shared/api/comments';
import { saveStakeholderProfile } from '../../api/comments';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { TextField } from '../text-field';

type FieldName = 'fullName' | 'organisation' | 'email' | 'phone';

/** Registers the signed-in person as a commenter: name, organisation, e-mail and an optional phone. */
export function StakeholderProfileForm(props: { onSaved: (profile: StakeholderProfile) => void }) {
  const [fullName, setFullName] = createSignal('');
  const [organisation, setOrganisation] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [phone, setPhone] = createSignal('');
  const [invalid, setInvalid] = createSignal<ReadonlySet<FieldName>>(new Set());
  const [saving, setSaving] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();
  const errorFor = (field: FieldName, message: string) => (invalid().has(field) ? message : null);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const phoneValue = phone().trim();
    const parsed = stakeholderProfileSchema.safeParse({
      fullName: fullName(),
      organisation: organisation(),
      email: email().trim(),
      phone: phoneValue === '' ? undefined : phoneValue,
    });
    if (!parsed.success) {
      setInvalid(new Set(parsed.error.issues.map((issue) => String(issue.path[0]) as FieldName)));
      return;
    }
    setInvalid(new Set<FieldName>());
    setSaving(true);
    setFailure(undefined);
    try {
      props.onSaved(await saveStakeholderProfile(parsed.data));
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section class="nd-comment-panel" aria-labelledby="stakeholder-heading" data-testid="stakeholder-form">
      <h2 id="stakeholder-heading">{translate('stakeholderHeading')}</h2>
      <p class="nd-muted">{translate('stakeholderExplanation')}</p>
      <form class="nd-form" onSubmit={(event) => void submit(event)} noValidate>
        <div class="nd-form__row">
          <TextField
            label={translate('stakeholderFullNameLabel')}
            value={fullName()}
            onValueChange={setFullName}
            testId="stakeholder-full-name"
            autocomplete="name"
            error={errorFor('fullName', translate('stakeholderFullNameRule'))}
            required
          />
          <TextField
            label={translate('stakeholderOrganisationLabel')}
            value={organisation()}
            onValueChange={setOrganisation}
            testId="stakeholder-organisation"
            autocomplete="organization"
            error={errorFor('organisation', translate('stakeholderOrganisationRule'))}
            required
          />
        </div>
        <div class="nd-form__row">
          <TextField
            label={translate('stakeholderEmailLabel')}
            value={email()}
            onValueChange={setEmail}
            testId="stakeholder-email"
            autocomplete="email"
            error={errorFor('email', translate('stakeholderEmailRule'))}
            required
          />
          <TextField
            label={translate('stakeholderPhoneLabel')}
            value={phone()}
            onValueChange={setPhone}
            testId="stakeholder-phone"
            autocomplete="tel"
            error={errorFor('phone', translate('stakeholderPhoneRule'))}
          />
        </div>
        <div>
          <button type="submit" class="nd-button nd-button--primary" data-testid="stakeholder-save" disabled={saving()}>
            {translate('stakeholderSave')}
          </button>
        </div>
        <Show when={failure() !== undefined}>
          <ErrorNotice error={failure()} />
        </Show>
      </form>
    </section>
  );
}
