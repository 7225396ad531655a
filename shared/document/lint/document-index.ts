import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames, nodeTypesWithStableIdentifiers } from '../../editor/node-names';
import { chapterRoleOf, type ChapterRole } from './chapter-roles';
import type { LintTarget } from './lint-finding';
import { memoizePerCheck } from './memoize-per-check';

export type SectionKind = 'cover' | 'foreword' | 'introduction' | 'chapter' | 'annex' | 'bibliography';

/** A child of the document: 封面, 前言, 引言, a chapter, an annex or 参考文献. */
export interface IndexedSection extends LintTarget {
  kind: SectionKind;
  node: ProseMirrorNode;
  title: string;
  /** What the title says a chapter is; null for anything but chapters. */
  chapterRole: ChapterRole | null;
  /** 1-based number of a chapter; null for anything but chapters. */
  chapterNumber: number | null;
}

export interface IndexedNode extends LintTarget {
  node: ProseMirrorNode;
  section: IndexedSection;
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

export interface DocumentIndex {
  sections: readonly IndexedSection[];
  chapters: readonly IndexedSection[];
  /** Every textblock (paragraphs, titles, term parts, table notes…) in document order, with its text. */
  textBlocks: readonly IndexedTextBlock[];
  /** Every node with a stable id of its own, in document order. */
  identifiedNodes: readonly IndexedNode[];
  /** Every node of an indexed type, in document order. */
  nodesOfType(typeName: IndexedNodeType): readonly IndexedNode[];
  /** The first chapter with this role, if any. */
  chapterWithRole(role: ChapterRole): IndexedSection | null;
}

const noNodes: readonly IndexedNode[] = [];

const typesWithStableIds: ReadonlySet<string> = new Set(nodeTypesWithStableIdentifiers);

/** The node's own stable id; only the types that carry one are asked, which keeps the walk fast. */
export function stableIdOf(node: ProseMirrorNode): string | null {
  if (!typesWithStableIds.has(node.type.name)) return null;
  const id: unknown = node.attrs.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

function sectionKindOf(typeName: string): SectionKind | null {
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

/** A textblock's text; a block of one text node needs no concatenation. */
function textOf(block: ProseMirrorNode): string {
  const only = block.childCount === 1 ? block.firstChild : null;
  return only?.isText ? (only.text ?? '') : block.textContent;
}

function buildIndex(document: ProseMirrorNode): DocumentIndex {
  const sections: IndexedSection[] = [];
  const chapters: IndexedSection[] = [];
  const textBlocks: IndexedTextBlock[] = [];
  const identifiedNodes: IndexedNode[] = [];
  const byType = new Map<string, IndexedNode[]>(indexedNodeTypes.map((typeName) => [typeName, []]));

  function visitChildren(parent: ProseMirrorNode, contentStart: number, section: IndexedSection, parentTargetId: string | null, termEntry: ProseMirrorNode | null): void {
    let position = contentStart;
    for (let childIndex = 0; childIndex < parent.childCount; childIndex += 1) {
      const child = parent.child(childIndex);
      if (!child.isText) visitNode(child, position, section, parentTargetId, termEntry);
      position += child.nodeSize;
    }
  }

  function visitNode(node: ProseMirrorNode, position: number, section: IndexedSection, parentTargetId: string | null, parentTermEntry: ProseMirrorNode | null): void {
    const ownId = stableIdOf(node);
    const targetId = ownId ?? parentTargetId;
    const termEntry = node.type.name === nodeNames.termEntry ? node : parentTermEntry;
    const ofType = byType.get(node.type.name);
    let indexed: IndexedNode | null = null;
    if (node.isTextblock) {
      const block: IndexedTextBlock = { node, position, targetId, section, termEntry, text: textOf(node) };
      textBlocks.push(block);
      indexed = block;
    } else if (ofType) indexed = { node, position, targetId, section, termEntry };
    if (indexed) {
      ofType?.push(indexed);
      if (ownId !== null) identifiedNodes.push(indexed);
    }
    // A block of plain text holds no footnote or cross-reference to index.
    if (node.isLeaf || (node.childCount === 1 && node.firstChild?.isText === true)) return;
    visitChildren(node, position + 1, section, targetId, termEntry);
  }

  document.forEach((child, position) => {
    const kind = sectionKindOf(child.type.name);
    if (!kind) return;
    const title = titleOf(child);
    const isChapter = kind === 'chapter';
    const section: IndexedSection = {
      kind,
      node: child,
      position,
      targetId: stableIdOf(child),
      title,
      chapterRole: isChapter ? chapterRoleOf(title) : null,
      chapterNumber: isChapter ? chapters.length + 1 : null,
    };
    sections.push(section);
    if (isChapter) chapters.push(section);
    const indexed: IndexedNode = { node: child, position, targetId: section.targetId, section, termEntry: null };
    byType.get(child.type.name)?.push(indexed);
    if (section.targetId !== null) identifiedNodes.push(indexed);
    if (!child.isLeaf) visitChildren(child, position + 1, section, section.targetId, null);
  });

  return {
    sections,
    chapters,
    textBlocks,
    identifiedNodes,
    nodesOfType: (typeName) => byType.get(typeName) ?? noNodes,
    chapterWithRole: (role) => chapters.find((chapter) => chapter.chapterRole === role) ?? null,
  };
}

/** One walk over the document that every rule shares: sections, nodes by type and textblocks with their text. */
export const indexDocument = memoizePerCheck(({ document }) => buildIndex(document));
