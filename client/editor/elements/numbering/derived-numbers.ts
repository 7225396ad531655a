import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { StepMap } from '@tiptap/pm/transform';
import { Mapping } from '@tiptap/pm/transform';
import type { DecorationSet, EditorView } from '@tiptap/pm/view';
import type { DocumentNumbering } from '../../../../shared/document/numbering';
import { numberDocument } from '../../../../shared/document/numbering';
import type { DerivedTexts } from './derived-texts';
import { mapNumbering } from './map-numbering';
import { numberDecorations } from './number-decorations';
import { textOnlyChange } from './text-only-change';

export interface DerivedNumbersState {
  /** The numbering of an earlier document; `shifts` carry its positions to the current one. */
  base: DocumentNumbering;
  shifts: readonly StepMap[];
  decorations: DecorationSet;
}

export interface DerivedNumbersOptions {
  /** Read each time the decorations are rebuilt, so they follow the interface language. */
  texts: () => DerivedTexts;
}

export const derivedNumbersPluginKey = new PluginKey<DerivedNumbersState>('derivedNumbers');

const refreshMeta = 'refreshDerivedNumbers';

/** Past this many pending shifts a keystroke applies them, so a later read stays cheap. */
const maximumPendingShifts = 200;

const shiftedNumberings = new WeakMap<DerivedNumbersState, DocumentNumbering>();

function derive(document: ProseMirrorNode, texts: DerivedTexts): DerivedNumbersState {
  const numbering = numberDocument(document);
  return { base: numbering, shifts: [], decorations: numberDecorations(document, numbering, texts) };
}

/** Shifting every element costs about a millisecond on a long standard, so it happens only when someone reads it. */
function numberingOf(state: DerivedNumbersState): DocumentNumbering {
  if (state.shifts.length === 0) return state.base;
  let shifted = shiftedNumberings.get(state);
  if (!shifted) {
    shifted = mapNumbering(state.base, new Mapping([...state.shifts]));
    shiftedNumberings.set(state, shifted);
  }
  return shifted;
}

/** Numbers once per changing transaction; a text-only change inside a plain paragraph only moves what is there. */
export function nextDerivedNumbers(transaction: Transaction, previous: DerivedNumbersState, texts: () => DerivedTexts): DerivedNumbersState {
  if (transaction.getMeta(refreshMeta) === true) return derive(transaction.doc, texts());
  if (!transaction.docChanged) return previous;
  const change = textOnlyChange(transaction.before, transaction.doc);
  if (!change) return derive(transaction.doc, texts());
  const decorations = previous.decorations.map(new Mapping([change]), transaction.doc);
  const alreadyShifted = shiftedNumberings.get(previous);
  const base = alreadyShifted ?? previous.base;
  const shifts = alreadyShifted ? [change] : [...previous.shifts, change];
  if (shifts.length > maximumPendingShifts) return { base: mapNumbering(base, new Mapping(shifts)), shifts: [], decorations };
  return { base, shifts, decorations };
}

/** The numbering of the document as the editor shows it. */
export function derivedNumbering(state: EditorState): DocumentNumbering {
  const pluginState = derivedNumbersPluginKey.getState(state);
  return pluginState ? numberingOf(pluginState) : numberDocument(state.doc);
}

/** Rebuilds the decorations without a document change, e.g. after the interface language changed. */
export function refreshDerivedNumbers(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(refreshMeta, true).setMeta('addToHistory', false));
}

export function createDerivedNumbersPlugin(texts: () => DerivedTexts): Plugin<DerivedNumbersState> {
  return new Plugin<DerivedNumbersState>({
    key: derivedNumbersPluginKey,
    state: {
      init: (_configuration, state) => derive(state.doc, texts()),
      apply: (transaction, previous) => nextDerivedNumbers(transaction, previous, texts),
    },
    props: {
      decorations: (state) => derivedNumbersPluginKey.getState(state)?.decorations,
    },
  });
}

/**
 * Shows every derived number: clause and annex headings, 表/图/式 numbers, 注/示例 labels, term numbers,
 * footnote and table-footnote marks, cross-reference texts and the 前言 sentences generated from the cover.
 */
export const DerivedNumbers = Extension.create<DerivedNumbersOptions>({
  name: 'derivedNumbers',

  addOptions() {
    return {
      texts: () => ({
        crossReferenceBrokenTitle: 'The target was deleted',
        crossReferenceBrokenText: '??',
        switchToInformative: '',
        switchToNormative: '',
        generatedFromCover: '',
      }),
    };
  },

  addProseMirrorPlugins() {
    return [createDerivedNumbersPlugin(this.options.texts)];
  },
});
