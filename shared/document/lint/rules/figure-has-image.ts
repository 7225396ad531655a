import { nodeNames } from '../../../editor/node-names';
import type { LintRule } from '../lint-types';
import { indexDocument } from '../document-index';
import { capitalized, nameOfElementAt } from '../element-names';
import { findingAt, type LintFinding } from '../lint-finding';

export const figureHasImage: LintRule = {
  id: 'figure-has-image',
  severity: 'error',
  description: { zh: '每个图都应有图形。', en: 'Every figure has an image.' },
  check(context) {
    const { numbering } = context;
    const findings: LintFinding[] = [];
    for (const figure of indexDocument(context).nodesOfType(nodeNames.figure)) {
      const imageId: unknown = figure.node.attrs.imageId;
      if (typeof imageId === 'string' && imageId.trim() !== '') continue;
      const name = nameOfElementAt(numbering, figure.position);
      findings.push(findingAt(figure, `${name.zh}还没有图形，应上传图形或删除该图。`, `${capitalized(name.en)} has no image yet; upload one or delete the figure.`));
    }
    return findings;
  },
};
