import { nodeNames } from '../../editor/node-names';
import { familyKeysOf, listsAllParts, parseDocumentNumber, toHalfWidth, type DocumentNumber } from './document-numbers';
import { placedIn } from './lint-context';
import type { LintTarget } from './lint-finding';
import type { PlacedSection } from './lint-rule';
import { memoizePerCheck } from './memoize-per-check';
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

/** A listed document with where its entry stands in the document checked. */
export interface PlacedListedDocument extends ListedDocument {
  target: LintTarget;
}

export interface ListedDocuments {
  /** Entries of 规范性引用文件 and 参考文献 in document order. */
  entries: readonly PlacedListedDocument[];
  /** Whether a document number written in the text is listed, directly or as a part of a document listed with "所有部分". */
  isListed(documentNumber: DocumentNumber, familyKeys?: readonly string[]): boolean;
}

function listOf(section: SectionIndex): ListedDocument['list'] | null {
  if (section.kind === 'bibliography') return 'bibliography';
  return section.chapterRole === 'normativeReferences' ? 'normativeReferences' : null;
}

/** The entries a section lists: all of them in 参考文献 and 规范性引用文件, none anywhere else. */
export const listedDocumentsIn = memoizePerSection((section): readonly ListedDocument[] => {
  const list = listOf(section);
  if (!list) return [];
  return section.nodesOfType(nodeNames.referenceEntry).map((entry) => {
    const documentNumber = String(entry.node.attrs.documentNumber ?? '');
    const parsed = parseDocumentNumber(documentNumber);
    const key = parsed?.key ?? toHalfWidth(documentNumber).replace(/\s+/g, ' ').trim();
    return { entry, documentNumber, parsed, key, list };
  });
});

function placed(section: PlacedSection, listed: ListedDocument): PlacedListedDocument {
  return { ...listed, target: placedIn(section, listed.entry) };
}

export const collectListedDocuments = memoizePerCheck((context): ListedDocuments => {
  const entries: PlacedListedDocument[] = [];
  const keys = new Set<string>();
  const allPartsKeys = new Set<string>();
  for (const section of context.sections) {
    for (const listed of listedDocumentsIn(section.index)) {
      entries.push(placed(section, listed));
      keys.add(listed.key);
      if (listsAllParts(listed.documentNumber)) allPartsKeys.add(listed.key);
    }
  }
  return {
    entries,
    isListed(documentNumber, familyKeys = familyKeysOf(documentNumber)) {
      if (keys.has(documentNumber.key)) return true;
      for (const key of familyKeys) {
        if (allPartsKeys.has(key)) return true;
      }
      return false;
    },
  };
});
