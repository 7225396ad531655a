import { defineBlockNode } from './define-block-node';
import { clauseBodyGroup, nodeNames } from './node-names';

/**
 * A chapter (top level), a clause (nested) or an annex clause. The number is derived from document order;
 * the hanging-paragraph rule is the checker's job, so the schema allows body blocks before sub-clauses.
 */
export const Clause = defineBlockNode({
  name: nodeNames.clause,
  content: `${nodeNames.clauseTitle} ${clauseBodyGroup}* ${nodeNames.clause}*`,
  tag: 'section',
});

export const ClauseTitle = defineBlockNode({ name: nodeNames.clauseTitle, content: 'text*', marks: '', tag: 'h2' });

export const Annex = defineBlockNode({
  name: nodeNames.annex,
  content: `${nodeNames.annexTitle} ${clauseBodyGroup}* ${nodeNames.clause}*`,
  tag: 'section',
  attributes: () => ({
    normative: {
      default: false,
      parseHTML: (element: HTMLElement) => element.getAttribute('data-normative') === 'true',
      renderHTML: (attributes: Record<string, unknown>) => ({ 'data-normative': String(attributes.normative === true) }),
    },
  }),
});

export const AnnexTitle = defineBlockNode({ name: nodeNames.annexTitle, content: 'text*', marks: '', tag: 'h2' });
