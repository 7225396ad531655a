import { nodeNames } from '../../../editor/node-names';
import type { SectionLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { sectionFindingAt, type SectionFinding } from '../lint-finding';

export const figureHasImage: SectionLintRule = {
  id: 'figure-has-image',
  severity: 'error',
  description: { zh: '每个图都应有图形。', en: 'Every figure has an image.' },
  checkSection(section) {
    const findings: SectionFinding[] = [];
    for (const figure of section.nodesOfType(nodeNames.figure)) {
      const imageId: unknown = figure.node.attrs.imageId;
      if (typeof imageId === 'string' && imageId.trim() !== '') continue;
      findings.push(
        sectionFindingAt(figure, (names) => {
          const name = names.nameAt(figure.position);
          return { zh: `${name.zh}还没有图形，应上传图形或删除该图。`, en: `${capitalized(name.en)} has no image yet; upload one or delete the figure.` };
        }),
      );
    }
    return findings;
  },
};
