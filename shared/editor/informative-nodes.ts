import { defineBlockNode } from './define-block-node';
import { clauseBodyGroup, nodeNames } from './node-names';

/** 注: informative; "注：" or "注N：" is derived from how many notes share its unit. */
export const Note = defineBlockNode({ name: nodeNames.note, group: clauseBodyGroup, content: 'paragraph+', tag: 'aside' });

/** 示例: informative; "示例：" or "示例N：" is derived the same way. */
export const Example = defineBlockNode({
  name: nodeNames.example,
  group: clauseBodyGroup,
  content: `(${nodeNames.paragraph} | ${nodeNames.bulletList} | ${nodeNames.orderedList})+`,
  tag: 'aside',
});
