import { defineBlockNode } from './define-block-node';
import { clauseBodyGroup, nodeNames } from './node-names';

/** A term entry: number (derived), Chinese term, English term, definition, notes and an optional source. */
export const TermEntry = defineBlockNode({
  name: nodeNames.termEntry,
  group: clauseBodyGroup,
  content: `${nodeNames.termChinese} ${nodeNames.termEnglish} ${nodeNames.termDefinition} ${nodeNames.note}* ${nodeNames.termSource}?`,
  tag: 'section',
  isolating: true,
});

export const TermChinese = defineBlockNode({ name: nodeNames.termChinese, content: 'text*', marks: '', tag: 'p' });
export const TermEnglish = defineBlockNode({ name: nodeNames.termEnglish, content: 'text*', marks: '', tag: 'p' });
export const TermDefinition = defineBlockNode({ name: nodeNames.termDefinition, content: 'inline*', tag: 'p' });
export const TermSource = defineBlockNode({ name: nodeNames.termSource, content: 'inline*', tag: 'p' });
