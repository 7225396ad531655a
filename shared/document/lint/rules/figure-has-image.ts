import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';

export const figureHasImage: UnitLintRule = {
  id: 'figure-has-image',
  severity: 'error',
  source: 'editor housekeeping',
  description: { zh: '每个图都应有图形。', en: 'Every figure has an image.' },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const figure of unit.nodesOfType(nodeNames.figure)) {
      const imageId: unknown = figure.node.attrs.imageId;
      if (typeof imageId === 'string' && imageId.trim() !== '') continue;
      findings.push(
        unitFindingAt(figure, (names) => {
          const name = names.nameAt(figure.position);
          return { zh: `${name.zh}还没有图形，应上传图形或删除该图。`, en: `${capitalized(name.en)} has no image yet; upload one or delete the figure.` };
        }),
      );
    }
    return findings;
  },
};
