import type { Editor } from '@tiptap/core';
import type { Accessor } from 'solid-js';
import { createSignal, onCleanup } from 'solid-js';

/**
 * A counter that moves at most once per animation frame after editor transactions: panels that read the
 * document (toolbar state, outline) recompute once per frame however fast people type.
 */
export function createEditorFrame(editor: Editor): Accessor<number> {
  const [frame, setFrame] = createSignal(0);
  let pending = 0;
  const schedule = () => {
    if (pending !== 0) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      setFrame((count) => count + 1);
    });
  };
  editor.on('transaction', schedule);
  onCleanup(() => {
    editor.off('transaction', schedule);
    if (pending !== 0) cancelAnimationFrame(pending);
  });
  return frame;
}
