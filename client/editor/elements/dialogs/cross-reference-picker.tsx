import type { Editor } from '@tiptap/core';
import { For, Show, createMemo, createSignal, createUniqueId, untrack } from 'solid-js';
import { crossReferenceTargetKinds } from '../../../../shared/document/cross-reference';
import type { MessageKey } from '../../../i18n/chinese';
import { translate } from '../../../i18n/translate';
import { derivedNumbering } from '../numbering/derived-numbers';
import type { TargetKind } from './cross-reference-targets';
import { crossReferenceTargets, filterTargets } from './cross-reference-targets';
import { ElementDialog } from './element-dialog';
import './cross-reference-picker.css';

interface CrossReferencePickerProps {
  editor: Editor;
  onClose: () => void;
}

export const targetKindNames: Record<TargetKind, MessageKey> = {
  clause: 'targetKindClause',
  annex: 'targetKindAnnex',
  table: 'targetKindTable',
  figure: 'targetKindFigure',
  formula: 'targetKindFormula',
  term: 'targetKindTerm',
  reference: 'targetKindReference',
};

function parseKind(value: string): TargetKind | 'all' {
  return crossReferenceTargetKinds.find((targetKind) => targetKind === value) ?? 'all';
}

/** Lists every clause, annex, table, figure, formula, term and referenced document with its current number. */
export function CrossReferencePicker(props: CrossReferencePickerProps) {
  const [query, setQuery] = createSignal('');
  const [kind, setKind] = createSignal<TargetKind | 'all'>('all');
  // The list is taken when the picker opens; the numbers it shows are what the reference will print now.
  const targets = untrack(() => crossReferenceTargets(derivedNumbering(props.editor.state)));
  const shown = createMemo(() => filterTargets(targets, query(), kind()));
  const searchId = createUniqueId();

  function insert(targetId: string): void {
    props.editor.chain().focus().insertCrossReference(targetId).run();
    props.onClose();
  }

  return (
    <ElementDialog title={translate('crossReferencePickerTitle')} testId="cross-reference-picker" onClose={() => props.onClose()}>
      <div class="nd-picker__filters">
        <div class="nd-field nd-picker__search">
          <label for={searchId}>{translate('crossReferenceSearchLabel')}</label>
          <input id={searchId} type="search" data-testid="cross-reference-search" value={query()} onInput={(event) => setQuery(event.currentTarget.value)} autofocus />
        </div>
        <div class="nd-field">
          <label>
            {translate('crossReferenceKindLabel')}
            <select data-testid="cross-reference-kind" value={kind()} onChange={(event) => setKind(parseKind(event.currentTarget.value))}>
              <option value="all">{translate('targetKindAll')}</option>
              <For each={[...crossReferenceTargetKinds]}>{(targetKind) => <option value={targetKind}>{translate(targetKindNames[targetKind])}</option>}</For>
            </select>
          </label>
        </div>
      </div>
      <ul class="nd-picker__list" role="listbox" aria-label={translate('crossReferencePickerTitle')}>
        <For each={shown()}>
          {(target) => (
            <li role="option" aria-selected="false">
              <button type="button" class="nd-picker__target" data-testid="cross-reference-target" data-kind={target.kind} data-target-id={target.id} onClick={() => insert(target.id)}>
                <span class="nd-picker__kind">{translate(targetKindNames[target.kind])}</span>
                <span class="nd-picker__text">{target.text}</span>
                <span class="nd-picker__title">{target.title}</span>
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show when={shown().length === 0}>
        <p class="nd-muted" data-testid="cross-reference-none">{translate('crossReferenceNoTargets')}</p>
      </Show>
    </ElementDialog>
  );
}
