import type { JSX } from 'solid-js';
import { Show, onMount } from 'solid-js';
import { translate } from '../i18n/translate';
import './confirm-dialog.css';

interface ConfirmDialogProps {
  title: string;
  testId: string;
  confirmTestId: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** When the action is done and only 关闭 is left, the 取消 button goes. */
  cancelHidden?: boolean;
  children: JSX.Element;
}

/** A modal dialog that explains what an action will do before it is done. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  let dialog: HTMLDialogElement | undefined;
  onMount(() => dialog?.showModal());

  return (
    <dialog
      ref={dialog}
      class="nd-confirm-dialog"
      data-testid={props.testId}
      aria-label={props.title}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <form
        class="nd-confirm-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!props.busy) props.onConfirm();
        }}
      >
        <h2 class="nd-confirm-dialog__title">{props.title}</h2>
        {props.children}
        <div class="nd-confirm-dialog__actions">
          <Show when={!props.cancelHidden}>
            <button type="button" class="nd-button" data-testid={`${props.testId}-cancel`} onClick={() => props.onClose()}>
              {translate('dialogCancel')}
            </button>
          </Show>
          <button type="submit" class="nd-button nd-button--primary" data-testid={props.confirmTestId} disabled={props.busy}>
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
