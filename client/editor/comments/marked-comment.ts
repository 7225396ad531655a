import type { Comment } from '../../../shared/api/comments';

/** What the markers need to know of a comment: its clause, whether it is still open and the passage it is about. */
export type MarkedComment = Pick<Comment, 'id' | 'clauseId' | 'status' | 'anchor'>;
