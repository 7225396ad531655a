import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import type { Comment } from '../../../shared/api/comments';
import { relativePositionFromText } from '../../../shared/collab/relative-position-text';
import type { CommentedNode } from './commented-nodes';
import type { PassageRange } from './passage-range';
import { isInside } from './passage-range';
import { findQuoteInClause } from './quote-search';
import type { YjsBinding } from './yjs-binding';

type CommentAnchor = NonNullable<Comment['anchor']>;

function absolutePosition(binding: YjsBinding, text: string): number | null {
  const relative = relativePositionFromText(text);
  if (!relative) return null;
  try {
    return relativePositionToAbsolutePosition(binding.document, binding.fragment, relative, binding.mapping);
  } catch {
    return null;
  }
}

/** The range the anchor's Yjs relative positions lead to, when both ends still exist and enclose some text. */
function rangeFromRelativePositions(binding: YjsBinding | null, anchor: CommentAnchor): PassageRange | null {
  if (!binding || anchor.start === '' || anchor.end === '') return null;
  const from = absolutePosition(binding, anchor.start);
  const to = absolutePosition(binding, anchor.end);
  return from === null || to === null ? null : { from, to };
}

/**
 * Where a commented passage is in the live draft: its relative positions when they still lead to text inside the
 * commented clause, else the quoted text found in that clause, else null (the comment is shown on the clause).
 */
export function resolvePassage(document: ProseMirrorNode, binding: YjsBinding | null, clause: CommentedNode, anchor: CommentAnchor | null): PassageRange | null {
  if (!anchor) return null;
  const clauseEnd = clause.position + clause.node.nodeSize;
  const byPositions = rangeFromRelativePositions(binding, anchor);
  if (byPositions && byPositions.to <= document.content.size && isInside(byPositions, clause.position, clauseEnd)) return byPositions;
  return findQuoteInClause(clause, anchor.quote);
}
