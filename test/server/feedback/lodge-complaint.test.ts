import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { insertPublication, type PublicationRecord } from '../../../server/db/repos/publications';
import { insertStandard, type StandardRecord } from '../../../server/db/repos/standards';
import { lodgeComplaint } from '../../../server/feedback/commands/lodge-complaint';
import type { PublishedEdition } from '../../../server/feedback/published-edition';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';

// 16:30 UTC on New Year's Eve: already 2027-01-01 (00:30) in Shanghai, still 2026-12-31 (17:30) in Berlin.
const newYearsEveInUtc = new Date('2026-12-31T16:30:00Z');

describe('receiving a complaint', () => {
  let connection: ReturnType<typeof openTestDatabase> | null = null;
  afterEach(() => {
    connection?.remove();
    connection = null;
  });

  function publishedEdition(): { edition: PublishedEdition; complainantId: string } {
    connection = openTestDatabase();
    const secretary = insertTestUser(connection, 'secretary');
    const complainant = insertTestUser(connection, 'complainant');
    const standard: StandardRecord = { id: 'standard-1', title: '城市供水 水质在线监测技术规范', titleEn: null, bodyCode: 'CWA', sequenceNumber: '012', stage: 'published', createdBy: secretary.id, createdAt: new Date('2026-01-01T00:00:00Z') };
    insertStandard(connection.database, standard);
    const publication = {
      id: 'publication-1',
      standardId: standard.id,
      bodyCode: 'CWA',
      sequenceNumber: '012',
      year: 2026,
      replacesPublicationId: null,
      assignedBy: secretary.id,
      assignedAt: new Date('2026-06-01T00:00:00Z'),
      versionId: null,
      publishedOn: '2026-06-10',
      implementedOn: '2026-09-01',
      publishedBy: secretary.id,
      publishedAt: new Date('2026-06-10T02:00:00Z'),
      docx: null,
      docxSha256: null,
      pdf: null,
      pdfSha256: null,
      publishedProcessDocuments: [],
      reviewDueOn: '2031-06-10',
      withdrawnOn: null,
      withdrawnAt: null,
    } satisfies PublicationRecord;
    insertPublication(connection.database, publication);
    return { edition: { publication, standard, number: 'T/CWA 012—2026' }, complainantId: complainant.id };
  }

  it('dates it, numbers it and sets its due date by the calendar of the body time zone', () => {
    const { edition, complainantId } = publishedEdition();
    if (!connection) throw new Error('no database');
    const request = { about: 'standard' as const, text: '第5章的限值与国家标准不一致。' };
    const inShanghai = lodgeComplaint({ database: connection.database, edition, complainantId, request, bodyTimeZone: 'Asia/Shanghai', complaintAnswerDays: 30, now: newYearsEveInUtc });
    expect(inShanghai).toMatchObject({ receivedOn: '2027-01-01', caseYear: 2027, caseNumber: 'TS-CWA-2027-0001', answerDueOn: '2027-01-31', status: 'received' });
    const inBerlin = lodgeComplaint({ database: connection.database, edition, complainantId, request, bodyTimeZone: 'Europe/Berlin', complaintAnswerDays: 30, now: newYearsEveInUtc });
    expect(inBerlin).toMatchObject({ receivedOn: '2026-12-31', caseYear: 2026, caseNumber: 'TS-CWA-2026-0001', answerDueOn: '2027-01-30' });
    const next = lodgeComplaint({ database: connection.database, edition, complainantId, request, bodyTimeZone: 'Asia/Shanghai', complaintAnswerDays: 10, now: new Date('2027-02-27T20:00:00Z') });
    expect(next).toMatchObject({ receivedOn: '2027-02-28', caseNumber: 'TS-CWA-2027-0002', answerDueOn: '2027-03-10' });
  });

  it('keeps what was lodged: the database refuses to change the text or the due date, or to delete the case', () => {
    const { edition, complainantId } = publishedEdition();
    if (!connection) throw new Error('no database');
    const complaint = lodgeComplaint({ database: connection.database, edition, complainantId, request: { about: 'process', text: '原文' }, bodyTimeZone: 'Asia/Shanghai', complaintAnswerDays: 30, now: newYearsEveInUtc });
    const sqlite = new Database(connection.path);
    try {
      expect(() => sqlite.prepare("UPDATE complaints SET text = '改过' WHERE id = ?").run(complaint.id)).toThrow(/keeps what was lodged/);
      expect(() => sqlite.prepare("UPDATE complaints SET answer_due_on = '2099-01-01' WHERE id = ?").run(complaint.id)).toThrow(/keeps what was lodged/);
      expect(() => sqlite.prepare('DELETE FROM complaints WHERE id = ?').run(complaint.id)).toThrow(/cannot be deleted/);
      expect(sqlite.prepare("UPDATE complaints SET status = 'under_review' WHERE id = ?").run(complaint.id).changes).toBe(1);
    } finally {
      sqlite.close();
    }
  });
});
