import { nodeNames } from '../../../shared/editor/node-names';
import type { CommentedNode } from './commented-nodes';
import type { PassageRange } from './passage-range';

interface TextPiece {
  /** Offset of the piece in the joined text. */
  offset: number;
  position: number;
  length: number;
}

/** The clause's own text (sub-clauses left out), blocks joined with "\n" as the server quotes them. */
function clauseText(commented: CommentedNode): { text: string; pieces: TextPiece[] } {
  let text = '';
  const pieces: TextPiece[] = [];
  commented.node.descendants((node, offset) => {
    if (node.type.name === nodeNames.clause) return false;
    const position = commented.position + 1 + offset;
    if (node.isTextblock && text !== '') text += '\n';
    if (node.isText && node.text) {
      pieces.push({ offset: text.length, position, length: node.text.length });
      text += node.text;
    }
    return true;
  });
  return { text, pieces };
}

function positionOf(pieces: TextPiece[], offset: number, atEnd: boolean): number | null {
  const piece = pieces.find((candidate) =>
    atEnd ? offset > candidate.offset && offset <= candidate.offset + candidate.length : offset >= candidate.offset && offset < candidate.offset + candidate.length,
  );
  return piece ? piece.position + (offset - piece.offset) : null;
}

/**
 * The first place in the clause's own text that reads `quote`. Used when the Yjs positions no longer lead into
 * the clause, e.g. after a move re-created its content; null when the text was changed since.
 */
export function findQuoteInClause(commented: CommentedNode, quote: string): PassageRange | null {
  const wanted = quote.trim();
  if (wanted === '') return null;
  const { text, pieces } = clauseText(commented);
  const start = text.indexOf(wanted);
  if (start < 0) return null;
  const from = positionOf(pieces, start, false);
  const to = positionOf(pieces, start + wanted.length, true);
  return from !== null && to !== null && from < to ? { from, to } : null;
}
