import { dataAttribute, defineBlockNode } from './define-block-node';
import { clauseBodyGroup, nodeNames } from './node-names';

/** A numbered figure: an image stored by the server (referenced by id), its title and its notes (图注, printed above the title). */
export const Figure = defineBlockNode({
  name: nodeNames.figure,
  group: clauseBodyGroup,
  content: `${nodeNames.figureTitle} ${nodeNames.note}*`,
  tag: 'figure',
  isolating: true,
  attributes: () => ({ imageId: dataAttribute('imageId', ''), alternativeText: dataAttribute('alternativeText', '') }),
});

export const FigureTitle = defineBlockNode({ name: nodeNames.figureTitle, content: 'text*', marks: '', tag: 'figcaption' });

/** A formula written as text (e.g. LaTeX); numbered "(1)" or "(A.1)" unless `numbered` is false. */
export const Formula = defineBlockNode({
  name: nodeNames.formula,
  group: clauseBodyGroup,
  content: 'text*',
  marks: '',
  tag: 'div',
  attributes: () => ({ numbered: dataAttribute('numbered', true) }),
});

/** "式中：" after a formula: one paragraph per symbol ("P——功率，单位为瓦（W）；"). */
export const FormulaExplanation = defineBlockNode({
  name: nodeNames.formulaExplanation,
  group: clauseBodyGroup,
  content: `${nodeNames.paragraph}+`,
  tag: 'div',
  isolating: true,
});
