import { matchesQuery } from './text-query';

export interface SearchableComment {
  comment: string;
  proposedChange: string | null;
  reason: string | null;
  organisation: string | null;
  displayName: string;
  /** "5.2", "表2". */
  clauseNumber: string | null;
}

/** A comment matches by what it says, what it proposes, its reason, who made it and where it points. */
export function commentMatchesQuery(comment: SearchableComment, query: string): boolean {
  return matchesQuery(query, [comment.comment, comment.proposedChange, comment.reason, comment.organisation, comment.displayName, comment.clauseNumber]);
}
