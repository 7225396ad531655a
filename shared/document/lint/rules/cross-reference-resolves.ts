import { nodeNames } from '../../../editor/node-names';
import { crossReferenceText } from '../../cross-reference';
import type { DocumentNumbering } from '../../numbering';
import type { DocumentLintRule } from '../lint-rule';
import { placedIn } from '../lint-context';
import { memoizePerSection } from '../memoize-per-section';
import type { IndexedNode } from '../section-index';
import { findingAt, type LintFinding } from '../lint-finding';

interface SectionCrossReferences {
  /** Every cross-reference of the section, with its target id; null when it has none. */
  references: ReadonlyArray<{ reference: IndexedNode; targetId: string | null }>;
  /** The distinct target ids, so a check looks each one up once. */
  targetIds: readonly string[];
  /** Whether some cross-reference has no target id at all. */
  hasUntargeted: boolean;
}

const crossReferencesIn = memoizePerSection((section): SectionCrossReferences => {
  const references: Array<{ reference: IndexedNode; targetId: string | null }> = [];
  const targetIds = new Set<string>();
  let hasUntargeted = false;
  for (const reference of section.nodesOfType(nodeNames.crossReference)) {
    const attribute: unknown = reference.node.attrs.targetId;
    const targetId = typeof attribute === 'string' && attribute !== '' ? attribute : null;
    references.push({ reference, targetId });
    if (targetId === null) hasUntargeted = true;
    else targetIds.add(targetId);
  }
  return { references, targetIds: [...targetIds], hasUntargeted };
});

function resolves(numbering: DocumentNumbering, targetId: string | null): boolean {
  return targetId !== null && crossReferenceText(numbering, targetId) !== null;
}

function allResolve(numbering: DocumentNumbering, targetIds: readonly string[]): boolean {
  for (const targetId of targetIds) {
    if (!resolves(numbering, targetId)) return false;
  }
  return true;
}

export const crossReferenceResolves: DocumentLintRule = {
  id: 'cross-reference-resolves',
  severity: 'error',
  source: 'GB/T 1.1-2020 9.5',
  description: {
    zh: '每个交叉引用都应指向文件中存在的章、条、附录、表、图、公式、术语条目或引用文件。',
    en: 'Every cross-reference points at a clause, annex, table, figure, formula, term entry or referenced document that exists.',
  },
  checkDocument(context) {
    const { numbering } = context;
    const findings: LintFinding[] = [];
    for (const section of context.sections) {
      const crossReferences = crossReferencesIn(section.index);
      if (!crossReferences.hasUntargeted && allResolve(numbering, crossReferences.targetIds)) continue;
      for (const { reference, targetId } of crossReferences.references) {
        if (resolves(numbering, targetId)) continue;
        findings.push(
          findingAt(
            placedIn(section, reference),
            '该交叉引用指向的内容已不存在或不能被引用，应重新选择引用对象或删除该引用。',
            'This cross-reference points at something that no longer exists or cannot be referred to; pick its target again or delete it.',
          ),
        );
      }
    }
    return findings;
  },
};
