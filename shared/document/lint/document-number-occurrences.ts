import { nodeNames } from '../../editor/node-names';
import { indexDocument, type IndexedNode } from './document-index';
import { findDocumentNumbers, type DocumentNumber } from './document-numbers';
import { memoizePerCheck } from './memoize-per-check';

export interface DocumentNumberOccurrences {
  /** Textblocks and footnotes that hold at least one document number, with those numbers. */
  bySource: ReadonlyMap<IndexedNode, readonly DocumentNumber[]>;
  /** The text of every footnote (an attribute, so not among the textblocks). */
  footnoteTexts: ReadonlyMap<IndexedNode, string>;
}

/** The document numbers written in every textblock and footnote, found once per check. */
export const collectDocumentNumberOccurrences = memoizePerCheck((context): DocumentNumberOccurrences => {
  const index = indexDocument(context);
  const bySource = new Map<IndexedNode, readonly DocumentNumber[]>();
  const footnoteTexts = new Map<IndexedNode, string>();
  function collect(source: IndexedNode, text: string): void {
    const documentNumbers = findDocumentNumbers(text);
    if (documentNumbers.length > 0) bySource.set(source, documentNumbers);
  }
  for (const block of index.textBlocks) collect(block, block.text);
  for (const footnote of index.nodesOfType(nodeNames.footnote)) {
    const text = String(footnote.node.attrs.text ?? '');
    footnoteTexts.set(footnote, text);
    collect(footnote, text);
  }
  return { bySource, footnoteTexts };
});
