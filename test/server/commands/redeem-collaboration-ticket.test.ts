import { afterAll, describe, expect, it } from 'vitest';
import { addMember } from '../../../server/commands/add-member';
import { createStandard } from '../../../server/commands/create-standard';
import { issueCollaborationTicket } from '../../../server/commands/issue-collaboration-ticket';
import { redeemCollaborationTicket } from '../../../server/commands/redeem-collaboration-ticket';
import { DomainError } from '../../../server/errors';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';

describe('collaboration tickets', () => {
  const connection = openTestDatabase();
  const database = connection.database;
  const now = new Date('2026-11-21T08:00:00Z');
  const secretary = insertTestUser(connection, 'secretary');
  const observer = insertTestUser(connection, 'observer');
  const standard = createStandard({ database, creatorId: secretary.id, request: { title: '标准' }, now });
  addMember({ database, standardId: standard.id, addedBy: secretary.id, request: { username: 'observer', role: 'observer' }, now });

  afterAll(() => connection.remove());

  function codeOf(action: () => unknown): string {
    try {
      action();
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
    return 'no error';
  }

  it('is single-use', () => {
    const ticket = issueCollaborationTicket({ database, userId: secretary.id, standardId: standard.id, now });
    expect(redeemCollaborationTicket({ database, token: ticket.token, documentName: ticket.documentName, now }).access).toBe('write');
    expect(codeOf(() => redeemCollaborationTicket({ database, token: ticket.token, documentName: ticket.documentName, now }))).toBe('unauthenticated');
  });

  it('expires after a minute', () => {
    const ticket = issueCollaborationTicket({ database, userId: secretary.id, standardId: standard.id, now });
    const later = new Date(now.getTime() + 61_000);
    expect(codeOf(() => redeemCollaborationTicket({ database, token: ticket.token, documentName: ticket.documentName, now: later }))).toBe('unauthenticated');
  });

  it('only opens the document it was issued for', () => {
    const other = createStandard({ database, creatorId: secretary.id, request: { title: '另一个标准' }, now });
    const ticket = issueCollaborationTicket({ database, userId: secretary.id, standardId: standard.id, now });
    expect(codeOf(() => redeemCollaborationTicket({ database, token: ticket.token, documentName: `standard:${other.id}`, now }))).toBe('unauthenticated');
    expect(codeOf(() => redeemCollaborationTicket({ database, token: 'x', documentName: 'not-a-document', now }))).toBe('forbidden');
  });

  it('gives readers read access', () => {
    const ticket = issueCollaborationTicket({ database, userId: observer.id, standardId: standard.id, now });
    expect(redeemCollaborationTicket({ database, token: ticket.token, documentName: ticket.documentName, now }).access).toBe('read');
  });
});
