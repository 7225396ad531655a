import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { MarkedComment } from './marked-comment';
import { commentableNodes } from './commented-nodes';
import type { PassageRange } from './passage-range';
import { resolvePassage } from './resolve-passage';
import type { YjsBinding } from './yjs-binding';

/** The passage of every open, anchored comment whose clause is in the document and whose passage can be found. */
export function resolvePassages(document: ProseMirrorNode, binding: YjsBinding | null, comments: readonly MarkedComment[]): ReadonlyMap<string, PassageRange> {
  const nodes = commentableNodes(document);
  const passages = new Map<string, PassageRange>();
  for (const comment of comments) {
    const clause = nodes.get(comment.clauseId);
    if (!clause || !comment.anchor || comment.status !== 'open') continue;
    const range = resolvePassage(document, binding, clause, comment.anchor);
    if (range) passages.set(comment.id, range);
  }
  return passages;
}

export function samePassages(first: ReadonlyMap<string, PassageRange>, second: ReadonlyMap<string, PassageRange>): boolean {
  if (first.size !== second.size) return false;
  for (const [id, range] of first) {
    const other = second.get(id);
    if (!other || other.from !== range.from || other.to !== range.to) return false;
  }
  return true;
}
