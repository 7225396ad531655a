import type { DocumentLintRule } from '../lint-rule';
import type { NumberedKind } from '../../numbering';
import { collectElementReferences, type ElementReferences } from '../element-references';
import { findingAt, type LintFinding } from '../lint-finding';

interface ReferableKind {
  id: string;
  source: string;
  kind: Extract<NumberedKind, 'annex' | 'table' | 'figure'>;
  zh: string;
  en: string;
  isReferenced(references: ElementReferences, id: string | null, number: string, label: string): boolean;
}

function createRule(referable: ReferableKind): DocumentLintRule {
  return {
    id: referable.id,
    severity: 'warning',
    source: referable.source,
    description: {
      zh: `每个${referable.zh}都应在条文中提及。`,
      en: `Every ${referable.en} is referred to in the text.`,
    },
    checkDocument(context) {
      const { numbering } = context;
      const references = collectElementReferences(context);
      const findings: LintFinding[] = [];
      for (const element of numbering.elements) {
        if (element.kind !== referable.kind || element.number === null) continue;
        if (referable.isReferenced(references, element.id, element.number, element.label)) continue;
        findings.push(
          findingAt(
            { position: element.position, targetId: element.id },
            `${element.label}没有在条文中提及；应在相关条文中用交叉引用提及该${referable.zh}，或删除它。`,
            `${referable.en.charAt(0).toUpperCase()}${referable.en.slice(1)} ${element.number} is never referred to in the text; refer to it with a cross-reference where it applies, or delete it.`,
          ),
        );
      }
      return findings;
    },
  };
}

export const annexIsReferenced = createRule({
  id: 'annex-is-referenced',
  source: 'GB/T 1.1-2020 9.6',
  kind: 'annex',
  zh: '附录',
  en: 'annex',
  isReferenced: (references, _id, number) => references.isAnnexReferenced(number),
});

export const tableIsReferenced = createRule({
  id: 'table-is-referenced',
  source: 'GB/T 1.1-2020 9.8',
  kind: 'table',
  zh: '表',
  en: 'table',
  isReferenced: (references, id, _number, label) => (id !== null && references.isIdReferenced(id)) || references.isLabelTyped(label),
});

export const figureIsReferenced = createRule({
  id: 'figure-is-referenced',
  source: 'GB/T 1.1-2020 9.7',
  kind: 'figure',
  zh: '图',
  en: 'figure',
  isReferenced: (references, id, _number, label) => (id !== null && references.isIdReferenced(id)) || references.isLabelTyped(label),
});
