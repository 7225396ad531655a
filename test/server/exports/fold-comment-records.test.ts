import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../../shared/api/ledger';
import { foldCommentRecords } from '../../../server/exports/fold-comment-records';

const content = { clauseId: 'clause-a', type: 'te', comment: '原意见', proposedChange: null, reason: null, elementReference: null, quote: null };

function records(...events: Array<Pick<LedgerRecord, 'kind' | 'subjectId' | 'payload'> & { actor?: string }>): LedgerRecord[] {
  return events.map((event, index) => ({
    sequence: index + 1,
    timestamp: new Date(Date.UTC(2025, 0, 1, 0, index)).toISOString(),
    actor: { userId: event.actor ?? 'user-1', username: event.actor ?? 'user-1' },
    kind: event.kind,
    standardId: 'standard-1',
    subjectId: event.subjectId,
    payload: event.payload,
    previousHash: '0'.repeat(64),
    standardSequence: index + 1,
    previousStandardHash: '0'.repeat(64),
  }));
}

describe('folding the record log into comments', () => {
  it('applies edits, keeps withdrawn comments, and shows only the latest disposition and the answer to it', () => {
    const log = foldCommentRecords(
      records(
        { kind: 'comment_period.opened', subjectId: 'period-1', payload: { versionId: 'version-1', startsAt: '2025-01-01T00:00:00.000Z', endsAt: '2025-02-01T00:00:00.000Z' } },
        { kind: 'comment.submitted', subjectId: 'comment-1', payload: { ...content, periodId: 'period-1', clauseNumber: '5.2' }, actor: 'commenter' },
        { kind: 'comment.submitted', subjectId: 'comment-2', payload: { ...content, comment: '将撤回', periodId: 'period-1', clauseNumber: '1' }, actor: 'commenter' },
        { kind: 'comment.edited', subjectId: 'comment-1', payload: { ...content, comment: '改过的意见', proposedChange: '建议', quote: '引文' }, actor: 'commenter' },
        { kind: 'comment.withdrawn', subjectId: 'comment-2', payload: {}, actor: 'commenter' },
        { kind: 'reply.published', subjectId: 'reply-1', payload: { commentId: 'comment-1', body: '谢谢' } },
        { kind: 'disposition.recorded', subjectId: 'disposition-1', payload: { commentId: 'comment-1', decision: 'not_accepted', reason: '不需要', changeClauseId: null, changeFromVersionId: null, changeToVersionId: null, supersedesId: null } },
        { kind: 'reaction.recorded', subjectId: 'reaction-1', payload: { commentId: 'comment-1', dispositionId: 'disposition-1', satisfied: false, note: '不同意' }, actor: 'commenter' },
        { kind: 'disposition.recorded', subjectId: 'disposition-2', payload: { commentId: 'comment-1', decision: 'accepted', reason: null, changeClauseId: 'clause-a', changeFromVersionId: null, changeToVersionId: null, supersedesId: 'disposition-1' } },
        { kind: 'comment_period.closed', subjectId: 'period-1', payload: {} },
      ),
    );
    expect([...log.periodVersions]).toEqual([['period-1', 'version-1']]);
    expect(log.comments).toHaveLength(2);
    const [first, second] = log.comments;
    expect(first).toMatchObject({
      id: 'comment-1',
      submittedSequence: 2,
      authorUserId: 'commenter',
      clauseNumber: '5.2',
      comment: '改过的意见',
      proposedChange: '建议',
      quote: '引文',
      withdrawn: false,
      disposition: { id: 'disposition-2', decision: 'accepted', reason: null, changeClauseId: 'clause-a' },
      reaction: null,
    });
    expect(second).toMatchObject({ id: 'comment-2', comment: '将撤回', withdrawn: true, disposition: null });
  });

  it('keeps the latest answer when it answers the disposition in force', () => {
    const log = foldCommentRecords(
      records(
        { kind: 'comment.submitted', subjectId: 'comment-1', payload: { ...content, periodId: 'period-1', clauseNumber: '5.2' } },
        { kind: 'disposition.recorded', subjectId: 'disposition-1', payload: { commentId: 'comment-1', decision: 'partially_accepted', reason: '部分', changeClauseId: null } },
        { kind: 'reaction.recorded', subjectId: 'reaction-1', payload: { commentId: 'comment-1', dispositionId: 'disposition-1', satisfied: false, note: null } },
        { kind: 'reaction.recorded', subjectId: 'reaction-2', payload: { commentId: 'comment-1', dispositionId: 'disposition-1', satisfied: true, note: '接受' } },
      ),
    );
    expect(log.comments[0]?.reaction).toEqual({ dispositionId: 'disposition-1', satisfied: true, note: '接受' });
  });

  it('refuses a record whose payload is not what the commands write', () => {
    expect(() => foldCommentRecords(records({ kind: 'comment.submitted', subjectId: 'comment-1', payload: { comment: 42 } }))).toThrow();
  });
});
