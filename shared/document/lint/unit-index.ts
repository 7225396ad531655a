import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames, nodeTypesWithStableIdentifiers } from '../../editor/node-names';
import type { ChapterRole } from './chapter-roles';
import type { LintTarget } from './lint-finding';
import { textFactsOf, type TextFacts } from './node-text-facts';

export type SectionKind = 'cover' | 'foreword' | 'introduction' | 'chapter' | 'annex' | 'bibliography';

/** A node inside a unit; its position counts from the unit's own, which is 0. */
export interface IndexedNode extends LintTarget {
  node: ProseMirrorNode;
  /** The term entry the node belongs to (or is), if any. */
  termEntry: ProseMirrorNode | null;
}

export interface IndexedTextBlock extends IndexedNode {
  text: string;
  /** What the rules found in the text, kept with the block's node. */
  facts: TextFacts;
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

const indexedTypeNames: ReadonlySet<string> = new Set(indexedNodeTypes);

/** What a unit takes from the section it is in and the units around it. */
export interface UnitContext {
  kind: SectionKind;
  /** What the section's title says a chapter is; null for anything but chapters. */
  chapterRole: ChapterRole | null;
  /** The stable id of the nearest enclosing unit that has one: the target of anything inside without its own. */
  inheritedTargetId: string | null;
  /** Whether the unit is the section itself (a chapter, an annex, 前言…) rather than a clause in it. */
  isSectionRoot: boolean;
}

/** A clause nested in a unit, at its position in the unit. */
export interface Subunit {
  position: number;
  unit: UnitIndex;
}

/**
 * A section (封面, 前言, 引言, a chapter, an annex or 参考文献) or a clause in it, indexed with its own content only:
 * the clauses nested in it are units of their own. An edit replaces the units on its path and no other, so a
 * keystroke in 5.2.3 indexes 5, 5.2 and 5.2.3 again (their titles and own text) and reuses everything else.
 */
export interface UnitIndex extends UnitContext {
  node: ProseMirrorNode;
  /** The unit's own stable id, or the inherited one. */
  targetId: string | null;
  /** The unit node itself, at position 0. */
  itself: IndexedNode;
  /** Every textblock of the unit's own content (titles, paragraphs, term parts, table notes…) in document order, with its text. */
  textBlocks: readonly IndexedTextBlock[];
  /** Every node of the unit's own content with a stable id of its own, in document order, the unit itself included. */
  identifiedNodes: readonly IndexedNode[];
  /** Every node of an indexed type in the unit's own content, in document order, the unit itself included. */
  nodesOfType(typeName: IndexedNodeType): readonly IndexedNode[];
  /** The clauses nested directly in the unit, in document order; they come after all of its own content. */
  subunits: readonly Subunit[];
}

const noNodes: readonly IndexedNode[] = [];

const typesWithStableIds: ReadonlySet<string> = new Set(nodeTypesWithStableIdentifiers);

/** The node's own stable id; only the types that carry one are asked, which keeps the walk fast. */
export function stableIdOf(node: ProseMirrorNode): string | null {
  if (!typesWithStableIds.has(node.type.name)) return null;
  const id: unknown = node.attrs.id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

function sameContext(unit: UnitContext, context: UnitContext): boolean {
  return (
    unit.kind === context.kind &&
    unit.chapterRole === context.chapterRole &&
    unit.inheritedTargetId === context.inheritedTargetId &&
    unit.isSectionRoot === context.isSectionRoot
  );
}

/** A class rather than an object of closures, so the functions that built it are not kept alive with it. */
class IndexedUnit implements UnitIndex {
  readonly kind: SectionKind;
  readonly chapterRole: ChapterRole | null;
  readonly inheritedTargetId: string | null;
  readonly isSectionRoot: boolean;
  readonly node: ProseMirrorNode;
  readonly targetId: string | null;

  constructor(
    context: UnitContext,
    readonly itself: IndexedNode,
    readonly textBlocks: readonly IndexedTextBlock[],
    readonly identifiedNodes: readonly IndexedNode[],
    private readonly byType: ReadonlyMap<string, readonly IndexedNode[]>,
    readonly subunits: readonly Subunit[],
  ) {
    this.kind = context.kind;
    this.chapterRole = context.chapterRole;
    this.inheritedTargetId = context.inheritedTargetId;
    this.isSectionRoot = context.isSectionRoot;
    this.node = itself.node;
    this.targetId = itself.targetId;
  }

  nodesOfType(typeName: IndexedNodeType): readonly IndexedNode[] {
    return this.byType.get(typeName) ?? noNodes;
  }
}

/** Walks a unit's own content once; a class, so no functions are created per unit. */
class UnitIndexBuilder {
  readonly textBlocks: IndexedTextBlock[] = [];
  readonly identifiedNodes: IndexedNode[] = [];
  readonly byType = new Map<string, IndexedNode[]>();

  record(indexed: IndexedNode, ownId: string | null): void {
    const typeName = indexed.node.type.name;
    if (indexedTypeNames.has(typeName)) {
      const ofType = this.byType.get(typeName);
      if (ofType) ofType.push(indexed);
      else this.byType.set(typeName, [indexed]);
    }
    if (ownId !== null) this.identifiedNodes.push(indexed);
  }

  visitChildren(parent: ProseMirrorNode, contentStart: number, parentTargetId: string | null, termEntry: ProseMirrorNode | null): void {
    let position = contentStart;
    for (let childIndex = 0; childIndex < parent.childCount; childIndex += 1) {
      const child = parent.child(childIndex);
      if (!child.isText) this.visitNode(child, position, parentTargetId, termEntry);
      position += child.nodeSize;
    }
  }

  visitNode(node: ProseMirrorNode, position: number, parentTargetId: string | null, parentTermEntry: ProseMirrorNode | null): void {
    const ownId = stableIdOf(node);
    const targetId = ownId ?? parentTargetId;
    const termEntry = node.type.name === nodeNames.termEntry ? node : parentTermEntry;
    if (node.isTextblock) {
      const facts = textFactsOf(node);
      const block: IndexedTextBlock = { node, position, targetId, termEntry, text: facts.text, facts };
      this.textBlocks.push(block);
      this.record(block, ownId);
    } else if (indexedTypeNames.has(node.type.name)) {
      this.record({ node, position, targetId, termEntry }, ownId);
    }
    // A block of plain text holds no footnote or cross-reference to index.
    if (node.isLeaf || (node.childCount === 1 && node.firstChild?.isText === true)) return;
    this.visitChildren(node, position + 1, targetId, termEntry);
  }
}

function buildUnitIndex(unitNode: ProseMirrorNode, context: UnitContext): UnitIndex {
  const builder = new UnitIndexBuilder();
  const subunits: Subunit[] = [];
  const targetId = stableIdOf(unitNode) ?? context.inheritedTargetId;
  const itself: IndexedNode = { node: unitNode, position: 0, targetId, termEntry: null };
  builder.record(itself, stableIdOf(unitNode));
  let position = 1;
  for (let childIndex = 0; childIndex < unitNode.childCount; childIndex += 1) {
    const child = unitNode.child(childIndex);
    if (child.type.name === nodeNames.clause) {
      const nested = { kind: context.kind, chapterRole: context.chapterRole, inheritedTargetId: targetId, isSectionRoot: false };
      subunits.push({ position, unit: indexUnit(child, nested) });
    } else if (!child.isText) builder.visitNode(child, position, targetId, null);
    position += child.nodeSize;
  }
  return new IndexedUnit(context, itself, builder.textBlocks, builder.identifiedNodes, builder.byType, subunits);
}

/** Keyed by the unit node; the context is compared too, since a unit moved to another chapter may read differently. */
const indexedUnits = new WeakMap<ProseMirrorNode, UnitIndex>();

/** The index of a unit in this context, reused while the node and the context stay the same. */
export function indexUnit(unitNode: ProseMirrorNode, context: UnitContext): UnitIndex {
  const known = indexedUnits.get(unitNode);
  if (known && sameContext(known, context)) return known;
  const index = buildUnitIndex(unitNode, context);
  indexedUnits.set(unitNode, index);
  return index;
}

/** Visits the unit and every unit nested in it, in document order, with each one's position from the outermost. */
export function forEachUnit(unit: UnitIndex, visit: (unit: UnitIndex, position: number) => void, position = 0): void {
  visit(unit, position);
  for (const subunit of unit.subunits) forEachUnit(subunit.unit, visit, position + subunit.position);
}
