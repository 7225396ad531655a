import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordDocumentContentType, type DraftImportResponse, type StandardImportResponse } from '../../../shared/api/word-import';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import {
  chapterBody,
  documentXml,
  incompressiblePng,
  wordEntityExpansion,
  wordFile,
  wordParagraph,
  wordWithBrokenRelationships,
  wordWithEmptyParagraphs,
  wordWithImage,
  wordZipBomb,
} from '../../fixtures/word-import/hostile-word-files';
import { createStandardAs, signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForSynced } from '../../helpers/collaboration-client';
import { chapterTitles } from '../../helpers/draft-text';
import { eventually } from '../../helpers/eventually';
import { startTestServer, type TestServer } from '../../helpers/test-server';
import { onePixelPng, renderSmallStandard } from '../exports/standard-document/small-standard';

interface Outline {
  items: Array<{ number: string | null; title: string; kind: string }>;
}

interface ErrorBody {
  error: { code: string; message: string; explanation?: { zh: string; en: string } };
}

let server: TestServer;
let secretary: ApiClient;
let outsider: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  secretary = await signedUpClient(server.url, 'word-secretary', '秘书处王芳');
  outsider = await signedUpClient(server.url, 'word-outsider', '外人');
});

afterAll(async () => {
  await server.stop();
});

async function importStandard(client: ApiClient, bytes: Uint8Array): Promise<{ status: number; body: unknown }> {
  return client.postBytes('/api/standards/imports', bytes, wordDocumentContentType);
}

async function outlineOf(client: ApiClient, standardId: string): Promise<string[]> {
  const response = await client.get(`/api/standards/${standardId}/outline`);
  expect(response.status).toBe(200);
  return (response.body as Outline).items.map((item) => `${item.number ?? ''} ${item.title}`.trim());
}

async function standardCount(client: ApiClient): Promise<number> {
  const response = await client.get('/api/standards');
  return (response.body as { standards: unknown[] }).standards.length;
}

async function expectServerUp(): Promise<void> {
  const health = await fetch(`${server.url}/api/health`);
  expect(health.status).toBe(200);
}

describe('creating a standard from a .docx', () => {
  it('makes the importer secretariat of a numbered draft and reports what it mapped', async () => {
    const response = await importStandard(secretary, await renderSmallStandard());
    expect(response.status).toBe(201);
    const { standardId, report } = response.body as StandardImportResponse;
    expect(report.mapped).toMatchObject({ terms: 3, references: 3, tables: 3, figures: 1, formulas: 1, annexes: 1 });
    expect(report.notMapped.map((note) => note.kind)).toContain('table_of_contents');
    expect(Array.isArray(report.findings)).toBe(true);

    const standard = await secretary.get(`/api/standards/${standardId}`);
    expect(standard.body).toMatchObject({ title: '团体标准编写示例', bodyCode: 'CAS', sequenceNumber: '001', myRole: 'secretariat' });
    expect(await outlineOf(secretary, standardId)).toEqual([
      '前言',
      '引言',
      '1 范围',
      '2 规范性引用文件',
      '3 术语和定义',
      '4 要求',
      '4.1 一般要求',
      '4.2 尺寸',
      '4.3 合并的表格',
      '5 试验方法',
      '5.1 外观',
      '5.2 计算',
      'A 尺寸的测量方法',
      '参考文献',
    ]);
    expect((await outsider.get(`/api/standards/${standardId}`)).status).toBe(404);
  });

  it('stores the embedded image as a figure upload the draft points at', async () => {
    const response = await importStandard(secretary, await wordWithImage(onePixelPng));
    expect(response.status).toBe(201);
    const { standardId, report } = response.body as StandardImportResponse;
    expect(report.mapped.figures).toBe(1);
    const draft = await secretary.get(`/api/standards/${standardId}/document`);
    const imageId = /"imageId":"([^"]+)"/.exec(JSON.stringify(draft.body))?.[1];
    expect(imageId).toBeTruthy();
    const image = await secretary.fetchRaw(`/api/images/${imageId ?? ''}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('refuses a file that is not a .docx with what to do, in both languages, and stores nothing', async () => {
    const before = await standardCount(secretary);
    const oldWord = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const refused = await importStandard(secretary, oldWord);
    expect(refused.status).toBe(422);
    const body = refused.body as ErrorBody;
    expect(body.error.code).toBe('upload_rejected');
    expect(body.error.explanation?.zh).toContain('另存为 .docx');
    const wrongType = await secretary.postBytes('/api/standards/imports', await renderSmallStandard(), 'application/pdf');
    expect(wrongType.status).toBe(415);
    expect(await standardCount(secretary)).toBe(before);
  });

  it('is only for people who are signed in', async () => {
    const anonymous = await fetch(`${server.url}/api/standards/imports`, { method: 'POST', headers: { 'content-type': wordDocumentContentType, origin: server.url }, body: Buffer.from(await renderSmallStandard()) });
    expect(anonymous.status).toBe(401);
  });
});

describe('hostile files', () => {
  it('refuses a zip bomb, entity expansion and too many paragraphs, and imports 10,000 empty paragraphs within limits', async () => {
    const before = await standardCount(secretary);
    const bomb = await importStandard(secretary, await wordZipBomb());
    expect(bomb.status).toBe(422);
    expect((bomb.body as ErrorBody).error.explanation?.zh).toContain('解压');
    await expectServerUp();

    const entities = await importStandard(secretary, await wordEntityExpansion());
    expect(entities.status).toBe(422);
    expect((entities.body as ErrorBody).error.code).toBe('upload_rejected');
    await expectServerUp();

    const tooMany = await importStandard(secretary, await wordWithEmptyParagraphs(25_000));
    expect(tooMany.status).toBe(422);
    expect((tooMany.body as ErrorBody).error.explanation?.zh).toContain('段落超过 20000');
    expect(await standardCount(secretary)).toBe(before);

    const empty = await importStandard(secretary, await wordWithEmptyParagraphs(10_000));
    expect(empty.status).toBe(201);
    const { standardId } = empty.body as StandardImportResponse;
    expect(await outlineOf(secretary, standardId)).toEqual(['前言', '1 范围']);
    await expectServerUp();
  });

  it('refuses a 50 MB file while reading it, and leaves out an image over the figure limit with a note', async () => {
    const huge = await importStandard(secretary, await wordWithImage(incompressiblePng(50 * 1024 * 1024)));
    expect(huge.status).toBe(413);
    expect((huge.body as ErrorBody).error.code).toBe('body_too_large');
    await expectServerUp();

    const large = await importStandard(secretary, await wordWithImage(incompressiblePng(6 * 1024 * 1024)));
    expect(large.status).toBe(201);
    const { report } = large.body as StandardImportResponse;
    expect(report.mapped.figures).toBe(0);
    expect(report.notMapped.some((note) => note.kind === 'image' && note.message.zh.includes('MiB'))).toBe(true);
  });

  it('imports a file with broken relationships and names each missing image', async () => {
    const response = await importStandard(secretary, await wordWithBrokenRelationships());
    expect(response.status).toBe(201);
    const { report } = response.body as StandardImportResponse;
    expect(report.notMapped.filter((note) => note.kind === 'image')).toHaveLength(2);
    await expectServerUp();
  });
});

describe('replacing a draft with a .docx', () => {
  it('freezes the draft first and changes it through the live document, so a connected editor sees it', async () => {
    const standardId = await createStandardAs(secretary, '替换草案的标准');
    const editor = connectCollaborationClient(secretary, standardId);
    try {
      await waitForSynced(editor);
      expect(chapterTitles(editor.document)).toEqual(['范围', '规范性引用文件', '术语和定义']);
      const bytes = await wordFile({ document: documentXml(`${chapterBody()}${wordParagraph('2 要求', true)}${wordParagraph('产品应符合本文件。')}`) });
      const response = await secretary.postBytes(`/api/standards/${standardId}/draft-imports`, bytes, wordDocumentContentType);
      expect(response.status).toBe(200);
      const { versionId, report } = response.body as DraftImportResponse;
      await eventually(() => expect(chapterTitles(editor.document)).toEqual(['范围', '要求']));
      expect(editor.document.getXmlFragment(collaborationFragmentName).toString()).toContain('产品应符合本文件。');
      expect(report.mapped.clauses).toBe(2);

      const safety = await secretary.get(`/api/standards/${standardId}/versions/${versionId}/outline`);
      expect((safety.body as Outline).items.map((item) => item.title)).toEqual(['前言', '范围', '规范性引用文件', '术语和定义']);
      const standard = await secretary.get(`/api/standards/${standardId}`);
      expect(standard.body).toMatchObject({ title: '替换草案的标准' });
    } finally {
      editor.destroy();
    }
  });

  it('leaves the draft exactly as it was when the file cannot be read, and refuses people who cannot edit', async () => {
    const standardId = await createStandardAs(secretary, '不变的标准');
    const before = await secretary.get(`/api/standards/${standardId}/document`);
    const versionsBefore = await secretary.get(`/api/standards/${standardId}/versions`);
    const refused = await secretary.postBytes(`/api/standards/${standardId}/draft-imports`, await wordEntityExpansion(), wordDocumentContentType);
    expect(refused.status).toBe(422);
    expect((await secretary.get(`/api/standards/${standardId}/document`)).body).toEqual(before.body);
    expect((await secretary.get(`/api/standards/${standardId}/versions`)).body).toEqual(versionsBefore.body);

    const hidden = await outsider.postBytes(`/api/standards/${standardId}/draft-imports`, await renderSmallStandard(), wordDocumentContentType);
    expect(hidden.status).toBe(404);
  });

  it('applies nothing when the person cancels the upload before the import is done', async () => {
    const before = await standardCount(secretary);
    const bytes = await renderSmallStandard();
    const url = new URL('/api/standards/imports', server.url);
    await new Promise<void>((resolve) => {
      const request = httpRequest(url, { method: 'POST', headers: { cookie: secretary.sessionCookie ?? '', origin: server.url, 'content-type': wordDocumentContentType, 'content-length': bytes.byteLength } });
      request.on('error', () => resolve());
      request.write(bytes.subarray(0, 1024));
      setTimeout(() => {
        request.destroy();
        resolve();
      }, 200);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await standardCount(secretary)).toBe(before);
    await expectServerUp();
  });
});
