import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollaborationServer, type CollaborationServer } from '../../../server/collab/collaboration-server';
import { createLiveDocumentGateway } from '../../../server/collab/live-document-gateway';
import { createStandard } from '../../../server/commands/create-standard';
import type { LiveDocumentGateway } from '../../../server/commands/live-document-gateway';
import { listLedgerRecordRowsOfStandard } from '../../../server/db/repos/ledger-records';
import { listPublicationsOfStandard } from '../../../server/db/repos/publications';
import { listStageMoves, updateStandardStage } from '../../../server/db/repos/stage-moves';
import { findStandardById, type StandardRecord } from '../../../server/db/repos/standards';
import { listVersionsOfStandard } from '../../../server/db/repos/versions';
import { LibreOfficeConverter } from '../../../server/exports/pdf/libreoffice-converter';
import { assignNumber } from '../../../server/publications/commands/assign-number';
import { publishStandard } from '../../../server/publications/commands/publish-standard';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';

describe('publishing when the files cannot be made', () => {
  const connection = openTestDatabase();
  let collaboration: CollaborationServer;
  let liveDocuments: LiveDocumentGateway;

  beforeAll(() => {
    collaboration = createCollaborationServer(connection);
    liveDocuments = createLiveDocumentGateway(collaboration.hocuspocus, collaboration.warmUp);
  });
  afterAll(async () => {
    await collaboration.close();
    connection.remove();
  });

  it('changes nothing when the PDF cannot be rendered (a server without LibreOffice)', async () => {
    const secretariat = insertTestUser(connection, 'secretary');
    const created = createStandard({ database: connection.database, creatorId: secretariat.id, request: { title: '无法渲染的标准', bodyCode: 'CWA' }, now: new Date() });
    updateStandardStage(connection.database, created.id, 'approval');
    const reload = () => findStandardById(connection.database, created.id) as StandardRecord;
    await assignNumber({ database: connection.database, liveDocuments, standard: reload(), assignedBy: secretariat.id, sequenceNumber: '007', year: 2026, now: new Date() });
    const before = { versions: listVersionsOfStandard(connection.database, created.id).length, records: listLedgerRecordRowsOfStandard(connection.database, created.id).length };

    const withoutLibreOffice = new LibreOfficeConverter({ executable: null, timeoutMilliseconds: 1000 });
    const attempt = publishStandard({
      database: connection.database,
      liveDocuments,
      pdfConverter: withoutLibreOffice,
      standard: reload(),
      publishedBy: secretariat.id,
      publishedOn: '2026-12-01',
      implementedOn: '2027-03-01',
      publishedProcessDocuments: [],
      note: undefined,
      now: new Date(),
      bodyTimeZone: 'Asia/Shanghai',
      periodicReviewIntervalYears: 5,
    });
    await expect(attempt).rejects.toMatchObject({ code: 'pdf_unavailable' });

    expect(reload().stage).toBe('approval');
    expect(listStageMoves(connection.database, created.id)).toEqual([]);
    expect(listPublicationsOfStandard(connection.database, created.id)).toMatchObject([{ sequenceNumber: '007', publishedAt: null, docx: null, pdf: null, versionId: null }]);
    expect(listVersionsOfStandard(connection.database, created.id)).toHaveLength(before.versions);
    expect(listLedgerRecordRowsOfStandard(connection.database, created.id)).toHaveLength(before.records);
  });
});
