import { nodeNames } from '../../editor/node-names';
import { findDocumentNumbers, type DocumentNumber } from './document-numbers';
import { memoizePerSection } from './memoize-per-section';
import type { IndexedNode } from './section-index';

export interface DocumentNumberOccurrences {
  /** Textblocks and footnotes that hold at least one document number, with those numbers. */
  bySource: ReadonlyMap<IndexedNode, readonly DocumentNumber[]>;
  /** The text of every footnote (an attribute, so not among the textblocks). */
  footnoteTexts: ReadonlyMap<IndexedNode, string>;
}

/** The document numbers written in every textblock and footnote of a section, found once per version of the section. */
export const documentNumbersInSection = memoizePerSection((section): DocumentNumberOccurrences => {
  const bySource = new Map<IndexedNode, readonly DocumentNumber[]>();
  const footnoteTexts = new Map<IndexedNode, string>();
  function collect(source: IndexedNode, text: string): void {
    const documentNumbers = findDocumentNumbers(text);
    if (documentNumbers.length > 0) bySource.set(source, documentNumbers);
  }
  for (const block of section.textBlocks) collect(block, block.text);
  for (const footnote of section.nodesOfType(nodeNames.footnote)) {
    const text = String(footnote.node.attrs.text ?? '');
    footnoteTexts.set(footnote, text);
    collect(footnote, text);
  }
  return { bySource, footnoteTexts };
});
