import type { Editor } from '@tiptap/core';
import { isMacOS } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { For, createEffect, createMemo, createSignal, onCleanup, untrack } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { translate } from '../../i18n/translate';
import { afterNextPaint } from '../deferred-layout/after-next-paint';
import { currentClauseContainer } from '../structure/clause-location';
import { createEditorFrame } from '../structure/editor-frame';
import { focusOutlineEntry, selectEntry } from './focus-outline-entry';
import { outlineMayHaveChanged } from './outline-change';
import { createOutlineDrag } from './outline-drag';
import type { OutlineEntry } from './outline-entries';
import { lastDescendantIndex, outlineEntries } from './outline-entries';
import { outlineKeyAction } from './outline-keys';
import type { DropMark } from './outline-line';
import { OutlineLine } from './outline-line';
import './outline.css';

interface OutlinePanelProps {
  editor: Editor;
  readOnly: boolean;
}

/** The 目次, derived live from the document: click to go to a clause, drag (or use the move keys) to move it. */
export function OutlinePanel(props: OutlinePanelProps) {
  // One panel serves one editor for its whole life.
  const editor = untrack(() => props.editor);
  const frame = createEditorFrame(editor);
  const [entries, setEntries] = createStore<OutlineEntry[]>([]);
  const [activeId, setActiveId] = createSignal<string | null>(null);
  const drag = createOutlineDrag(editor);
  const macOS = isMacOS();
  let list: HTMLOListElement | undefined;
  let lastDocument: ProseMirrorNode | null = null;
  // A long standard has hundreds of entries: they are built once the document itself is on screen.
  const [shown, setShown] = createSignal(false);
  onCleanup(afterNextPaint(() => setShown(true)));

  createEffect(() => {
    frame();
    if (!shown()) return;
    const { doc, selection } = editor.state;
    if (!lastDocument || outlineMayHaveChanged(lastDocument, doc)) setEntries(reconcile(outlineEntries(doc), { key: 'key' }));
    lastDocument = doc;
    const id: unknown = currentClauseContainer(selection)?.node.attrs.id;
    setActiveId(typeof id === 'string' ? id : null);
  });

  const dropMarks = createMemo(() => {
    const marks = new Map<string, { mark: DropMark; level: number }>();
    const indicator = drag.indicator();
    const targetIndex = indicator ? entries.findIndex((entry) => entry.id === indicator.targetId) : -1;
    const target = entries[targetIndex];
    if (!indicator || !target) return marks;
    const markedIndex = indicator.placement === 'after' ? lastDescendantIndex(entries, targetIndex) : targetIndex;
    const marked = entries[markedIndex];
    if (marked) marks.set(marked.key, { mark: indicator.placement, level: target.level });
    return marks;
  });

  function refocus(id: string): void {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => list?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .nd-outline__link`)?.focus()),
    );
  }

  function onKeyDown(event: KeyboardEvent, entry: OutlineEntry): void {
    const action = outlineKeyAction(event, macOS);
    if (!action || !entry.id || props.readOnly) return;
    event.preventDefault();
    if (selectEntry(editor, entry) === null) return;
    if (editor.commands[action]()) refocus(entry.id);
  }

  return (
    <nav class="nd-outline" aria-labelledby="nd-outline-heading" data-testid="outline">
      <h2 class="nd-outline__heading" id="nd-outline-heading">
        {translate('outlineHeading')}
      </h2>
      <ol class="nd-outline__list" ref={list} lang="zh-CN" onDragLeave={(event) => list?.contains(event.relatedTarget as Node | null) || drag.leave()}>
        <For each={entries}>
          {(entry) => (
            <OutlineLine
              entry={entry}
              active={entry.id !== null && entry.id === activeId()}
              draggable={!props.readOnly && entry.kind === 'clause' && entry.id !== null}
              dragging={entry.id !== null && entry.id === drag.draggedId()}
              drop={dropMarks().get(entry.key)?.mark ?? null}
              dropLevel={dropMarks().get(entry.key)?.level ?? entry.level}
              onSelect={() => focusOutlineEntry(editor, entry)}
              onKeyDown={(event) => onKeyDown(event, entry)}
              onDragStart={(event) => drag.start(event, entry)}
              onDragOver={(event, line) => drag.over(event, entry, line)}
              onDrop={(event) => drag.drop(event)}
              onDragEnd={() => drag.end()}
            />
          )}
        </For>
      </ol>
    </nav>
  );
}
