import { nodeNames } from '../../editor/node-names';
import { memoizePerSection } from './memoize-per-section';
import type { IndexedNode } from './section-index';
import { termPartsOf } from './term-parts';

export interface DefinedTerm {
  entry: IndexedNode;
  /** The Chinese term, trimmed; "" when the entry has none yet. */
  term: string;
}

/** The term entries of a section with the Chinese terms they define. */
export const termsDefinedIn = memoizePerSection((section): readonly DefinedTerm[] =>
  section.nodesOfType(nodeNames.termEntry).map((entry) => ({ entry, term: termPartsOf(entry.node).chinese })),
);
