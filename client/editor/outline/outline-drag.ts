import type { Editor } from '@tiptap/core';
import { createSignal } from 'solid-js';
import type { DropPlacement } from '../structure/move-clause';
import { dropPlacement } from './drop-placement';
import type { OutlineEntry } from './outline-entries';

/** Not text/plain, so a clause dragged out of the outline never drops its id into the document as text. */
const clauseDragType = 'application/x-normdraft-clause';

export interface DropIndicator {
  targetId: string;
  placement: DropPlacement;
}

/** HTML5 drag and drop of outline lines: a drop runs one moveClauseTo, so collaborators see one move. */
export function createOutlineDrag(editor: Editor) {
  const [draggedId, setDraggedId] = createSignal<string | null>(null);
  const [indicator, setIndicator] = createSignal<DropIndicator | null>(null);
  let allowed = new Map<string, boolean>();

  function canDrop(dragged: string, targetId: string, placement: DropPlacement): boolean {
    const key = `${targetId} ${placement}`;
    const known = allowed.get(key);
    if (known !== undefined) return known;
    const result = editor.can().moveClauseTo(dragged, targetId, placement);
    allowed.set(key, result);
    return result;
  }

  function end(): void {
    setDraggedId(null);
    setIndicator(null);
  }

  return {
    draggedId,
    indicator,
    end,
    leave: () => setIndicator(null),
    start(event: DragEvent, entry: OutlineEntry): void {
      if (!entry.id || !event.dataTransfer) return;
      event.dataTransfer.setData(clauseDragType, entry.id);
      event.dataTransfer.effectAllowed = 'move';
      allowed = new Map();
      setDraggedId(entry.id);
    },
    over(event: DragEvent, entry: OutlineEntry, line: HTMLElement): void {
      const dragged = draggedId();
      if (!dragged || !entry.id) return;
      const bounds = line.getBoundingClientRect();
      const placement = dropPlacement(event.clientY - bounds.top, bounds.height, entry.kind);
      if (!placement || !canDrop(dragged, entry.id, placement)) {
        setIndicator(null);
        return;
      }
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
      const current = indicator();
      if (current?.targetId !== entry.id || current.placement !== placement) setIndicator({ targetId: entry.id, placement });
    },
    drop(event: DragEvent): void {
      const dragged = draggedId();
      const target = indicator();
      end();
      if (!dragged || !target) return;
      event.preventDefault();
      editor.commands.moveClauseTo(dragged, target.targetId, target.placement);
    },
  };
}

export type OutlineDrag = ReturnType<typeof createOutlineDrag>;
