import { nodeNames } from '../../editor/node-names';
import { indexDocument, type IndexedNode } from './document-index';
import { collectDocumentNumberOccurrences } from './document-number-occurrences';
import { familyKeysOf, type DocumentNumber } from './document-numbers';
import { memoizePerCheck } from './memoize-per-check';

export interface DocumentNumberMention {
  documentNumber: DocumentNumber;
  /** The textblock or footnote the number is written in. */
  source: IndexedNode;
}

export interface DocumentCitations {
  /** Document numbers written in text that cites documents: textblocks in document order, then footnotes. */
  mentions: readonly DocumentNumberMention[];
  /** Keys of every document cited in text, with the keys of the documents their parts belong to. */
  citedKeys: ReadonlySet<string>;
  /** Stable ids that cross-references point at. */
  crossReferenceTargets: ReadonlySet<string>;
}

/**
 * Text that cites documents: 引言, chapters and annexes, footnotes included. 前言 is left out (its standard sentence
 * names GB/T 1.1 without citing it), and so are the lists themselves: 规范性引用文件 and 参考文献.
 */
function citesDocuments(indexed: IndexedNode): boolean {
  const section = indexed.section;
  if (section.kind !== 'introduction' && section.kind !== 'chapter' && section.kind !== 'annex') return false;
  return section.chapterRole !== 'normativeReferences' && indexed.node.type.name !== nodeNames.referenceEntry;
}

export const collectDocumentCitations = memoizePerCheck((context): DocumentCitations => {
  const mentions: DocumentNumberMention[] = [];
  for (const [source, documentNumbers] of collectDocumentNumberOccurrences(context).bySource) {
    if (!citesDocuments(source)) continue;
    for (const documentNumber of documentNumbers) mentions.push({ documentNumber, source });
  }

  const citedKeys = new Set<string>();
  for (const { documentNumber } of mentions) {
    citedKeys.add(documentNumber.key);
    for (const key of familyKeysOf(documentNumber)) citedKeys.add(key);
  }

  const crossReferenceTargets = new Set<string>();
  for (const reference of indexDocument(context).nodesOfType(nodeNames.crossReference)) {
    const targetId: unknown = reference.node.attrs.targetId;
    if (typeof targetId === 'string' && targetId !== '') crossReferenceTargets.add(targetId);
  }
  return { mentions, citedKeys, crossReferenceTargets };
});
