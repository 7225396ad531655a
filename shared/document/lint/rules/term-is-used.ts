import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { LintRule } from '../lint-types';
import { indexDocument, type IndexedNode } from '../document-index';
import { findingAt, type LintFinding } from '../lint-finding';
import { termPartsOf } from '../term-parts';

interface DefinedTerm {
  term: string;
  entry: IndexedNode;
  used: boolean;
}

const termNameTypes: ReadonlySet<string> = new Set([nodeNames.termChinese, nodeNames.termEnglish]);

/**
 * Finds every term in one pass over the text: candidate terms are grouped by their first character, and a
 * bitmap of first characters lets the scan skip almost every position without a lookup.
 */
class TermScanner {
  private readonly isFirstCharacter = new Uint8Array(0x10000);
  private readonly termsByFirstCharacter = new Map<number, DefinedTerm[]>();
  private unused: number;

  constructor(terms: readonly DefinedTerm[]) {
    this.unused = terms.length;
    for (const defined of terms) {
      const code = defined.term.charCodeAt(0);
      this.isFirstCharacter[code] = 1;
      const group = this.termsByFirstCharacter.get(code);
      if (group) group.push(defined);
      else this.termsByFirstCharacter.set(code, [defined]);
    }
  }

  get allUsed(): boolean {
    return this.unused === 0;
  }

  /** Marks the terms the text uses; a term is not "used" by its own entry. */
  scan(text: string, termEntry: ProseMirrorNode | null): void {
    for (let offset = 0; offset < text.length; offset += 1) {
      const code = text.charCodeAt(offset);
      if (this.isFirstCharacter[code] !== 1) continue;
      for (const defined of this.termsByFirstCharacter.get(code) ?? []) {
        if (defined.used || defined.entry.node === termEntry || !text.startsWith(defined.term, offset)) continue;
        defined.used = true;
        this.unused -= 1;
      }
      if (this.unused === 0) return;
    }
  }
}

export const termIsUsed: LintRule = {
  id: 'term-is-used',
  severity: 'warning',
  description: {
    zh: '界定的每个术语都应在文件中使用。',
    en: 'Every defined term is used in the document.',
  },
  check(context) {
    const index = indexDocument(context);
    const terms: DefinedTerm[] = [];
    for (const entry of index.nodesOfType(nodeNames.termEntry)) {
      const term = termPartsOf(entry.node).chinese;
      if (term !== '') terms.push({ term, entry, used: false });
    }
    if (terms.length === 0) return [];
    const scanner = new TermScanner(terms);
    for (const block of index.textBlocks) {
      if (scanner.allUsed) break;
      if (!termNameTypes.has(block.node.type.name)) scanner.scan(block.text, block.termEntry);
    }
    for (const footnote of index.nodesOfType(nodeNames.footnote)) {
      if (scanner.allUsed) break;
      scanner.scan(String(footnote.node.attrs.text ?? ''), footnote.termEntry);
    }
    const findings: LintFinding[] = [];
    for (const { term, entry, used } of terms) {
      if (used) continue;
      findings.push(
        findingAt(
          entry,
          `术语“${term}”已界定，但文件中没有使用；应在条文中使用该术语，或删除该术语条目。`,
          `The term "${term}" is defined but never used; use it in the text or delete the entry.`,
        ),
      );
    }
    return findings;
  },
};
