import { nodeNames } from '../../../editor/node-names';
import type { LintSeverity, LocalizedText } from '../lint-types';
import type { UnitLintRule } from '../lint-rule';
import type { IndexedNodeType } from '../unit-index';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

interface CaptionedElement {
  id: string;
  severity: LintSeverity;
  source: string;
  typeName: IndexedNodeType;
  titleTypeName: string;
  description: LocalizedText;
  /** What to tell the drafter, given the element's name ("附录A" / "annex A"). */
  message(name: LocalizedText): LocalizedText;
}

function createRule(element: CaptionedElement): UnitLintRule {
  return {
    id: element.id,
    severity: element.severity,
    source: element.source,
    description: element.description,
    checkUnit(unit) {
      const findings: UnitFinding[] = [];
      for (const captioned of unit.nodesOfType(element.typeName)) {
        const title = captioned.node.firstChild;
        if (title?.type.name === element.titleTypeName && title.textContent.trim() !== '') continue;
        findings.push(unitFindingAt(captioned, (names) => element.message(names.nameAt(captioned.position))));
      }
      return findings;
    },
  };
}

export const annexTitlePresent = createRule({
  id: 'annex-title-present',
  severity: 'error',
  source: 'GB/T 1.1-2020 9.6',
  typeName: nodeNames.annex,
  titleTypeName: nodeNames.annexTitle,
  description: { zh: '每个附录都应有附录标题。', en: 'Every annex has a title.' },
  message: (name) => ({ zh: `${name.zh}没有标题，应补充附录标题。`, en: `${capitalized(name.en)} has no title; add one.` }),
});

/** GB/T 1.1-2020 makes table and figure titles optional ("宜"), hence a warning. */
export const tableTitlePresent = createRule({
  id: 'table-title-present',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.8',
  typeName: nodeNames.tableBlock,
  titleTypeName: nodeNames.tableTitle,
  description: { zh: '表宜有表题。', en: 'Tables should have a title.' },
  message: (name) => ({ zh: `${name.zh}没有表题，宜补充表题。`, en: `${capitalized(name.en)} has no title; consider adding one.` }),
});

export const figureTitlePresent = createRule({
  id: 'figure-title-present',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.7',
  typeName: nodeNames.figure,
  titleTypeName: nodeNames.figureTitle,
  description: { zh: '图宜有图题。', en: 'Figures should have a title.' },
  message: (name) => ({ zh: `${name.zh}没有图题，宜补充图题。`, en: `${capitalized(name.en)} has no title; consider adding one.` }),
});
