import { nodeNames } from '../../editor/node-names';
import { memoizePerSection } from './memoize-per-section';
import type { IndexedNode } from './section-index';
import { termPartsOf } from './term-parts';

export interface DefinedTerm {
  entry: IndexedNode;
  /** The Chinese term, trimmed; "" when the entry has none yet. */
  term: string;
}

const noTerms: readonly DefinedTerm[] = [];

/** The term entries of a section with the Chinese terms they define; the same empty list for every section without any. */
export const termsDefinedIn = memoizePerSection((section): readonly DefinedTerm[] => {
  const entries = section.nodesOfType(nodeNames.termEntry);
  return entries.length === 0 ? noTerms : entries.map((entry) => ({ entry, term: termPartsOf(entry.node).chinese }));
});
