import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

const documentLevelTitles = new Set(['范围', '规范性引用文件', '术语和定义']);

export const annexHasNoScopeOrTerms: UnitLintRule = {
  id: 'annex-has-no-scope-or-terms',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.6',
  description: {
    zh: '附录中不设“范围”“规范性引用文件”“术语和定义”条；它们只属于文件本身。',
    en: 'An annex has no scope, normative references or terms clause; those belong to the document itself.',
  },
  checkUnit(unit) {
    if (unit.kind !== 'annex') return [];
    const findings: UnitFinding[] = [];
    for (const clause of unit.nodesOfType(nodeNames.clause)) {
      const title = clause.node.firstChild?.textContent.trim() ?? '';
      if (!documentLevelTitles.has(title)) continue;
      findings.push(
        unitFindingAt(clause, (names) => {
          const name = names.nameAt(clause.position);
          return {
            zh: `附录中的${name.zh}“${title}”：附录不设此类条，请将其内容并入文件的相应章。`,
            en: `${capitalized(name.en)} in an annex is titled "${title}": annexes have no such clause; move its content into the document's own chapter.`,
          };
        }),
      );
    }
    return findings;
  },
};
