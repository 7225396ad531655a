import { nodeNames } from '../../editor/node-names';
import { familyKeysOf, isStandardPrefix, type DocumentNumber } from './document-numbers';
import { memoizePerSection } from './memoize-per-section';
import { documentNumbersIn } from './node-text-facts';
import type { IndexedNode, SectionIndex } from './section-index';

export interface DocumentNumberMention {
  documentNumber: DocumentNumber;
  /** The textblock or footnote the number is written in. */
  source: IndexedNode;
}

/** A mention of a standard ("GB/T 1.1", not "CO 2"), with the keys of the documents a numbered part belongs to. */
export interface StandardMention extends DocumentNumberMention {
  familyKeys: readonly string[];
}

export interface SectionCitations {
  /** Standards cited in the section's text, each once per block: textblocks in document order, then footnotes. */
  standardMentions: readonly StandardMention[];
  /** Keys of every document cited in the section's text, with the keys of the documents their parts belong to. */
  citedKeys: ReadonlySet<string>;
  /** Stable ids that the section's cross-references point at. */
  crossReferenceTargets: ReadonlySet<string>;
}

/**
 * Text that cites documents: 引言, chapters and annexes, footnotes included. 前言 is left out (its standard sentence
 * names GB/T 1.1 without citing it), and so are the lists themselves: 规范性引用文件 and 参考文献.
 */
function citesDocuments(section: SectionIndex, source: IndexedNode): boolean {
  if (section.kind !== 'introduction' && section.kind !== 'chapter' && section.kind !== 'annex') return false;
  return section.chapterRole !== 'normativeReferences' && source.node.type.name !== nodeNames.referenceEntry;
}

export const collectSectionCitations = memoizePerSection((section): SectionCitations => {
  const standardMentions: StandardMention[] = [];
  const citedKeys = new Set<string>();
  function collect(source: IndexedNode): void {
    if (!citesDocuments(section, source)) return;
    const keysInSource: string[] = [];
    for (const documentNumber of documentNumbersIn(source.node)) {
      const familyKeys = familyKeysOf(documentNumber);
      citedKeys.add(documentNumber.key);
      for (const key of familyKeys) citedKeys.add(key);
      if (!isStandardPrefix(documentNumber.prefix) || keysInSource.includes(documentNumber.key)) continue;
      keysInSource.push(documentNumber.key);
      standardMentions.push({ documentNumber, source, familyKeys });
    }
  }
  for (const block of section.textBlocks) collect(block);
  for (const footnote of section.nodesOfType(nodeNames.footnote)) collect(footnote);

  const crossReferenceTargets = new Set<string>();
  for (const reference of section.nodesOfType(nodeNames.crossReference)) {
    const targetId: unknown = reference.node.attrs.targetId;
    if (typeof targetId === 'string' && targetId !== '') crossReferenceTargets.add(targetId);
  }
  return { standardMentions, citedKeys, crossReferenceTargets };
});
