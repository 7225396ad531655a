import type { JSX } from 'solid-js';
import { Show, onMount } from 'solid-js';
import { translate } from '../../../i18n/translate';
import './element-dialog.css';

interface ElementDialogProps {
  title: string;
  testId: string;
  /** Label of the confirming button; without it the dialog only has "关闭". */
  submitLabel?: string;
  submitDisabled?: boolean;
  onSubmit?: () => void;
  onClose: () => void;
  children: JSX.Element;
}

/** A modal dialog for the few elements that need input before they are inserted. */
export function ElementDialog(props: ElementDialogProps) {
  let dialog: HTMLDialogElement | undefined;
  onMount(() => dialog?.showModal());

  return (
    <dialog
      ref={dialog}
      class="nd-element-dialog"
      data-testid={props.testId}
      aria-label={props.title}
      onClose={() => props.onClose()}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <form
        class="nd-element-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!props.submitDisabled) props.onSubmit?.();
        }}
      >
        <h2 class="nd-element-dialog__title">{props.title}</h2>
        {props.children}
        <div class="nd-element-dialog__actions">
          <button type="button" class="nd-button" data-testid={`${props.testId}-cancel`} onClick={() => props.onClose()}>
            {props.onSubmit ? translate('dialogCancel') : translate('dialogClose')}
          </button>
          <Show when={props.onSubmit && props.submitLabel}>
            <button type="submit" class="nd-button nd-button--primary" data-testid={`${props.testId}-submit`} disabled={props.submitDisabled}>
              {props.submitLabel}
            </button>
          </Show>
        </div>
      </form>
    </dialog>
  );
}
