import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration } from '@tiptap/pm/view';
import type { LintIssue, LintSeverity } from '../../../shared/document/lint/lint-types';

export interface MarkedProblem {
  key: string;
  issue: LintIssue;
}

const severityRank: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Containers are marked on their title, so a whole chapter is not underlined. */
function markedRange(document: ProseMirrorNode, position: number): { from: number; to: number; block: boolean } | null {
  const node = document.nodeAt(position);
  if (!node) return null;
  if (node.isTextblock || node.isInline) return { from: position, to: position + node.nodeSize, block: false };
  const first = node.firstChild;
  if (first?.isTextblock) return { from: position + 1, to: position + 1 + first.nodeSize, block: false };
  return { from: position, to: position + node.nodeSize, block: true };
}

/**
 * One decoration per marked node, carrying the most severe problem's colour and every message as its title.
 * Problems about the document as a whole (position 0, no target) are listed in the panel only.
 */
export function problemDecorations(document: ProseMirrorNode, problems: MarkedProblem[], message: (issue: LintIssue) => string, currentKey: string | null): Decoration[] {
  const byPosition = new Map<number, MarkedProblem[]>();
  for (const problem of problems) {
    const { position, targetId } = problem.issue;
    if (position === 0 && targetId === null) continue;
    byPosition.set(position, [...(byPosition.get(position) ?? []), problem]);
  }
  const decorations: Decoration[] = [];
  for (const [position, atPosition] of byPosition) {
    const range = markedRange(document, position);
    if (!range) continue;
    const worst = [...atPosition].sort((left, right) => severityRank[left.issue.severity] - severityRank[right.issue.severity])[0];
    if (!worst) continue;
    const classes = ['nd-problem', `nd-problem--${worst.issue.severity}`, range.block ? 'nd-problem--block' : 'nd-problem--text'];
    if (atPosition.some((problem) => problem.key === currentKey)) classes.push('nd-problem--current');
    decorations.push(
      Decoration.node(range.from, range.to, {
        class: classes.join(' '),
        title: atPosition.map((problem) => message(problem.issue)).join('\n'),
        'data-problem-rules': atPosition.map((problem) => problem.issue.ruleId).join(' '),
      }),
    );
  }
  return decorations;
}
