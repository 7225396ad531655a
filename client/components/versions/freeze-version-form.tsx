import { Show, createSignal } from 'solid-js';
import type { Version } from '../../../shared/api/versions';
import { createVersionRequestSchema } from '../../../shared/api/versions';
import { createVersion } from '../../api/versions';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { TextField } from '../text-field';

interface FreezeVersionFormProps {
  standardId: string;
  onFrozen: (version: Version) => void;
}

/** Freezes the live draft as a named version. */
export function FreezeVersionForm(props: FreezeVersionFormProps) {
  const [name, setName] = createSignal('');
  const [nameInvalid, setNameInvalid] = createSignal(false);
  const [submitError, setSubmitError] = createSignal<unknown>();
  const [submitting, setSubmitting] = createSignal(false);

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = createVersionRequestSchema.safeParse({ name: name() });
    setNameInvalid(!parsed.success);
    if (!parsed.success) return;
    setSubmitError(undefined);
    setSubmitting(true);
    try {
      const version = await createVersion(props.standardId, parsed.data.name);
      setName('');
      props.onFrozen(version);
    } catch (error) {
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form class="nd-form nd-form--inline" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={translate('versionNameLabel')}
        value={name()}
        onValueChange={setName}
        testId="version-name"
        hint={translate('versionNameHint')}
        error={nameInvalid() ? translate('versionNameRule') : null}
        lang="zh-CN"
        autocomplete="off"
        required
      />
      <button type="submit" class="nd-button nd-button--primary" data-testid="freeze-version" disabled={submitting()}>
        {translate('freezeVersionSubmit')}
      </button>
      <Show when={submitError() !== undefined}>
        <ErrorNotice error={submitError()} />
      </Show>
    </form>
  );
}
