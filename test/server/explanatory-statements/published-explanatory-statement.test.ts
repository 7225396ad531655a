import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentNameForExplanatoryStatement } from '../../../shared/collab/document-name';
import { openExistingDatabase } from '../../../server/db/open-existing-database';
import type { DatabaseConnection } from '../../../server/db/client';
import { publishedExplanatoryStatementFile } from '../../../server/explanatory-statements/explanatory-statement-file';
import { findLibreOffice, LibreOfficeConverter } from '../../../server/exports/pdf/libreoffice-converter';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { standardInApproval } from '../../helpers/approval-setup';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter } from '../../helpers/draft-text';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { readWordDocument } from '../exports/office-readers';

describe('the 编制说明 of a published edition, for the public page', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let connection: DatabaseConnection;
  let publicationId: string;
  const converter = new LibreOfficeConverter({ executable: findLibreOffice(), timeoutMilliseconds: 60_000 });

  beforeAll(async () => {
    server = await startTestServer();
    secretariat = await signedUpClient(server.url, 'secretary');
    const { standardId } = await standardInApproval(server, secretariat, 'published-statement', '水质 在线监测');
    const writer = connectCollaborationClient(secretariat, standardId, documentNameForExplanatoryStatement(standardId));
    await waitForSynced(writer);
    paragraphTextOfChapter(writer.document, '实施标准的要求和措施建议').insert(0, '建议发布后六个月实施。');
    await waitForAllSaved(writer);
    writer.destroy();
    const next = (await secretariat.get(`/api/standards/${standardId}/number/next`)).body as { sequenceNumber: string; year: number };
    const edition = (await secretariat.post(`/api/standards/${standardId}/number`, next)).body as { id: string };
    const published = await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'published', publishedOn: '2026-12-01', implementedOn: '2027-06-01', publishedProcessDocuments: [] });
    expect(published.status).toBe(200);
    publicationId = edition.id;
    connection = openExistingDatabase(server.databasePath);
  }, 120_000);

  afterAll(async () => {
    connection?.close();
    converter.dispose();
    await server?.stop();
  });

  it('returns the statement frozen by publishing, the same bytes every time', async () => {
    const first = await publishedExplanatoryStatementFile(connection.database, converter, publicationId, 'docx', 'Asia/Shanghai');
    expect(first?.fileName).toBe('《水质 在线监测》编制说明.docx');
    const { paragraphs } = await readWordDocument(first?.bytes ?? new Uint8Array());
    expect(paragraphs[0]).toBe('《水质 在线监测》编制说明');
    expect(paragraphs.some((paragraph) => paragraph.startsWith('建议发布后六个月实施。'))).toBe(true);
    const second = await publishedExplanatoryStatementFile(connection.database, converter, publicationId, 'docx', 'Asia/Shanghai');
    expect(Buffer.from(second?.bytes ?? []).equals(Buffer.from(first?.bytes ?? []))).toBe(true);
  });

  it('returns nothing for an unknown edition', async () => {
    expect(await publishedExplanatoryStatementFile(connection.database, converter, 'no-such-edition', 'docx', 'Asia/Shanghai')).toBeNull();
  });

  it.skipIf(findLibreOffice() === null)('makes its PDF', async () => {
    const pdf = await publishedExplanatoryStatementFile(connection.database, converter, publicationId, 'pdf', 'Asia/Shanghai');
    expect(pdf?.contentType).toBe('application/pdf');
    expect(Buffer.from(pdf?.bytes ?? []).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);
});
