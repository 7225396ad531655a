import { nodeNames } from '../../editor/node-names';
import { indexDocument, type IndexedNode } from './document-index';
import { familyKeysOf, listsAllParts, parseDocumentNumber, toHalfWidth, type DocumentNumber } from './document-numbers';
import { memoizePerCheck } from './memoize-per-check';

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
  /** Entries of 规范性引用文件 and 参考文献 in document order. */
  entries: readonly ListedDocument[];
  /** Whether a document number written in the text is listed, directly or as a part of a document listed with "所有部分". */
  isListed(documentNumber: DocumentNumber): boolean;
}

function listOf(entry: IndexedNode): ListedDocument['list'] | null {
  if (entry.section.kind === 'bibliography') return 'bibliography';
  return entry.section.chapterRole === 'normativeReferences' ? 'normativeReferences' : null;
}

export const collectListedDocuments = memoizePerCheck((context): ListedDocuments => {
  const entries: ListedDocument[] = [];
  const keys = new Set<string>();
  const allPartsKeys = new Set<string>();
  for (const entry of indexDocument(context).nodesOfType(nodeNames.referenceEntry)) {
    const list = listOf(entry);
    if (!list) continue;
    const documentNumber = String(entry.node.attrs.documentNumber ?? '');
    const parsed = parseDocumentNumber(documentNumber);
    const key = parsed?.key ?? toHalfWidth(documentNumber).replace(/\s+/g, ' ').trim();
    entries.push({ entry, documentNumber, parsed, key, list });
    keys.add(key);
    if (listsAllParts(documentNumber)) allPartsKeys.add(key);
  }
  return {
    entries,
    isListed: (documentNumber) => keys.has(documentNumber.key) || familyKeysOf(documentNumber).some((key) => allPartsKeys.has(key)),
  };
});
