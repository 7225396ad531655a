import { dataAttribute, defineBlockNode } from './define-block-node';
import { nodeNames } from './node-names';

/** A text footnote; its number 1), 2) runs through the document. */
export const Footnote = defineBlockNode({
  name: nodeNames.footnote,
  group: 'inline',
  inline: true,
  atom: true,
  content: '',
  tag: 'span',
  attributes: () => ({ text: dataAttribute('text', '') }),
});

/** Points at a clause, table, figure, formula, annex, term or referenced document by its stable id. */
export const CrossReference = defineBlockNode({
  name: nodeNames.crossReference,
  group: 'inline',
  inline: true,
  atom: true,
  content: '',
  tag: 'span',
  attributes: () => ({ targetId: dataAttribute('targetId', '') }),
});
