import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../editor/node-names';
import type { SectionIndex } from './section-index';
import { forEachUnit } from './unit-index';

/** Where a section's text uses a term. */
export interface TermUse {
  /** In text outside every term entry. */
  outsideEntries: boolean;
  /** In the text of these term entries; a term is not used by its own entry. */
  inEntries: ProseMirrorNode[];
}

export type SectionTermUses = ReadonlyMap<string, TermUse>;

const termNameTypes: ReadonlySet<string> = new Set([nodeNames.termChinese, nodeNames.termEnglish]);

/**
 * The terms a document defines, ready to be looked for in text. It finds every term in one pass over a text:
 * terms are grouped by their first character, and a bitmap of first characters lets the scan skip almost every
 * position without a lookup.
 */
export class Vocabulary {
  private readonly isFirstCharacter = new Uint8Array(0x10000);
  private readonly termsByFirstCharacter = new Map<number, string[]>();

  constructor(terms: ReadonlySet<string>) {
    for (const term of terms) {
      const code = term.charCodeAt(0);
      this.isFirstCharacter[code] = 1;
      const group = this.termsByFirstCharacter.get(code);
      if (group) group.push(term);
      else this.termsByFirstCharacter.set(code, [term]);
    }
  }

  /** The distinct terms the text uses, in the order they first occur. */
  termsIn(text: string): readonly string[] {
    let found: string[] | null = null;
    for (let offset = 0; offset < text.length; offset += 1) {
      const code = text.charCodeAt(offset);
      if (this.isFirstCharacter[code] !== 1) continue;
      for (const term of this.termsByFirstCharacter.get(code) ?? []) {
        if (!text.startsWith(term, offset)) continue;
        found ??= [];
        if (!found.includes(term)) found.push(term);
      }
    }
    return found ?? noTerms;
  }
}

const noTerms: readonly string[] = [];

let lastVocabulary: { key: string; vocabulary: Vocabulary } | null = null;

/** The vocabulary of these terms; the same object while the terms stay the same, so what each text uses is kept. */
export function vocabularyOf(terms: readonly string[]): Vocabulary {
  const key = JSON.stringify(terms);
  if (lastVocabulary?.key !== key) {
    lastVocabulary = { key, vocabulary: new Vocabulary(new Set(terms)) };
  }
  return lastVocabulary.vocabulary;
}

/** Keyed by the textblock or footnote node, so a section that changed only scans the blocks that did. */
const termsByText = new WeakMap<ProseMirrorNode, { vocabulary: Vocabulary; terms: readonly string[] }>();

function termsInText(holder: ProseMirrorNode, text: string, vocabulary: Vocabulary): readonly string[] {
  const known = termsByText.get(holder);
  if (known?.vocabulary === vocabulary) return known.terms;
  const terms = vocabulary.termsIn(text);
  termsByText.set(holder, { vocabulary, terms });
  return terms;
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
      if (!termNameTypes.has(block.node.type.name)) record(uses, termsInText(block.node, block.text, vocabulary), block.termEntry);
    }
    for (const footnote of unit.nodesOfType(nodeNames.footnote)) {
      record(uses, termsInText(footnote.node, String(footnote.node.attrs.text ?? ''), vocabulary), footnote.termEntry);
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
