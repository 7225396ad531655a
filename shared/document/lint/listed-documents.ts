import { nodeNames } from '../../editor/node-names';
import { familyKeysOf, listsAllParts, parseDocumentNumber, toHalfWidth, type DocumentNumber } from './document-numbers';
import type { LintContext } from './lint-rule';
import { memoizePerSection } from './memoize-per-section';
import type { IndexedNode, SectionIndex } from './section-index';

export interface ListedDocument {
  entry: IndexedNode;
  documentNumber: string;
  /** Null when the entry is not numbered like a standard (a book, a web page). */
  parsed: DocumentNumber | null;
  /** The parsed key, or the number as written (spaces collapsed) when it does not parse. */
  key: string;
  list: 'normativeReferences' | 'bibliography';
}

export interface ListedDocuments {
  /** The entries of 规范性引用文件 and 参考文献, section by section in document order, positions counted from each section. */
  bySection: readonly (readonly ListedDocument[])[];
  /** Whether a document number written in the text is listed, directly or as a part of a document listed with "所有部分". */
  isListed(documentNumber: DocumentNumber, familyKeys?: readonly string[]): boolean;
}

function listOf(section: SectionIndex): ListedDocument['list'] | null {
  if (section.kind === 'bibliography') return 'bibliography';
  return section.chapterRole === 'normativeReferences' ? 'normativeReferences' : null;
}

const nothingListed: readonly ListedDocument[] = [];

/** The entries a section lists: all of them in 参考文献 and 规范性引用文件, none anywhere else. */
export const listedDocumentsIn = memoizePerSection((section): readonly ListedDocument[] => {
  const list = listOf(section);
  const entries = section.nodesOfType(nodeNames.referenceEntry);
  if (!list || entries.length === 0) return nothingListed;
  return entries.map((entry) => {
    const documentNumber = String(entry.node.attrs.documentNumber ?? '');
    const parsed = parseDocumentNumber(documentNumber);
    const key = parsed?.key ?? toHalfWidth(documentNumber).replace(/\s+/g, ' ').trim();
    return { entry, documentNumber, parsed, key, list };
  });
});

function listingOf(bySection: readonly (readonly ListedDocument[])[]): ListedDocuments {
  const keys = new Set<string>();
  const allPartsKeys = new Set<string>();
  for (const listed of bySection.flat()) {
    keys.add(listed.key);
    if (listsAllParts(listed.documentNumber)) allPartsKeys.add(listed.key);
  }
  return {
    bySection,
    isListed(documentNumber, familyKeys = familyKeysOf(documentNumber)) {
      if (keys.has(documentNumber.key)) return true;
      for (const key of familyKeys) {
        if (allPartsKeys.has(key)) return true;
      }
      return false;
    },
  };
}

let lastListing: ListedDocuments | null = null;

/** What 规范性引用文件 and 参考文献 list; the previous check's answer while every section lists the very same entries. */
export function collectListedDocuments(context: LintContext): ListedDocuments {
  const bySection = context.sections.map((section) => listedDocumentsIn(section.index));
  const previous = lastListing;
  if (previous?.bySection.length === bySection.length && bySection.every((listed, index) => listed === previous.bySection[index])) return previous;
  lastListing = listingOf(bySection);
  return lastListing;
}

/** The listed entries grouped by the key of the document they list. */
export function listedDocumentsByKey(listed: readonly ListedDocument[]): ReadonlyMap<string, readonly ListedDocument[]> {
  const byKey = new Map<string, ListedDocument[]>();
  for (const entry of listed) {
    const entries = byKey.get(entry.key);
    if (entries) entries.push(entry);
    else byKey.set(entry.key, [entry]);
  }
  return byKey;
}
