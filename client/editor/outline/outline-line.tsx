import { Show } from 'solid-js';
import { translate } from '../../i18n/translate';
import type { OutlineEntry } from './outline-entries';

export type DropMark = 'before' | 'after' | 'inside' | null;

interface OutlineLineProps {
  entry: OutlineEntry;
  active: boolean;
  draggable: boolean;
  dragging: boolean;
  drop: DropMark;
  /** The level the "after" line is indented to: the target's, which may sit above this line. */
  dropLevel: number;
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onDragStart: (event: DragEvent) => void;
  onDragOver: (event: DragEvent, line: HTMLElement) => void;
  onDrop: (event: DragEvent) => void;
  onDragEnd: () => void;
}

/** How an annex is marked in the 目次 of the standard itself, whatever the interface language. */
function annexStatus(normative: boolean): string {
  return normative ? '（规范性）' : '（资料性）';
}

export function OutlineLine(props: OutlineLineProps) {
  return (
    <li
      class="nd-outline__item"
      classList={{ 'nd-outline__item--active': props.active, 'nd-outline__item--dragging': props.dragging }}
      data-testid="outline-item"
      data-id={props.entry.id ?? undefined}
      data-number={props.entry.number}
      data-level={props.entry.level}
      data-kind={props.entry.kind}
      data-drop={props.drop ?? undefined}
      style={{ '--nd-outline-level': props.entry.level, '--nd-drop-level': props.dropLevel }}
      draggable={props.draggable}
      onDragStart={(event) => props.onDragStart(event)}
      onDragOver={(event) => props.onDragOver(event, event.currentTarget)}
      onDrop={(event) => props.onDrop(event)}
      onDragEnd={() => props.onDragEnd()}
    >
      <button
        type="button"
        class="nd-outline__link"
        aria-current={props.active ? 'location' : undefined}
        title={props.draggable ? translate('outlineLineHint') : undefined}
        onClick={() => props.onSelect()}
        onKeyDown={(event) => props.onKeyDown(event)}
      >
        <Show when={props.entry.label}>
          <span class="nd-outline__number">{props.entry.label}</span>
        </Show>
        <span class="nd-outline__title" classList={{ 'nd-outline__title--empty': !props.entry.title }}>
          {props.entry.title || translate('outlineUntitled')}
        </span>
        <Show when={props.entry.normative !== null}>
          <span class="nd-outline__status">{annexStatus(props.entry.normative === true)}</span>
        </Show>
      </button>
    </li>
  );
}
