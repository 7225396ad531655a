import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../editor/node-names';
import { chapterRoleOf, type ChapterRole } from './chapter-roles';
import { forEachUnit, indexUnit, type IndexedNode, type SectionKind, type UnitIndex } from './unit-index';

export { stableIdOf, type IndexedNode, type IndexedNodeType, type IndexedTextBlock, type SectionKind, type UnitIndex } from './unit-index';

/** The node types document rules look up across a whole section. */
export type SectionNodeType = typeof nodeNames.crossReference | typeof nodeNames.termEntry | typeof nodeNames.referenceEntry;

/**
 * A child of the document (封面, 前言, 引言, a chapter, an annex or 参考文献) as the document rules see it: its own
 * facts, the tree of its units, and the few kinds of node they compare across sections, with positions counted
 * from the section's start. Nothing in it depends on the rest of the document.
 */
export interface SectionIndex {
  kind: SectionKind;
  node: ProseMirrorNode;
  /** The section's own stable id. */
  targetId: string | null;
  title: string;
  /** What the title says a chapter is; null for anything but chapters. */
  chapterRole: ChapterRole | null;
  /** The section node itself, at position 0. */
  itself: IndexedNode;
  /** The section as a unit, with the clauses nested in it. */
  root: UnitIndex;
  /** Every node of the type anywhere in the section, in document order. */
  nodesOfType(typeName: SectionNodeType): readonly IndexedNode[];
  /** Every node with a stable id of its own anywhere in the section, in document order. */
  identifiedNodes(): readonly IndexedNode[];
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

/** The nodes the units hold, placed in the section; built on first use, for the section being checked. */
function collectFromUnits(root: UnitIndex, nodesOf: (unit: UnitIndex) => readonly IndexedNode[]): readonly IndexedNode[] {
  const collected: IndexedNode[] = [];
  forEachUnit(root, (unit, position) => {
    for (const indexed of nodesOf(unit)) collected.push(position === 0 ? indexed : { ...indexed, position: position + indexed.position });
  });
  return collected;
}

function buildSectionIndex(section: ProseMirrorNode, kind: SectionKind): SectionIndex {
  const title = titleOf(section);
  const chapterRole = kind === 'chapter' ? chapterRoleOf(title) : null;
  const root = indexUnit(section, { kind, chapterRole, inheritedTargetId: null, isSectionRoot: true });
  const byType = new Map<SectionNodeType, readonly IndexedNode[]>();
  let identified: readonly IndexedNode[] | null = null;
  return {
    kind,
    node: section,
    targetId: root.targetId,
    title,
    chapterRole,
    itself: root.itself,
    root,
    nodesOfType(typeName) {
      let nodes = byType.get(typeName);
      if (!nodes) {
        nodes = collectFromUnits(root, (unit) => unit.nodesOfType(typeName));
        byType.set(typeName, nodes);
      }
      return nodes;
    },
    identifiedNodes: () => (identified ??= collectFromUnits(root, (unit) => unit.identifiedNodes)),
  };
}

const indexedSections = new WeakMap<ProseMirrorNode, SectionIndex>();

/** The index of a child of the document, or null when the checker does not look at that kind of child. */
export function indexSection(section: ProseMirrorNode): SectionIndex | null {
  const kind = sectionKindOf(section.type.name);
  if (kind === null) return null;
  let index = indexedSections.get(section);
  if (!index) {
    index = buildSectionIndex(section, kind);
    indexedSections.set(section, index);
  }
  return index;
}
