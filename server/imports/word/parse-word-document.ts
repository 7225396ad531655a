import type { JSONContent } from '@tiptap/core';
import { mappedElementKinds, type MappedElementKind } from '../../../shared/api/word-import';
import { nodeNames } from '../../../shared/editor/node-names';
import { buildStandardJson } from './build-standard-json';
import { completeTermEntries } from './complete-term-entries';
import { readWordBlocks } from './read-word-blocks';
import { linkTypedReferences } from './typed-references';
import { defaultWordImportLimits, type ParsedWordDocument, type WordImportLimits } from './word-import';
import { openWordPackage } from './word-package';

const countedKinds: Partial<Record<string, MappedElementKind>> = {
  [nodeNames.clause]: 'clauses',
  [nodeNames.annex]: 'annexes',
  [nodeNames.termEntry]: 'terms',
  [nodeNames.referenceEntry]: 'references',
  [nodeNames.tableBlock]: 'tables',
  [nodeNames.figure]: 'figures',
  [nodeNames.formula]: 'formulas',
  [nodeNames.note]: 'notes',
  [nodeNames.tableNote]: 'notes',
  [nodeNames.example]: 'examples',
  [nodeNames.footnote]: 'footnotes',
  [nodeNames.tableFootnote]: 'footnotes',
  [nodeNames.crossReference]: 'crossReferences',
};

function countElements(node: JSONContent, counts: Record<MappedElementKind, number>, inList: boolean): void {
  const kind = countedKinds[node.type ?? ''];
  if (kind) counts[kind] += 1;
  const isList = node.type === nodeNames.bulletList || node.type === nodeNames.orderedList;
  if (isList && !inList) counts.lists += 1;
  for (const child of node.content ?? []) countElements(child, counts, inList || isList);
}

/**
 * Reads a .docx into a whole draft: opens the package within the limits, reads its paragraphs and tables, builds
 * the structure, completes term entries and links typed cross-references. Throws a DomainError with a message
 * that says what to do when the file cannot be read.
 */
export async function parseWordDocument(bytes: Uint8Array, limits: WordImportLimits = defaultWordImportLimits): Promise<ParsedWordDocument> {
  const wordPackage = await openWordPackage(bytes, limits);
  const read = readWordBlocks(wordPackage, limits);
  const built = buildStandardJson(read.blocks, read.notes);
  const { document, links } = linkTypedReferences(completeTermEntries(built.document));
  const mapped = Object.fromEntries(mappedElementKinds.map((kind) => [kind, 0])) as Record<MappedElementKind, number>;
  countElements(document, mapped, false);
  mapped.crossReferences = links;
  mapped.coverFields = built.coverFieldCount;
  const notMapped = [...built.notMapped];
  if (wordPackage.hasHeadersOrFooters) {
    notMapped.push({ kind: 'header_footer', where: '页眉和页脚', message: { zh: '页眉和页脚未导入：导出时产品按规定的版式生成页眉、页脚和页码。', en: 'Headers and footers were not imported: the product makes them, with page numbers, in the prescribed layout when it exports.' } });
  }
  return { document, images: read.images.map((image) => ({ placeholderId: image.placeholderId, bytes: new Uint8Array(image.bytes) })), mapped, notMapped };
}
