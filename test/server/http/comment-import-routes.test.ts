import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentImportContentTypes } from '../../../shared/api/comment-import';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import { hugeGridSpanDocument, manyCellsDocument, manyEmptyRowsDocument } from '../../fixtures/templates/hostile-documents';
import { columnsAToXfdWorkbook, farRightTemplateWorkbook, manyRowsWorkbook, wholeSheetMergeWorkbook } from '../../fixtures/templates/hostile-workbooks';
import { zipBomb, zipWithLyingDirectory } from '../../fixtures/templates/hostile-zips';
import { templateDocx } from '../../fixtures/templates/template-docx';
import { isoTemplateHeader, nationalSummaryHeader, nationalSummaryTitleLines } from '../../fixtures/templates/template-headers';
import { templateXlsx } from '../../fixtures/templates/template-xlsx';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../../helpers/collaboration-client';
import { eventually } from '../../helpers/eventually';
import { startServerWithStandard, startTestServer, type TestServer } from '../../helpers/test-server';
import { createClauseElement } from '../../helpers/yjs-clauses';

interface MyComments {
  comments: Array<{ id: string; clauseId: string; clauseNumber: string | null; type: string; comment: string; proposedChange: string | null; reason: string | null; elementReference: string | null }>;
}

interface ImportResult {
  imported: number;
  comments: Array<{ id: string; clauseNumber: string | null }>;
}

interface RowProblems {
  error: { code: string; rows: Array<{ row: number; field: string; reason: string; value?: string; maximumLength?: number; message: string }> };
}

const docx = commentImportContentTypes.docx;
const xlsx = commentImportContentTypes.xlsx;

/** ISO/IEC template rows: MB/NC, line, clause, paragraph/figure/table, type, comments, proposed change, observations. */
function isoRow(clause: string, type: string, comment: string, proposedChange = '', line = '', element = ''): string[] {
  return ['CN', line, clause, element, type, comment, proposedChange, ''];
}

/** 意见汇总表 rows: 序号, 章条编号, 意见内容, 修改建议, 提出单位, 处理意见, 备注. */
function nationalRow(sequence: number, clause: string | number, comment: string, proposedChange = ''): Array<string | number | null> {
  return [sequence, clause, comment, proposedChange, '某检测研究院', null, null];
}

async function stakeholderNamed(server: TestServer, username: string): Promise<ApiClient> {
  const client = await signedUpClient(server.url, username);
  await client.request('PUT', '/api/me/stakeholder-profile', { fullName: username, organisation: '某检测研究院', email: `${username}@example.com` });
  return client;
}

describe('uploading a commenting template', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  let periodId: string;
  let versionId: string;
  const clauseIds = new Map<string, string>();

  function upload(client: ApiClient, bytes: Uint8Array, contentType: string, period = periodId) {
    return client.postBytes(`/api/comment-periods/${period}/comment-imports`, bytes, contentType);
  }

  async function myComments(client: ApiClient): Promise<MyComments['comments']> {
    return ((await client.get('/api/me/comments')).body as MyComments).comments;
  }

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    const writer = connectCollaborationClient(secretariat, standardId);
    await waitForSynced(writer);
    const fragment = writer.document.getXmlFragment(collaborationFragmentName);
    writer.document.transact(() => {
      const chapterFive = createClauseElement('chapter-5', '试验方法');
      chapterFive.delete(1, 1);
      chapterFive.insert(1, [createClauseElement('clause-5-1', '试验条件'), createClauseElement('clause-5-2', '试验步骤')]);
      fragment.insert(fragment.length, [createClauseElement('chapter-4', '要求'), chapterFive]);
    });
    await waitForAllSaved(writer);
    writer.destroy();
    versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    periodId = ((await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString() })).body as { id: string }).id;
    const document = (await secretariat.get(`/api/comment-periods/${periodId}/document`)).body as { outline: Array<{ id: string | null; number: string | null }> };
    for (const item of document.outline) if (item.id && item.number) clauseIds.set(item.number, item.id);
    expect(clauseIds.get('5.2')).toBe('clause-5-2');
  });
  afterAll(async () => {
    await server.stop();
  });

  it('imports every row of a clean ISO/IEC template in Word, with clause ids, numbers and types', async () => {
    const stakeholder = await stakeholderNamed(server, 'iso_docx');
    const file = await templateDocx([
      [isoTemplateHeader, isoRow('5.2', 'te', '试验步骤缺少预处理。\n应先在标准大气下放置 24 h。', '增加预处理步骤。', '17', '第2段'), isoRow('Clause 5.1', 'ed', '“温度”应为“环境温度”。'), isoRow('4', 'ge', '要求过于笼统。'), ['', '', '', '', '', '', '', '']],
    ]);
    const response = await upload(stakeholder, file, docx);
    expect(response.status).toBe(201);
    const result = response.body as ImportResult;
    expect(result.imported).toBe(3);
    expect(result.comments.map((comment) => comment.clauseNumber)).toEqual(['5.2', '5.1', '4']);

    const mine = await myComments(stakeholder);
    expect(mine.map((comment) => comment.id).sort()).toEqual(result.comments.map((comment) => comment.id).sort());
    const byClause = new Map(mine.map((comment) => [comment.clauseId, comment]));
    expect(byClause.get('clause-5-2')).toMatchObject({
      clauseNumber: '5.2',
      type: 'te',
      comment: '试验步骤缺少预处理。\n应先在标准大气下放置 24 h。',
      proposedChange: '增加预处理步骤。',
      elementReference: '第2段, line 17',
    });
    expect(byClause.get('clause-5-1')).toMatchObject({ type: 'ed', proposedChange: null, elementReference: null });
    expect(byClause.get('chapter-4')).toMatchObject({ type: 'ge', comment: '要求过于笼统。' });
  });

  it('imports a 意见汇总表 in Excel: the header under its title lines, numbers typed as numbers, general comments', async () => {
    const stakeholder = await stakeholderNamed(server, 'summary_xlsx');
    const file = await templateXlsx([
      {
        name: '征求意见汇总处理表',
        rows: [[nationalSummaryTitleLines[0] ?? ''], [nationalSummaryTitleLines[1] ?? ''], nationalSummaryHeader, nationalRow(1, '第5.2条', '建议明确试验温度。', '改为“23 ℃±2 ℃”。'), nationalRow(2, 4, '要求一章缺少安全要求。'), [3, null, null, null, null, null, null], nationalRow(4, '5.1 试验条件', '湿度范围过宽。')],
        merges: ['A1:G1', 'A2:G2'],
      },
    ]);
    const response = await upload(stakeholder, file, xlsx);
    expect(response.status).toBe(201);
    expect((response.body as ImportResult).comments.map((comment) => comment.clauseNumber)).toEqual(['5.2', '4', '5.1']);
    const mine = await myComments(stakeholder);
    expect(mine.map((comment) => [comment.clauseId, comment.type, comment.comment]).sort()).toEqual([
      ['chapter-4', 'ge', '要求一章缺少安全要求。'],
      ['clause-5-1', 'ge', '湿度范围过宽。'],
      ['clause-5-2', 'ge', '建议明确试验温度。'],
    ]);
    expect(mine.find((comment) => comment.clauseId === 'clause-5-2')?.proposedChange).toBe('改为“23 ℃±2 ℃”。');
  });

  it('reads both templates from both kinds of file', async () => {
    const stakeholder = await stakeholderNamed(server, 'cross_kinds');
    const isoWorkbook = await templateXlsx([{ name: 'ISO', rows: [isoTemplateHeader, isoRow('5.2', '技术', '一条技术意见')] }]);
    const summaryDocument = await templateDocx([[nationalSummaryHeader, ['1', '5.1', '一条一般意见', '', '某单位', '', '']]]);
    expect(((await upload(stakeholder, isoWorkbook, xlsx)).body as ImportResult).comments).toEqual([expect.objectContaining({ clauseNumber: '5.2' })]);
    expect(((await upload(stakeholder, summaryDocument, docx)).body as ImportResult).comments).toEqual([expect.objectContaining({ clauseNumber: '5.1' })]);
    expect((await myComments(stakeholder)).map((comment) => `${comment.clauseId} ${comment.type}`).sort()).toEqual(['clause-5-1 ge', 'clause-5-2 te']);
  });

  it('offers a blank 意见汇总表 that, filled in, imports', async () => {
    const stakeholder = await stakeholderNamed(server, 'blank_template');
    const download = await stakeholder.fetchRaw(`/api/comment-periods/${periodId}/comment-template.xlsx`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(xlsx);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await download.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['意见汇总表', '章条目录 Clauses']);
    const clauseList = workbook.worksheets[1]?.getSheetValues().flatMap((row) => (Array.isArray(row) ? [String(row[1])] : [])) ?? [];
    expect(clauseList).toEqual(expect.arrayContaining(['1', '4', '5', '5.1', '5.2']));
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('the template has no first sheet');
    sheet.getRow(4).values = [1, '5.2', 'te', '试验步骤缺少预处理。', '增加预处理。', '与 GB/T 2918 一致', '第1段'];
    sheet.getRow(5).values = [2, '5.1', '编辑', '错别字。'];
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const response = await upload(stakeholder, filled, xlsx);
    expect(response.status).toBe(201);
    expect((response.body as ImportResult).comments.map((comment) => comment.clauseNumber)).toEqual(['5.2', '5.1']);
    const mine = await myComments(stakeholder);
    expect(mine.find((comment) => comment.clauseId === 'clause-5-2')).toMatchObject({ type: 'te', reason: '与 GB/T 2918 一致', elementReference: '第1段' });
    expect(mine.find((comment) => comment.clauseId === 'clause-5-1')).toMatchObject({ type: 'ed', comment: '错别字。' });
    expect((await fetch(`${server.url}/api/comment-periods/${periodId}/comment-template.xlsx`)).status).toBe(401);
  });

  it('reports every bad row of a Word template by its row in the table, and imports nothing', async () => {
    const stakeholder = await stakeholderNamed(server, 'bad_docx');
    const file = await templateDocx([
      [
        isoTemplateHeader,
        isoRow('5.2', 'te', '这一行没有问题'),
        isoRow('9.9', 'te', '没有这一条'),
        isoRow('5.1', 'te', ''),
        isoRow('5.1', 'xx', '类型不对'),
        isoRow('', 'ge', '没有章条编号'),
        isoRow('4', 'ge', '长'.repeat(10_001)),
        isoRow('7.3', 'bad', ''),
      ],
    ]);
    const response = await upload(stakeholder, file, docx);
    expect(response.status).toBe(422);
    const { error } = response.body as RowProblems;
    expect(error.code).toBe('import_rows_invalid');
    expect(error.rows.map(({ row, field, reason, value, maximumLength }) => ({ row, field, reason, value, maximumLength }))).toEqual([
      { row: 3, field: 'clause', reason: 'unknown_clause', value: '9.9', maximumLength: undefined },
      { row: 4, field: 'comment', reason: 'missing', value: undefined, maximumLength: undefined },
      { row: 5, field: 'type', reason: 'invalid_type', value: 'xx', maximumLength: undefined },
      { row: 6, field: 'clause', reason: 'missing', value: undefined, maximumLength: undefined },
      { row: 7, field: 'comment', reason: 'too_long', value: undefined, maximumLength: 10_000 },
      { row: 8, field: 'clause', reason: 'unknown_clause', value: '7.3', maximumLength: undefined },
      { row: 8, field: 'type', reason: 'invalid_type', value: 'bad', maximumLength: undefined },
      { row: 8, field: 'comment', reason: 'missing', value: undefined, maximumLength: undefined },
    ]);
    expect(error.rows[0]?.message).toBe('Row 3: the draft for comment has no clause “9.9”.');
    expect(await myComments(stakeholder)).toHaveLength(0);
  });

  it('reports bad rows of a workbook by their worksheet row numbers', async () => {
    const stakeholder = await stakeholderNamed(server, 'bad_xlsx');
    const file = await templateXlsx([
      { name: '意见', rows: [[nationalSummaryTitleLines[0] ?? ''], nationalSummaryHeader, nationalRow(1, '5.2', '好的一行'), [], nationalRow(2, '附录Z', '没有附录Z')] },
    ]);
    const response = await upload(stakeholder, file, xlsx);
    expect(response.status).toBe(422);
    expect((response.body as RowProblems).error.rows).toEqual([expect.objectContaining({ row: 5, field: 'clause', reason: 'unknown_clause', value: '附录Z' })]);
    expect(await myComments(stakeholder)).toHaveLength(0);
  });

  it('refuses zip bombs, lying archives, garbage, other file types, oversized uploads and files without a template', async () => {
    const stakeholder = await stakeholderNamed(server, 'hostile');
    const bomb = await upload(stakeholder, await zipBomb('word/document.xml', 100 * 1024 * 1024), docx);
    expect(bomb.status).toBe(422);
    expect(bomb.body).toMatchObject({ error: { code: 'upload_rejected', message: expect.stringMatching(/times its packed size|more than 50 MiB/) } });
    const lying = await upload(stakeholder, await zipWithLyingDirectory('word/document.xml', 4 * 1024 * 1024, 2000), docx);
    expect(lying.body).toMatchObject({ error: { code: 'upload_rejected' } });
    const garbage = await upload(stakeholder, new TextEncoder().encode('<html>not a template</html>'), xlsx);
    expect(garbage.status).toBe(422);
    expect(garbage.body).toMatchObject({ error: { code: 'upload_rejected' } });
    const workbookAsWord = await upload(stakeholder, await templateXlsx([{ name: '意见', rows: [nationalSummaryHeader] }]), docx);
    expect(workbookAsWord.body).toMatchObject({ error: { code: 'upload_rejected' } });
    const text = await upload(stakeholder, new TextEncoder().encode('章条编号,意见内容'), 'text/csv');
    expect(text.status).toBe(415);
    const tooLarge = await upload(stakeholder, new Uint8Array(5 * 1024 * 1024 + 1), docx);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ error: { code: 'body_too_large' } });
    const noTemplate = await upload(stakeholder, await templateDocx([[['项目', '值'], ['名称', '某标准']]]), docx);
    expect(noTemplate.body).toMatchObject({ error: { code: 'import_template_not_recognised' } });
    const empty = await upload(stakeholder, await templateXlsx([{ name: '意见', rows: [nationalSummaryHeader, [1, null, null, null, null, null, null]] }]), xlsx);
    expect(empty.body).toMatchObject({ error: { code: 'import_no_rows' } });
    const manyRows = Array.from({ length: 501 }, (_, index) => nationalRow(index + 1, '5.2', `意见${index}`));
    const tooMany = await upload(stakeholder, await templateXlsx([{ name: '意见', rows: [nationalSummaryHeader, ...manyRows] }]), xlsx);
    expect(tooMany.body).toMatchObject({ error: { code: 'import_too_many_rows' } });
    expect(await myComments(stakeholder)).toHaveLength(0);
  });

  it('answers 422 quickly to workbooks and documents that make up cells, merges and rows, without growing the heap', async () => {
    const stakeholder = await stakeholderNamed(server, 'wide_rows');
    const hostileFiles: Array<[string, Uint8Array, string, string]> = [
      ['800 rows with a cell in A and in XFD', await columnsAToXfdWorkbook(800), xlsx, 'import_too_many_rows'],
      ['1,500 rows with a cell in A and in XFD', await columnsAToXfdWorkbook(1500), xlsx, 'import_too_many_rows'],
      ['100,000 rows with a cell in A and in XFD', await columnsAToXfdWorkbook(100_000), xlsx, 'import_too_many_rows'],
      ['a comment column at XFD', await farRightTemplateWorkbook(600), xlsx, 'import_too_many_rows'],
      ['one merge over the whole sheet', await wholeSheetMergeWorkbook(), xlsx, 'upload_rejected'],
      ['200,000 rows outside the template columns', await manyRowsWorkbook(200_000, 0), xlsx, 'import_no_rows'],
      ['cells spanning 2^31 grid columns', await hugeGridSpanDocument(200, 60), docx, 'import_no_rows'],
      ['a row of 100,000 cells', await manyCellsDocument(100_000), docx, 'import_no_rows'],
      ['45 MiB of empty rows packed into 4 MiB', await manyEmptyRowsDocument(), docx, 'import_no_rows'],
    ];
    const heapBefore = process.memoryUsage().heapUsed;
    for (const [name, bytes, contentType, code] of hostileFiles) {
      expect(bytes.byteLength, name).toBeLessThan(5 * 1024 * 1024);
      const started = performance.now();
      const response = await upload(stakeholder, bytes, contentType);
      expect({ name, status: response.status, body: response.body }).toMatchObject({ name, status: 422, body: { error: { code } } });
      expect(performance.now() - started, name).toBeLessThan(5000);
      expect(process.memoryUsage().heapUsed - heapBefore, name).toBeLessThan(200 * 1024 * 1024);
    }
    expect((await columnsAToXfdWorkbook(800)).byteLength).toBeLessThan(16 * 1024);
    expect(await myComments(stakeholder)).toHaveLength(0);
  }, 60_000);

  it('asks for a session and a commenter registration, and refuses uploads once the period has ended', async () => {
    const file = await templateDocx([[isoTemplateHeader, isoRow('5.2', 'te', '意见')]]);
    const anonymous = await fetch(`${server.url}/api/comment-periods/${periodId}/comment-imports`, { method: 'POST', headers: { origin: server.url, 'content-type': docx }, body: new Uint8Array(file) });
    expect(anonymous.status).toBe(401);
    const unregistered = await signedUpClient(server.url, 'unregistered');
    const refused = await upload(unregistered, file, docx);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'stakeholder_profile_required' } });

    const stakeholder = await stakeholderNamed(server, 'late');
    const short = (await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 1500).toISOString() })).body as { id: string };
    await eventually(async () => expect(((await stakeholder.get(`/api/comment-periods/${short.id}`)).body as { isOpen: boolean }).isOpen).toBe(false));
    const late = await upload(stakeholder, file, docx, short.id);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: { code: 'comment_period_closed' } });
    expect((await upload(stakeholder, file, docx, 'no-such-period')).status).toBe(404);
    expect(await myComments(stakeholder)).toHaveLength(0);
  });
});

describe('comment template uploads and the submission limits', () => {
  let server: TestServer;
  afterAll(async () => {
    await server.stop();
  });

  it('counts each upload as one submission of the account, imported or not', async () => {
    server = await startTestServer({ COMMENTS_PER_ACCOUNT_PER_MINUTE: '2' });
    const secretariat = await signedUpClient(server.url, 'secretary');
    const standardId = await createStandardAs(secretariat);
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    const periodId = ((await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 86_400_000).toISOString() })).body as { id: string }).id;
    const stakeholder = await stakeholderNamed(server, 'busy');
    const file = await templateDocx([[isoTemplateHeader, isoRow('1', 'ge', '范围不清'), isoRow('2', 'ge', '缺少引用文件'), isoRow('3', 'ed', '术语')]]);
    const path = `/api/comment-periods/${periodId}/comment-imports`;
    expect(await stakeholder.postBytes(path, file, docx)).toMatchObject({ status: 201, body: { imported: 3 } });
    expect((await stakeholder.postBytes(path, new TextEncoder().encode('garbage'), docx)).status).toBe(422);
    const limited = await stakeholder.postBytes(path, file, docx);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: { code: 'too_many_requests' } });
  });
});
