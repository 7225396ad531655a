import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentTableFormats, type CommentTableFormat } from '../../../shared/api/comment-table';
import { buildCommentTable } from '../../../server/commands/build-comment-table';
import { createStandard } from '../../../server/commands/create-standard';
import { freezeVersion } from '../../../server/commands/freeze-version';
import { openCommentPeriod } from '../../../server/commands/open-comment-period';
import { readLiveDraft } from '../../../server/commands/read-live-draft';
import { submitComment } from '../../../server/commands/submit-comment';
import type { CommentPeriodRecord } from '../../../server/db/repos/comment-periods';
import { saveStakeholderProfile } from '../../../server/db/repos/stakeholder-profiles';
import { renderCommentTable } from '../../../server/exports/render-comment-table';
import { loadOrCreateLedgerSigningKey, type LedgerSigningKey } from '../../../server/ledger/signing-key';
import { createTemporaryDirectory } from '../../helpers/temporary-directory';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';
import { readCsv, readWordDocument, readWorkbook } from '../exports/office-readers';

async function readableText(format: CommentTableFormat, bytes: Uint8Array): Promise<string> {
  if (format === 'csv') return readCsv(bytes).map((cells) => cells.join(' ')).join('\n');
  if (format === 'xlsx') return (await readWorkbook(bytes)).rows.map((cells) => [...new Set(cells)].join(' ')).join('\n');
  return (await readWordDocument(bytes)).paragraphs.join('\n');
}

describe('dates in the comment tables and their file names', () => {
  const connection = openTestDatabase();
  const keyDirectory = createTemporaryDirectory();
  let signingKey: LedgerSigningKey;
  let standardId: string;
  let clauseId: string;
  let period: CommentPeriodRecord;
  const commenter = { id: '' };
  let commentCount = 0;

  beforeAll(() => {
    signingKey = loadOrCreateLedgerSigningKey(`${keyDirectory.path}/ledger-key.pem`);
    const secretariat = insertTestUser(connection, 'secretary');
    commenter.id = insertTestUser(connection, 'commenter').id;
    saveStakeholderProfile(connection.database, { userId: commenter.id, fullName: '张工', organisation: '某研究院', email: 'zhang@example.com', phone: null, updatedAt: new Date('2026-12-01T00:00:00Z') });
    const opened = new Date('2026-12-01T00:00:00Z');
    const standard = createStandard({ database: connection.database, creatorId: secretariat.id, request: { title: '智能制造 术语', bodyCode: 'CAS', sequenceNumber: '290' }, now: opened });
    standardId = standard.id;
    readLiveDraft(connection.database, standardId).forEach((child) => {
      if (child.type.name === 'clause' && clauseId === undefined) clauseId = String(child.attrs.id);
    });
    const version = freezeVersion({ database: connection.database, standard, createdBy: secretariat.id, name: '征求意见稿', reason: 'manual', now: opened });
    period = openCommentPeriod({ database: connection.database, standardId, versionId: version.id, startsAt: opened, endsAt: new Date('2026-12-31T15:59:59Z'), openedBy: secretariat.id, now: opened });
  });

  afterAll(() => {
    connection.remove();
    keyDirectory.remove();
  });

  /** A comment made at `instant`, then every table downloaded at that same instant (so the checkpoint is signed then). */
  async function datesPrinted(instant: string, bodyTimeZone: string): Promise<Array<{ format: CommentTableFormat; fileName: string; asciiFileName: string; text: string }>> {
    const now = new Date(instant);
    submitComment({ database: connection.database, period, authorId: commenter.id, request: { clauseId, type: 'te', comment: `第${++commentCount}条意见` }, now });
    const table = buildCommentTable({ database: connection.database, signingKey, standardId, now, bodyTimeZone });
    expect(table.header.checkpoint.timestamp).toBe(now.toISOString());
    return Promise.all(
      commentTableFormats.map(async (format) => {
        const rendered = await renderCommentTable(format, table);
        return { format, fileName: rendered.fileName, asciiFileName: rendered.asciiFileName, text: await readableText(format, rendered.bytes) };
      }),
    );
  }

  function expectDate(printed: Awaited<ReturnType<typeof datesPrinted>>, date: string, otherDate: string): void {
    for (const { format, fileName, asciiFileName, text } of printed) {
      expect(fileName, format).toContain(date);
      expect(asciiFileName, format).toContain(date);
      expect(text, format).toMatch(new RegExp(`(日期|Date)[^\\n]*${date}`, 'u'));
      expect(text, format).not.toContain(otherDate);
    }
  }

  it('prints a comment made at 23:00 in Shanghai on the 6th (15:00 UTC) as the 6th in every table and file name', async () => {
    const printed = await datesPrinted('2026-12-06T15:00:00Z', 'Asia/Shanghai');
    expectDate(printed, '2026-12-06', '2026-12-07');
    for (const { format, text } of printed) expect(text, format).toContain('截至 2026年12月6日');
  });

  it('prints a comment made at 00:30 in Shanghai on the 7th (16:30 UTC on the 6th) as the 7th', async () => {
    expectDate(await datesPrinted('2026-12-06T16:30:00Z', 'Asia/Shanghai'), '2026-12-07', '2026-12-06');
  });

  it('uses another body time zone when one is set', async () => {
    expectDate(await datesPrinted('2026-12-07T03:00:00Z', 'America/New_York'), '2026-12-06', '2026-12-07');
  });
});
