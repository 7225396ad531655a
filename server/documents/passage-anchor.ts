import type { ResolvedPos } from '@tiptap/pm/model';
import { absolutePositionToRelativePosition, initProseMirrorDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { relativePositionToText } from '../../shared/collab/relative-position-text';
import { commentableNodeTypes } from '../../shared/document/element-references';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { DomainError } from '../errors';
import { documentSchema } from './document-schema';

export interface PassageAnchor {
  start: string;
  end: string;
  quote: string;
}

const maximumQuoteLength = 2000;

/**
 * Anchors a passage of a frozen version with Yjs relative positions. The live draft descends from the frozen state,
 * so the same Yjs items exist there and the anchor follows the text through later edits and moves.
 */
export function anchorPassageInVersion(versionState: Uint8Array, clauseId: string, from: number, to: number): PassageAnchor {
  const document = new Y.Doc();
  try {
    Y.applyUpdate(document, versionState);
    const fragment = document.getXmlFragment(collaborationFragmentName);
    const { doc, mapping } = initProseMirrorDoc(fragment, documentSchema);
    if (from >= to || to > doc.content.size) throw new DomainError('invalid_request', 'anchor: the passage is outside the document.');
    if (!liesInside(doc.resolve(from), clauseId) || !liesInside(doc.resolve(to), clauseId)) {
      throw new DomainError('invalid_request', 'anchor: the passage must lie inside the commented clause or element.');
    }
    const quote = doc.textBetween(from, to, '\n').trim();
    if (quote === '') throw new DomainError('invalid_request', 'anchor: the passage has no text.');
    const end = absolutePositionToRelativePosition(to, fragment, mapping) as Y.RelativePosition;
    return {
      start: relativePositionToText(stickingToTheRight(document, absolutePositionToRelativePosition(from, fragment, mapping) as Y.RelativePosition)),
      end: relativePositionToText(end),
      quote: quote.slice(0, maximumQuoteLength),
    };
  } finally {
    document.destroy();
  }
}

/** The binding's positions stick to the character on their left; a passage's start must stick to its first character instead, so text typed just before the passage stays outside it. */
function stickingToTheRight(document: Y.Doc, position: Y.RelativePosition): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, document);
  return absolute ? Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0) : position;
}

/** Whether a position is inside the commentable element with this id (a clause, a term entry, a table…). */
function liesInside(position: ResolvedPos, elementId: string): boolean {
  for (let depth = position.depth; depth > 0; depth -= 1) {
    const node = position.node(depth);
    if (commentableNodeTypes.has(node.type.name) && node.attrs.id === elementId) return true;
  }
  return false;
}
