import { nodeNames } from '../../editor/node-names';
import { familyKeysOf, isStandardPrefix, type DocumentNumber } from './document-numbers';
import type { LintTarget } from './lint-finding';
import { memoizePerSection } from './memoize-per-section';
import { memoizePerUnit } from './memoize-per-unit';
import { textFactsOf, type TextFacts } from './node-text-facts';
import { forEachUnit, type IndexedNode, type UnitIndex } from './unit-index';

/** A mention of a standard ("GB/T 1.1", not "CO 2"), with the keys of the documents a numbered part belongs to. */
export interface StandardMention {
  documentNumber: DocumentNumber;
  /** The textblock or footnote the number is written in. */
  source: LintTarget;
  familyKeys: readonly string[];
  /** The text goes on to name a part of the document: "GB/T 2828.1中5.2", "GB/T 191的表1", "…中附录B". */
  pointsIntoDocument: boolean;
  /** The block holds a requirement or recommendation, so the document is cited normatively there. */
  isNormative: boolean;
}

/** What follows a document number when the citation points at one of its parts (9.5.4.1). */
const specificPartPattern = /^[\s\u3000]*(?:中|的)[\s\u3000]*(?:第[\s\u3000]*)?(?:\d+(?:\.\d+)*(?![\d.])|[A-Z]\.\d|表[\s\u3000]*(?:[A-Z]\.)?\d|图[\s\u3000]*(?:[A-Z]\.)?\d|附录[\s\u3000]*[A-Z])/;

interface Citations {
  /** Standards cited in the text, each once per block: in each unit, textblocks in document order, then footnotes. */
  standardMentions: readonly StandardMention[];
  /** Keys of every document cited in the text, with the keys of the documents their parts belong to. */
  citedKeys: readonly string[];
}

export interface SectionCitations {
  standardMentions: readonly StandardMention[];
  citedKeys: ReadonlySet<string>;
  /** Stable ids that the section's cross-references point at. */
  crossReferenceTargets: ReadonlySet<string>;
}

/**
 * Text that cites documents: 引言, chapters and annexes, footnotes included. 前言 is left out (its standard sentence
 * names GB/T 1.1 without citing it), and so are the lists themselves: 规范性引用文件 and 参考文献.
 */
function citesDocuments(unit: UnitIndex, source: IndexedNode): boolean {
  if (unit.kind !== 'introduction' && unit.kind !== 'chapter' && unit.kind !== 'annex') return false;
  return unit.chapterRole !== 'normativeReferences' && source.node.type.name !== nodeNames.referenceEntry;
}

interface MutableCitations {
  standardMentions: StandardMention[];
  citedKeys: string[];
}

function collectFrom(source: IndexedNode, facts: TextFacts, citations: MutableCitations, informative: boolean): void {
  const keysInSource: string[] = [];
  const isNormative = !informative && facts.requirementWording() !== null;
  for (const documentNumber of facts.documentNumbers()) {
    const familyKeys = familyKeysOf(documentNumber);
    citations.citedKeys.push(documentNumber.key, ...familyKeys);
    if (!isStandardPrefix(documentNumber.prefix) || keysInSource.includes(documentNumber.key)) continue;
    keysInSource.push(documentNumber.key);
    const after = facts.text.slice(documentNumber.index + documentNumber.written.length);
    citations.standardMentions.push({ documentNumber, source, familyKeys, pointsIntoDocument: specificPartPattern.test(after), isNormative });
  }
}

const citationsInUnit = memoizePerUnit((unit): Citations => {
  const citations: MutableCitations = { standardMentions: [], citedKeys: [] };
  for (const block of unit.textBlocks) {
    if (citesDocuments(unit, block)) collectFrom(block, block.facts, citations, false);
  }
  for (const footnote of unit.nodesOfType(nodeNames.footnote)) {
    if (citesDocuments(unit, footnote)) collectFrom(footnote, textFactsOf(footnote.node), citations, true);
  }
  return citations;
});

/** What the section's text cites, gathered from its units. */
export const collectSectionCitations = memoizePerSection((section): SectionCitations => {
  const standardMentions: StandardMention[] = [];
  const citedKeys = new Set<string>();
  forEachUnit(section.root, (unit, position) => {
    const citations = citationsInUnit(unit);
    for (const mention of citations.standardMentions) {
      standardMentions.push(position === 0 ? mention : { ...mention, source: { position: position + mention.source.position, targetId: mention.source.targetId } });
    }
    for (const key of citations.citedKeys) citedKeys.add(key);
  });

  const crossReferenceTargets = new Set<string>();
  for (const reference of section.nodesOfType(nodeNames.crossReference)) {
    const targetId: unknown = reference.node.attrs.targetId;
    if (typeof targetId === 'string' && targetId !== '') crossReferenceTargets.add(targetId);
  }
  return { standardMentions, citedKeys, crossReferenceTargets };
});
