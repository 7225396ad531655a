import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames, nodeTypesWithStableIdentifiers } from '../../editor/node-names';
import { chapterRoleOf, type ChapterRole } from './chapter-roles';
import { textOfNode } from './node-text-facts';
import type { LintTarget } from './lint-finding';

export type SectionKind = 'cover' | 'foreword' | 'introduction' | 'chapter' | 'annex' | 'bibliography';

/** A node inside a section; its position counts from the section's own, which is 0. */
export interface IndexedNode extends LintTarget {
  node: ProseMirrorNode;
  /** The term entry the node belongs to (or is), if any. */
  termEntry: ProseMirrorNode | null;
}

export interface IndexedTextBlock extends IndexedNode {
  text: string;
}

/** The node types rules look up; table grids and list items are walked through but not kept, to spare allocations. */
export const indexedNodeTypes = [
  nodeNames.cover,
  nodeNames.clause,
  nodeNames.annex,
  nodeNames.note,
  nodeNames.example,
  nodeNames.orderedList,
  nodeNames.tableBlock,
  nodeNames.tableNote,
  nodeNames.figure,
  nodeNames.formula,
  nodeNames.termEntry,
  nodeNames.termDefinition,
  nodeNames.referenceEntry,
  nodeNames.footnote,
  nodeNames.crossReference,
] as const;

export type IndexedNodeType = (typeof indexedNodeTypes)[number];

/**
 * A child of the document (封面, 前言, 引言, a chapter, an annex or 参考文献) indexed on its own, so the index
 * of every section an edit did not touch is reused as it is. Nothing in it depends on the rest of the document.
 */
export interface SectionIndex {
  kind: SectionKind;
  node: ProseMirrorNode;
  /** The section's own stable id: the target of anything inside that has none of its own. */
  targetId: string | null;
  title: string;
  /** What the title says a chapter is; null for anything but chapters. */
  chapterRole: ChapterRole | null;
  /** The section node itself, at position 0. */
  itself: IndexedNode;
  /** Every textblock (paragraphs, titles, term parts, table notes…) in document order, with its text. */
  textBlocks: readonly IndexedTextBlock[];
  /** Every node with a stable id of its own, in document order, the section itself included. */
  identifiedNodes: readonly IndexedNode[];
  /** Every node of an indexed type, in document order, the section itself included. */
  nodesOfType(typeName: IndexedNodeType): readonly IndexedNode[];
}

const noNodes: readonly IndexedNode[] = [];

const typesWithStableIds: ReadonlySet<string> = new Set(nodeTypesWithStableIdentifiers);

/** The node's own stable id; only the types that carry one are asked, which keeps the walk fast. */
export function stableIdOf(node: ProseMirrorNode): string | null {
  if (!typesWithStableIds.has(node.type.name)) return null;
  const id: unknown = node.attrs.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/** What kind of section a child of the document is; null for anything the checker does not look at. */
export function sectionKindOf(typeName: string): SectionKind | null {
  switch (typeName) {
    case nodeNames.cover:
      return 'cover';
    case nodeNames.foreword:
      return 'foreword';
    case nodeNames.introduction:
      return 'introduction';
    case nodeNames.clause:
      return 'chapter';
    case nodeNames.annex:
      return 'annex';
    case nodeNames.bibliography:
      return 'bibliography';
    default:
      return null;
  }
}

function titleOf(node: ProseMirrorNode): string {
  const first = node.firstChild;
  return first && (first.type.name === nodeNames.clauseTitle || first.type.name === nodeNames.annexTitle) ? first.textContent : '';
}

function buildSectionIndex(section: ProseMirrorNode, kind: SectionKind): SectionIndex {
  const textBlocks: IndexedTextBlock[] = [];
  const identifiedNodes: IndexedNode[] = [];
  const byType = new Map<string, IndexedNode[]>(indexedNodeTypes.map((typeName) => [typeName, []]));

  function visitChildren(parent: ProseMirrorNode, contentStart: number, parentTargetId: string | null, termEntry: ProseMirrorNode | null): void {
    let position = contentStart;
    for (let childIndex = 0; childIndex < parent.childCount; childIndex += 1) {
      const child = parent.child(childIndex);
      if (!child.isText) visitNode(child, position, parentTargetId, termEntry);
      position += child.nodeSize;
    }
  }

  function visitNode(node: ProseMirrorNode, position: number, parentTargetId: string | null, parentTermEntry: ProseMirrorNode | null): void {
    const ownId = stableIdOf(node);
    const targetId = ownId ?? parentTargetId;
    const termEntry = node.type.name === nodeNames.termEntry ? node : parentTermEntry;
    const ofType = byType.get(node.type.name);
    let indexed: IndexedNode | null = null;
    if (node.isTextblock) {
      const block: IndexedTextBlock = { node, position, targetId, termEntry, text: textOfNode(node) };
      textBlocks.push(block);
      indexed = block;
    } else if (ofType) indexed = { node, position, targetId, termEntry };
    if (indexed) {
      ofType?.push(indexed);
      if (ownId !== null) identifiedNodes.push(indexed);
    }
    // A block of plain text holds no footnote or cross-reference to index.
    if (node.isLeaf || (node.childCount === 1 && node.firstChild?.isText === true)) return;
    visitChildren(node, position + 1, targetId, termEntry);
  }

  const targetId = stableIdOf(section);
  const title = titleOf(section);
  const itself: IndexedNode = { node: section, position: 0, targetId, termEntry: null };
  byType.get(section.type.name)?.push(itself);
  if (targetId !== null) identifiedNodes.push(itself);
  if (!section.isLeaf) visitChildren(section, 1, targetId, null);

  return {
    kind,
    node: section,
    targetId,
    title,
    chapterRole: kind === 'chapter' ? chapterRoleOf(title) : null,
    itself,
    textBlocks,
    identifiedNodes,
    nodesOfType: (typeName) => byType.get(typeName) ?? noNodes,
  };
}

/** The index of a child of the document, or null when the checker does not look at that kind of child. */
export function indexSection(section: ProseMirrorNode): SectionIndex | null {
  const kind = sectionKindOf(section.type.name);
  return kind === null ? null : indexSectionOfKind(section, kind);
}

const indexedSections = new WeakMap<ProseMirrorNode, SectionIndex>();

function indexSectionOfKind(section: ProseMirrorNode, kind: SectionKind): SectionIndex {
  let index = indexedSections.get(section);
  if (!index) {
    index = buildSectionIndex(section, kind);
    indexedSections.set(section, index);
  }
  return index;
}
