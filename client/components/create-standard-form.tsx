import { Show, createSignal } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { createStandardRequestSchema } from '../../shared/api/standards';
import { createStandard } from '../api/standards';
import type { MessageKey } from '../i18n/chinese';
import { translate } from '../i18n/translate';
import { ErrorNotice } from './error-notice';
import { invalidFields } from './invalid-fields';
import { TextField } from './text-field';

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function CreateStandardForm(props: { onCreated: (standard: Standard) => void }) {
  const [title, setTitle] = createSignal('');
  const [titleEnglish, setTitleEnglish] = createSignal('');
  const [bodyCode, setBodyCode] = createSignal('');
  const [sequenceNumber, setSequenceNumber] = createSignal('');
  const [invalid, setInvalid] = createSignal<ReadonlySet<string>>(new Set());
  const [submitError, setSubmitError] = createSignal<unknown>();
  const [submitting, setSubmitting] = createSignal(false);

  const ruleFor = (field: string, rule: MessageKey) => (invalid().has(field) ? translate(rule) : null);

  function reset(): void {
    setTitle('');
    setTitleEnglish('');
    setBodyCode('');
    setSequenceNumber('');
  }

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = createStandardRequestSchema.safeParse({
      title: title(),
      titleEn: optional(titleEnglish()),
      bodyCode: optional(bodyCode()),
      sequenceNumber: optional(sequenceNumber()),
    });
    setInvalid(parsed.success ? new Set<string>() : invalidFields(parsed.error));
    if (!parsed.success) return;
    setSubmitError(undefined);
    setSubmitting(true);
    try {
      const created = await createStandard(parsed.data);
      reset();
      props.onCreated(created);
    } catch (error) {
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form class="nd-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={translate('standardTitleLabel')}
        value={title()}
        onValueChange={setTitle}
        testId="create-standard-title"
        error={ruleFor('title', 'standardTitleRule')}
        lang="zh-CN"
        required
      />
      <TextField
        label={translate('standardTitleEnglishLabel')}
        value={titleEnglish()}
        onValueChange={setTitleEnglish}
        testId="create-standard-title-english"
        error={ruleFor('titleEn', 'standardTitleEnglishRule')}
        lang="en"
      />
      <div class="nd-form__row">
        <TextField
          label={translate('bodyCodeLabel')}
          value={bodyCode()}
          onValueChange={(value) => setBodyCode(value.toUpperCase())}
          testId="create-standard-body-code"
          hint={translate('bodyCodeHint')}
          error={ruleFor('bodyCode', 'bodyCodeRule')}
        />
        <TextField
          label={translate('sequenceNumberLabel')}
          value={sequenceNumber()}
          onValueChange={setSequenceNumber}
          testId="create-standard-sequence-number"
          hint={translate('sequenceNumberHint')}
          error={ruleFor('sequenceNumber', 'sequenceNumberRule')}
        />
      </div>
      <Show when={submitError() !== undefined}>
        <ErrorNotice error={submitError()} />
      </Show>
      <button type="submit" class="nd-button nd-button--primary" data-testid="create-standard-submit" disabled={submitting()}>
        {translate('createStandardSubmit')}
      </button>
    </form>
  );
}
