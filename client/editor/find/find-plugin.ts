import { Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findText, type FindOptions, type TextMatch } from '../../../shared/document/find-text';

export interface FindState {
  query: string;
  options: FindOptions;
  matches: TextMatch[];
  /** Index of the match the person is at, or -1 before they step to one. */
  current: number;
  decorations: DecorationSet;
}

type FindMeta = { kind: 'search'; query: string; options: FindOptions } | { kind: 'current'; index: number };

export const findPluginKey = new PluginKey<FindState>('find');

const closed: FindState = { query: '', options: { caseSensitive: false }, matches: [], current: -1, decorations: DecorationSet.empty };

function decorate(state: EditorState, matches: TextMatch[], current: number): DecorationSet {
  return DecorationSet.create(
    state.doc,
    matches.map((match, index) => Decoration.inline(match.from, match.to, { class: index === current ? 'nd-find-match nd-find-match--current' : 'nd-find-match', 'data-testid': 'find-match' })),
  );
}

/** The match at or after a position, so the count stays where the person was after an edit elsewhere. */
function nearestIndex(matches: TextMatch[], position: number): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex((match) => match.to > position);
  return index < 0 ? matches.length - 1 : index;
}

function searched(state: EditorState, query: string, options: FindOptions, previous: FindState): FindState {
  const matches = findText(state.doc, query, options);
  const anchor = previous.matches[previous.current]?.from ?? state.selection.from;
  const current = previous.current < 0 ? -1 : nearestIndex(matches, anchor);
  return { query, options, matches, current, decorations: decorate(state, matches, current) };
}

/** Matches are found again after every change to the document, local or from a collaborator, while a query is set. */
function apply(transaction: Transaction, previous: FindState, _oldState: EditorState, state: EditorState): FindState {
  const meta = transaction.getMeta(findPluginKey) as FindMeta | undefined;
  if (meta?.kind === 'search') return meta.query === '' ? closed : searched(state, meta.query, meta.options, { ...previous, current: -1 });
  if (meta?.kind === 'current') return { ...previous, current: meta.index, decorations: decorate(state, previous.matches, meta.index) };
  if (previous.query === '' || !transaction.docChanged) return previous;
  const mappedCurrent = previous.matches[previous.current];
  const mapped = mappedCurrent ? { ...previous, matches: [{ from: transaction.mapping.map(mappedCurrent.from), to: transaction.mapping.map(mappedCurrent.to) }], current: 0 } : previous;
  return searched(state, previous.query, previous.options, mapped);
}

export const FindInDocument = Extension.create({
  name: 'findInDocument',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findPluginKey,
        state: { init: () => closed, apply },
        props: { decorations: (state) => findPluginKey.getState(state)?.decorations ?? DecorationSet.empty },
      }),
    ];
  },
});

export function findStateOf(state: EditorState): FindState {
  return findPluginKey.getState(state) ?? closed;
}

export function searchMeta(query: string, options: FindOptions): FindMeta {
  return { kind: 'search', query, options };
}

export function currentMeta(index: number): FindMeta {
  return { kind: 'current', index };
}
