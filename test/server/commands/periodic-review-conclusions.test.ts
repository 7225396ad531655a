import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import type { PeriodicReviewConclusion } from '../../../shared/api/publications';
import { addYearsToDate } from '../../../shared/domain/edition-numbering';
import { publicationStatusOf } from '../../../shared/domain/publication-status';
import { bodyDateKey } from '../../../shared/time/body-time';
import { createCollaborationServer, type CollaborationServer } from '../../../server/collab/collaboration-server';
import { createLiveDocumentGateway } from '../../../server/collab/live-document-gateway';
import { createStandard } from '../../../server/commands/create-standard';
import type { LiveDocumentGateway } from '../../../server/commands/live-document-gateway';
import { readLiveDraft } from '../../../server/commands/read-live-draft';
import { listLedgerRecordRowsOfSubject } from '../../../server/db/repos/ledger-records';
import { listPeriodicReviewsOfStandard } from '../../../server/db/repos/periodic-reviews';
import { listPublicationsOfStandard } from '../../../server/db/repos/publications';
import { updateStandardStage } from '../../../server/db/repos/stage-moves';
import { findStandardById, type StandardRecord } from '../../../server/db/repos/standards';
import { findVersion, listVersionsOfStandard } from '../../../server/db/repos/versions';
import { documentOfVersionState } from '../../../server/documents/version-document';
import { findLibreOffice, LibreOfficeConverter } from '../../../server/exports/pdf/libreoffice-converter';
import { assignNumber } from '../../../server/publications/commands/assign-number';
import { concludePeriodicReview } from '../../../server/publications/commands/conclude-periodic-review';
import { publishStandard } from '../../../server/publications/commands/publish-standard';
import { startPeriodicReview } from '../../../server/publications/commands/start-periodic-review';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';

const timeZone = 'Asia/Shanghai';
const intervalYears = 5;

describe('the conclusions of a periodic review (复审)', () => {
  const connection = openTestDatabase();
  let collaboration: CollaborationServer;
  let liveDocuments: LiveDocumentGateway;
  const pdfConverter = new LibreOfficeConverter({ executable: findLibreOffice(), timeoutMilliseconds: 120_000 });
  let secretariatId: string;
  let sequence = 0;

  beforeAll(() => {
    collaboration = createCollaborationServer(connection);
    liveDocuments = createLiveDocumentGateway(collaboration.hocuspocus, collaboration.warmUp);
    secretariatId = insertTestUser(connection, 'secretary').id;
  });
  afterAll(async () => {
    await collaboration.close();
    pdfConverter.dispose();
    connection.remove();
  });

  const reload = (standardId: string): StandardRecord => findStandardById(connection.database, standardId) as StandardRecord;

  /** A standard published through the real commands (its approval stands in for the review that led there), then in 复审. */
  async function standardUnderReview(title: string): Promise<{ standard: StandardRecord; reviewId: string }> {
    sequence += 1;
    const created = createStandard({ database: connection.database, creatorId: secretariatId, request: { title, bodyCode: 'CWA' }, now: new Date() });
    updateStandardStage(connection.database, created.id, 'approval');
    await assignNumber({ database: connection.database, liveDocuments, standard: reload(created.id), assignedBy: secretariatId, sequenceNumber: String(sequence).padStart(3, '0'), year: 2021, now: new Date() });
    await publishStandard({
      database: connection.database,
      liveDocuments,
      pdfConverter,
      standard: reload(created.id),
      publishedBy: secretariatId,
      publishedOn: '2021-06-01',
      implementedOn: '2021-09-01',
      publishedProcessDocuments: ['explanatory_statement'],
      note: undefined,
      now: new Date(),
      bodyTimeZone: timeZone,
      periodicReviewIntervalYears: intervalYears,
    });
    const review = await startPeriodicReview({ database: connection.database, liveDocuments, standard: reload(created.id), startedBy: secretariatId, note: '到期复审', now: new Date(), bodyTimeZone: timeZone });
    return { standard: reload(created.id), reviewId: review.id };
  }

  async function conclude(standard: StandardRecord, reviewId: string, conclusion: PeriodicReviewConclusion, now: Date, withdrawnOn?: string): Promise<void> {
    const review = listPeriodicReviewsOfStandard(connection.database, standard.id).find((candidate) => candidate.id === reviewId);
    if (!review) throw new Error('no review');
    await concludePeriodicReview({ database: connection.database, liveDocuments, standard, review, concludedBy: secretariatId, conclusion, note: `结论：${conclusion}`, withdrawnOn, now, bodyTimeZone: timeZone, periodicReviewIntervalYears: intervalYears });
  }

  function concludedRecord(reviewId: string): { kind: string; payload: Record<string, unknown> } {
    const rows = listLedgerRecordRowsOfSubject(connection.database, reviewId);
    return JSON.parse(rows.at(-1)?.canonical ?? '{}') as { kind: string; payload: Record<string, unknown> };
  }

  it('继续有效: back to 发布, the next review due one interval from the day of the conclusion (in the body time zone)', async () => {
    const { standard, reviewId } = await standardUnderReview('继续有效的标准');
    // 17:00 UTC on 31 December is already 1 January in Shanghai.
    const now = new Date('2026-12-31T17:00:00Z');
    await conclude(standard, reviewId, 'continue', now);
    expect(reload(standard.id).stage).toBe('published');
    const [edition] = listPublicationsOfStandard(connection.database, standard.id);
    expect(edition?.reviewDueOn).toBe(addYearsToDate(bodyDateKey(now, timeZone), intervalYears));
    expect(edition?.reviewDueOn).toBe('2032-01-01');
    expect(concludedRecord(reviewId)).toMatchObject({ kind: 'periodic_review.concluded', payload: { conclusion: 'continue', reviewDueOn: '2032-01-01', withdrawnOn: null } });
    expect(listPeriodicReviewsOfStandard(connection.database, standard.id)[0]).toMatchObject({ conclusion: 'continue', conclusionNote: '结论：continue', concludedBy: secretariatId });
  }, 60_000);

  it('修订: back to 起草 with the published text, a version frozen from it starting the new chain, the edition still in force', async () => {
    const { standard, reviewId } = await standardUnderReview('修订的标准');
    const publishedVersionId = listPublicationsOfStandard(connection.database, standard.id)[0]?.versionId ?? '';
    // Someone typed into the draft after publication: the revision still starts from the published text.
    await liveDocuments.transact(documentNameForStandard(standard.id), (document) => {
      const body = document.getXmlFragment(collaborationFragmentName);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('发布后误加的一段。')]);
      const lastChapter = body.get(body.length - 1);
      if (lastChapter instanceof Y.XmlElement) lastChapter.insert(lastChapter.length, [paragraph]);
    });
    expect(JSON.stringify(readLiveDraft(connection.database, standard.id).toJSON())).toContain('发布后误加的一段。');
    await conclude(standard, reviewId, 'revise', new Date());
    expect(reload(standard.id).stage).toBe('drafting');

    const published = findVersion(connection.database, standard.id, publishedVersionId)?.version;
    if (!published) throw new Error('the published version is missing');
    const newest = listVersionsOfStandard(connection.database, standard.id).find(({ version }) => version.name === '工作组讨论稿（复审 → 起草）')?.version;
    expect(newest?.reason).toBe('stage_move');
    const bodyOf = (document: { toJSON(): { content: unknown[] } }) => document.toJSON().content.slice(1);
    const publishedBody = bodyOf(documentOfVersionState(new Uint8Array(published.state)));
    expect(bodyOf(documentOfVersionState(new Uint8Array(newest?.state ?? [])))).toEqual(publishedBody);
    expect(bodyOf(readLiveDraft(connection.database, standard.id))).toEqual(publishedBody);
    expect(readLiveDraft(connection.database, standard.id).firstChild?.attrs).toMatchObject({ draftLabel: '工作组讨论稿', publicationDate: '', implementationDate: '', replaces: 'T/CWA 002—2021' });
    const safetyCopy = listVersionsOfStandard(connection.database, standard.id).find(({ version }) => version.reason === 'before_restore')?.version;
    expect(JSON.stringify(documentOfVersionState(new Uint8Array(safetyCopy?.state ?? [])).toJSON())).toContain('发布后误加的一段。');

    const editions = listPublicationsOfStandard(connection.database, standard.id);
    expect(editions.map((edition) => publicationStatusOf(edition, editions))).toEqual(['current']);
    expect(concludedRecord(reviewId)).toMatchObject({ payload: { conclusion: 'revise', versionId: newest?.id } });
  }, 60_000);

  it('废止: withdrawn with its date, the edition marked 废止, and a concluded review cannot be concluded again', async () => {
    const { standard, reviewId } = await standardUnderReview('废止的标准');
    await expect(conclude(standard, reviewId, 'withdraw', new Date(), '2020-01-01')).rejects.toMatchObject({ code: 'invalid_request' });
    expect(reload(standard.id).stage).toBe('periodic_review');
    await conclude(standard, reviewId, 'withdraw', new Date(), '2026-12-31');
    expect(reload(standard.id).stage).toBe('withdrawn');
    const editions = listPublicationsOfStandard(connection.database, standard.id);
    expect(editions[0]).toMatchObject({ withdrawnOn: '2026-12-31' });
    expect(editions[0]?.withdrawnAt).toBeInstanceOf(Date);
    expect(editions.map((edition) => publicationStatusOf(edition, editions))).toEqual(['withdrawn']);
    expect(concludedRecord(reviewId)).toMatchObject({ payload: { conclusion: 'withdraw', withdrawnOn: '2026-12-31' } });
    await expect(conclude(reload(standard.id), reviewId, 'continue', new Date())).rejects.toMatchObject({ code: 'periodic_review_not_open' });
  }, 60_000);
});
