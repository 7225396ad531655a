import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Selection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { nodeNames } from '../../../shared/editor/node-names';
import { estimatedHeight } from './estimated-height';

/** The class standard-document.css lays out only near the window. */
const deferredSectionClass = 'nd-deferred-section';

/** Estimates move in steps, so typing does not rewrite a section's style on every key. */
const heightStep = 50;

export interface DeferredSection {
  position: number;
  node: ProseMirrorNode;
  /** The height the browser assumes until the section has been drawn, in CSS pixels. */
  estimatedHeight: number;
}

function deferredSection(node: ProseMirrorNode, position: number): DeferredSection {
  return { position, node, estimatedHeight: Math.ceil(estimatedHeight(node) / heightStep) * heightStep };
}

/**
 * Chapters and annexes, and the clauses directly in them: big enough that skipping one saves real work, small enough
 * that drawing one as it comes near the window does not hold up scrolling.
 */
export function deferredSectionsOf(document: ProseMirrorNode): DeferredSection[] {
  const sections: DeferredSection[] = [];
  document.forEach((section, sectionOffset) => {
    if (section.type.name !== nodeNames.clause && section.type.name !== nodeNames.annex) return;
    sections.push(deferredSection(section, sectionOffset));
    section.forEach((child, childOffset) => {
      if (child.type.name === nodeNames.clause) sections.push(deferredSection(child, sectionOffset + 1 + childOffset));
    });
  });
  return sections;
}

function holdsSelection(section: DeferredSection, selection: Selection): boolean {
  const end = section.position + section.node.nodeSize;
  return [selection.anchor, selection.head].some((position) => position > section.position && position < end);
}

interface DeferredSectionsState {
  document: ProseMirrorNode;
  sections: DeferredSection[];
  /** The positions of the sections that hold the selection, which are never skipped. */
  selected: string;
  decorations: DecorationSet;
}

/**
 * The browser lays out a skipped section only in its next frame, and keys typed before then would go to the next
 * place it has laid out: the sections that hold the cursor, or either end of a selection, are therefore never skipped.
 */
function nextState(document: ProseMirrorNode, selection: Selection, previous: DeferredSectionsState | null): DeferredSectionsState {
  const sections = previous?.document === document ? previous.sections : deferredSectionsOf(document);
  const selected = sections.filter((section) => holdsSelection(section, selection));
  const selectedKey = selected.map((section) => section.position).join(' ');
  if (previous && previous.sections === sections && previous.selected === selectedKey) return previous;
  const decorations = sections
    .filter((section) => !selected.includes(section))
    .map(({ position, node, estimatedHeight: height }) => Decoration.node(position, position + node.nodeSize, { class: deferredSectionClass, style: `contain-intrinsic-block-size: auto ${height}px` }));
  return { document, sections, selected: selectedKey, decorations: DecorationSet.create(document, decorations) };
}

const deferredSectionsKey = new PluginKey<DeferredSectionsState>('deferredSections');

/**
 * Lets the browser skip the layout of sections far from the window (content-visibility), with an estimate of their
 * height until they are drawn, which keeps the scroll bar close to the document's real length.
 */
export function createDeferredSectionsPlugin(): Plugin<DeferredSectionsState> {
  return new Plugin<DeferredSectionsState>({
    key: deferredSectionsKey,
    state: {
      init: (_config, state) => nextState(state.doc, state.selection, null),
      apply: (_transaction, previous, _oldState, newState) => nextState(newState.doc, newState.selection, previous),
    },
    props: {
      decorations: (state) => deferredSectionsKey.getState(state)?.decorations,
    },
  });
}

export const DeferredSections = Extension.create({
  name: 'deferredSections',

  addProseMirrorPlugins() {
    return [createDeferredSectionsPlugin()];
  },
});
