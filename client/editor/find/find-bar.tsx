import type { Editor } from '@tiptap/core';
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { maximumMatches } from '../../../shared/document/find-text';
import { translate } from '../../i18n/translate';
import { replaceAllMatches, replaceCurrentMatch, setFindQuery, stepToMatch } from './find-commands';
import { findStateOf } from './find-plugin';
import './find-bar.css';

interface FindBarProps {
  editor: Editor;
  readOnly: boolean;
}

function isFindShortcut(event: KeyboardEvent): 'find' | 'replace' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'f') return 'find';
  if (key === 'h') return 'replace';
  return null;
}

/**
 * Find (Ctrl/⌘+F) and replace (Ctrl+H) in the live draft. Matches are found again after every change, anyone's;
 * replacing checks the text is still there and goes through the shared document like typing.
 */
export function FindBar(props: FindBarProps) {
  const [open, setOpen] = createSignal(false);
  const [replacing, setReplacing] = createSignal(false);
  const [query, setQuery] = createSignal('');
  const [replacement, setReplacement] = createSignal('');
  const [caseSensitive, setCaseSensitive] = createSignal(false);
  const [counts, setCounts] = createSignal({ total: 0, current: -1 });
  const [replacedCount, setReplacedCount] = createSignal<number | null>(null);
  let queryInput: HTMLInputElement | undefined;

  const readCounts = () => {
    const state = findStateOf(props.editor.state);
    setCounts({ total: state.matches.length, current: state.current });
  };
  const search = () => {
    setReplacedCount(null);
    setFindQuery(props.editor, open() ? query() : '', { caseSensitive: caseSensitive() });
    readCounts();
  };

  function show(withReplace: boolean): void {
    setOpen(true);
    if (withReplace && !props.readOnly) setReplacing(true);
    const selected = props.editor.state.doc.textBetween(props.editor.state.selection.from, props.editor.state.selection.to, ' ');
    if (selected !== '' && selected.length <= 100 && !selected.includes('\n')) setQuery(selected);
    search();
    queueMicrotask(() => queryInput?.select());
  }

  function close(): void {
    setOpen(false);
    setReplacing(false);
    search();
    props.editor.view.focus();
  }

  onMount(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = isFindShortcut(event);
      if (!shortcut) return;
      event.preventDefault();
      show(shortcut === 'replace');
    };
    window.addEventListener('keydown', onKey);
    props.editor.on('transaction', readCounts);
    onCleanup(() => {
      window.removeEventListener('keydown', onKey);
      props.editor.off('transaction', readCounts);
      setFindQuery(props.editor, '', { caseSensitive: false });
    });
  });

  const countText = () => {
    const { total, current } = counts();
    if (query() === '') return '';
    if (total === 0) return translate('findNoMatch');
    const shownTotal = total >= maximumMatches ? `${maximumMatches}+` : String(total);
    return current < 0 ? translate('findMatchCount', { total: shownTotal }) : `${current + 1}/${shownTotal}`;
  };

  return (
    <>
      <button type="button" class="nd-button nd-button--quiet" data-testid="find-open" title={translate('findShortcutHint')} onClick={() => (open() ? close() : show(false))}>
        {translate('findButton')}
      </button>
      <Show when={open()}>
        <div class="nd-find-bar" role="search" data-testid="find-bar">
          <input
            ref={queryInput}
            type="search"
            class="nd-find-bar__input"
            data-testid="find-query"
            aria-label={translate('findQueryLabel')}
            placeholder={translate('findQueryLabel')}
            maxLength={200}
            value={query()}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              search();
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                stepToMatch(props.editor, event.shiftKey ? -1 : 1);
              } else if (event.key === 'Escape') close();
            }}
          />
          <span class="nd-find-bar__count" data-testid="find-count" aria-live="polite">
            {countText()}
          </span>
          <button type="button" class="nd-button nd-button--quiet" data-testid="find-previous" disabled={counts().total === 0} onClick={() => stepToMatch(props.editor, -1)} aria-label={translate('findPrevious')}>
            ↑
          </button>
          <button type="button" class="nd-button nd-button--quiet" data-testid="find-next" disabled={counts().total === 0} onClick={() => stepToMatch(props.editor, 1)} aria-label={translate('findNext')}>
            ↓
          </button>
          <label class="nd-find-bar__option">
            <input
              type="checkbox"
              data-testid="find-case"
              checked={caseSensitive()}
              onChange={(event) => {
                setCaseSensitive(event.currentTarget.checked);
                search();
              }}
            />
            {translate('findCaseSensitive')}
          </label>
          <Show when={!props.readOnly}>
            <button type="button" class="nd-button nd-button--quiet" data-testid="find-toggle-replace" aria-pressed={replacing()} onClick={() => setReplacing(!replacing())}>
              {translate('findReplaceToggle')}
            </button>
          </Show>
          <Show when={replacing() && !props.readOnly}>
            <input
              type="text"
              class="nd-find-bar__input"
              data-testid="replace-text"
              aria-label={translate('replaceWithLabel')}
              placeholder={translate('replaceWithLabel')}
              maxLength={200}
              value={replacement()}
              onInput={(event) => setReplacement(event.currentTarget.value)}
            />
            <button type="button" class="nd-button" data-testid="replace-one" disabled={counts().total === 0} onClick={() => replaceCurrentMatch(props.editor, replacement())}>
              {translate('replaceOne')}
            </button>
            <button type="button" class="nd-button" data-testid="replace-all" disabled={counts().total === 0} onClick={() => setReplacedCount(replaceAllMatches(props.editor, replacement()))}>
              {translate('replaceAll')}
            </button>
          </Show>
          <Show when={replacedCount() !== null}>
            <span class="nd-find-bar__count" data-testid="replaced-count" role="status">
              {translate('replacedCount', { count: replacedCount() ?? 0 })}
            </span>
          </Show>
          <button type="button" class="nd-button nd-button--quiet" data-testid="find-close" onClick={close} aria-label={translate('findClose')}>
            ×
          </button>
        </div>
      </Show>
    </>
  );
}
