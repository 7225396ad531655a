import { dataAttribute, defineBlockNode } from './define-block-node';
import { clauseBodyGroup, nodeNames } from './node-names';

/** One referenced document: its number (e.g. "GB/T 1.1—2020") as an attribute, its title as text. */
export const ReferenceEntry = defineBlockNode({
  name: nodeNames.referenceEntry,
  group: clauseBodyGroup,
  content: 'text*',
  marks: '',
  tag: 'p',
  attributes: () => ({ documentNumber: dataAttribute('documentNumber', '') }),
});

/** 参考文献: the informative references, after the annexes. */
export const Bibliography = defineBlockNode({
  name: nodeNames.bibliography,
  content: `(${nodeNames.referenceEntry} | ${nodeNames.paragraph})*`,
  tag: 'section',
  isolating: true,
});
