import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { Accessor } from 'solid-js';
import { For, Show, createSignal, onCleanup } from 'solid-js';
import { translate } from '../../../i18n/translate';
import type { InsertDialog, InsertItem } from './insert-items';
import { insertGroups, insertItems } from './insert-items';

interface InsertMenuProps {
  editor: Editor;
  state: Accessor<EditorState>;
  onOpenDialog: (dialog: InsertDialog) => void;
}

function moveFocus(menu: HTMLElement, step: number): void {
  const items = Array.from(menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)'));
  const current = items.findIndex((item) => item === document.activeElement);
  items[(current + step + items.length) % items.length]?.focus();
}

/** "插入": every GB/T 1.1 element a drafter can add, greyed out where the cursor cannot take it. */
export function InsertMenu(props: InsertMenuProps) {
  const [open, setOpen] = createSignal(false);
  let root: HTMLDivElement | undefined;
  let menu: HTMLDivElement | undefined;

  const available = (item: InsertItem) => {
    props.state();
    return item.available(props.editor);
  };

  function choose(item: InsertItem): void {
    setOpen(false);
    if (item.insert) item.insert(props.editor);
    else if (item.dialog) props.onOpenDialog(item.dialog);
  }

  function closeOnOutsideClick(event: MouseEvent): void {
    if (root && event.target instanceof Node && !root.contains(event.target)) setOpen(false);
  }
  document.addEventListener('mousedown', closeOnOutsideClick);
  onCleanup(() => document.removeEventListener('mousedown', closeOnOutsideClick));

  function onKeyDown(event: KeyboardEvent): void {
    if (!menu) return;
    if (event.key === 'Escape') {
      setOpen(false);
      root?.querySelector<HTMLButtonElement>('.nd-insert-menu__button')?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(menu, event.key === 'ArrowDown' ? 1 : -1);
    }
  }

  return (
    <div class="nd-insert-menu" data-testid="insert-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        class="nd-button nd-insert-menu__button"
        data-testid="insert-menu-button"
        aria-haspopup="menu"
        aria-expanded={open()}
        onClick={() => {
          setOpen(!open());
          queueMicrotask(() => {
            if (open() && menu) moveFocus(menu, 1);
          });
        }}
      >
        {translate('insertMenu')}
      </button>
      <Show when={open()}>
        <div class="nd-insert-menu__popup" role="menu" aria-label={translate('insertMenu')} ref={menu}>
          <For each={insertGroups}>
            {(group) => (
              <div class="nd-insert-menu__group" role="group" aria-label={translate(group.label)}>
                <div class="nd-insert-menu__group-label">{translate(group.label)}</div>
                <For each={insertItems.filter((item) => item.group === group.id)}>
                  {(item) => (
                    <button
                      type="button"
                      role="menuitem"
                      class="nd-insert-menu__item"
                      data-testid={`insert-${item.id}`}
                      disabled={!available(item)}
                      title={available(item) ? translate(item.hint) : translate('insertUnavailableHere')}
                      onClick={() => choose(item)}
                    >
                      <span class="nd-insert-menu__item-label">{translate(item.label)}</span>
                      <span class="nd-insert-menu__item-hint">{translate(item.hint)}</span>
                    </button>
                  )}
                </For>
              </div>
            )}
          </For>
        </div>
      </Show>
    </div>
  );
}
