import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../editor/node-names';
import type { SectionIndex } from './section-index';
import { textFactsOf } from './node-text-facts';
import { forEachUnit } from './unit-index';
import { Vocabulary } from './vocabulary';

export type { Vocabulary } from './vocabulary';

/** Where a section's text uses a term. */
export interface TermUse {
  /** In text outside every term entry. */
  outsideEntries: boolean;
  /** In the text of these term entries; a term is not used by its own entry. */
  inEntries: ProseMirrorNode[];
}

export type SectionTermUses = ReadonlyMap<string, TermUse>;

const termNameTypes: ReadonlySet<string> = new Set([nodeNames.termChinese, nodeNames.termEnglish]);

let lastVocabulary: { key: string; vocabulary: Vocabulary } | null = null;

/** The vocabulary of these terms; the same object while the terms stay the same, so what each text uses is kept. */
export function vocabularyOf(terms: readonly string[]): Vocabulary {
  const key = JSON.stringify(terms);
  if (lastVocabulary?.key !== key) {
    lastVocabulary = { key, vocabulary: new Vocabulary(new Set(terms)) };
  }
  return lastVocabulary.vocabulary;
}

function record(uses: Map<string, TermUse>, terms: readonly string[], termEntry: ProseMirrorNode | null): void {
  for (const term of terms) {
    let use = uses.get(term);
    if (!use) {
      use = { outsideEntries: false, inEntries: [] };
      uses.set(term, use);
    }
    if (termEntry === null) use.outsideEntries = true;
    else if (!use.inEntries.includes(termEntry)) use.inEntries.push(termEntry);
  }
}

function scanSection(section: SectionIndex, vocabulary: Vocabulary): SectionTermUses {
  const uses = new Map<string, TermUse>();
  forEachUnit(section.root, (unit) => {
    for (const block of unit.textBlocks) {
      if (!termNameTypes.has(block.node.type.name)) record(uses, block.facts.terms(vocabulary), block.termEntry);
    }
    for (const footnote of unit.nodesOfType(nodeNames.footnote)) {
      record(uses, textFactsOf(footnote.node).terms(vocabulary), footnote.termEntry);
    }
  });
  return uses;
}

const usesBySection = new WeakMap<ProseMirrorNode, { vocabulary: Vocabulary; uses: SectionTermUses }>();

/** Where the section uses the terms; kept with the section until it or the vocabulary changes. */
export function termUsesIn(section: SectionIndex, vocabulary: Vocabulary): SectionTermUses {
  const known = usesBySection.get(section.node);
  if (known?.vocabulary === vocabulary) return known.uses;
  const uses = scanSection(section, vocabulary);
  usesBySection.set(section.node, { vocabulary, uses });
  return uses;
}

/** Whether the uses include one that counts for the term entry: anywhere but in the entry itself. */
export function isUsedBesides(use: TermUse | undefined, entry: ProseMirrorNode): boolean {
  return use !== undefined && (use.outsideEntries || use.inEntries.some((user) => user !== entry));
}
