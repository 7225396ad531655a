import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentNumbering } from '../numbering';
import { nameOfElementAt } from './element-names';
import type { ElementNames, LintFinding, LintTarget, UnitFinding } from './lint-finding';
import type { LintContext, PlacedSection } from './lint-rule';
import { indexSection } from './section-index';

/** Places the sections of the document; their indexes are reused from earlier checks wherever they did not change. */
export function createLintContext(document: ProseMirrorNode, numbering: DocumentNumbering): LintContext {
  const sections: PlacedSection[] = [];
  const chapters: PlacedSection[] = [];
  document.forEach((child, position) => {
    const index = indexSection(child);
    if (!index) return;
    const chapterNumber = index.kind === 'chapter' ? chapters.length + 1 : null;
    const section: PlacedSection = { index, position, targetId: index.targetId, chapterNumber };
    sections.push(section);
    if (chapterNumber !== null) chapters.push(section);
  });
  return {
    document,
    numbering,
    sections,
    chapters,
    chapterWithRole: (role) => chapters.find((chapter) => chapter.index.chapterRole === role) ?? null,
  };
}

/** A target inside a section, at its position in the document. */
export function placedIn(section: PlacedSection, target: LintTarget): LintTarget {
  return { position: section.position + target.position, targetId: target.targetId };
}

/** The numbers of a section's elements, read from the numbering the check was given. */
export function elementNamesOf(section: PlacedSection, numbering: DocumentNumbering): ElementNames {
  return {
    nameAt: (position) => nameOfElementAt(numbering, section.position + position),
    labelAt: (position) => numbering.byPosition.get(section.position + position)?.label ?? '',
  };
}

/** A finding of the section (counted from its start) at its place in the document, with any derived number written into the message. */
export function placeFinding(section: PlacedSection, finding: UnitFinding, names: ElementNames): LintFinding {
  const message = typeof finding.message === 'function' ? finding.message(names) : finding.message;
  return { message, targetId: finding.targetId, position: section.position + finding.position };
}

/** Places the findings of a check that looks at one section the document rule chose. */
export function placeFindings(context: LintContext, section: PlacedSection, findings: readonly UnitFinding[]): LintFinding[] {
  if (findings.length === 0) return [];
  const names = elementNamesOf(section, context.numbering);
  return findings.map((finding) => placeFinding(section, finding, names));
}
