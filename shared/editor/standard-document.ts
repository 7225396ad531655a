import { Node } from '@tiptap/core';
import { nodeNames } from './node-names';

/** The document root, in the order GB/T 1.1-2020 prescribes. */
export const StandardDocument = Node.create({
  name: nodeNames.document,
  topNode: true,
  content: `${nodeNames.cover}? ${nodeNames.foreword}? ${nodeNames.introduction}? ${nodeNames.clause}+ ${nodeNames.annex}* ${nodeNames.bibliography}?`,
});
