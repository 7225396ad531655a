import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicCatalogueResponseSchema, publicStandardSchema, type PublicCatalogueResponse, type PublicStandard } from '../../../shared/api/public-standards';
import type { StandardRecord } from '../../../server/db/repos/standards';
import { PublishedEditionFixture, sha256Hex } from '../../helpers/published-edition-fixture';
import {
  annex,
  clause,
  cover,
  crossReference,
  figure,
  footnote,
  foreword,
  formula,
  note,
  orderedList,
  paragraph,
  standardDocument,
  tableBlock,
  termEntry,
  termsChapter,
} from '../../helpers/standard-builder';
import { startTestServer, type TestServer } from '../../helpers/test-server';

const patentSentence = '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。';
const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function publishedDocument(options: { title: string; titleEnglish: string; year: string; ics: string; imageId: string; scope: string }) {
  return standardDocument(
    cover({ titleChinese: options.title, titleEnglish: options.titleEnglish, bodyCode: 'CWA', year: options.year, icsCode: options.ics, ccsCode: 'J07', issuingBody: '中国智能制造协会', draftingUnits: '甲智能装备有限公司、乙研究院', principalDrafters: '张三、李四' }),
    foreword('本文件按照GB/T 1.1—2020《标准化工作导则  第1部分：标准化文件的结构和起草规则》的规定起草。', patentSentence),
    clause('chapter-scope', '范围', paragraph(options.scope), paragraph('本文件适用于离散制造企业。')),
    termsChapter([termEntry({ id: 'term-robot', chinese: '工业机器人', english: 'industrial robot', definition: '自动控制的、可重复编程的多用途操作机。' })]),
    clause(
      'chapter-requirements',
      '要求',
      clause(
        'clause-size',
        '尺寸',
        paragraph('尺寸应符合', crossReference('table-size'), '的规定', footnote('测量温度为20 ℃。'), '。'),
        tableBlock({ id: 'table-size', title: '尺寸要求', rows: [['项目', '要求'], ['长度', '10 mm']], notes: [['允许偏差见附录A。']] }),
        note('note-size', '尺寸在装配前测量。'),
        orderedList(['第一项', '第二项']),
      ),
      clause('clause-figure', '外形', figure({ id: 'figure-shape', title: '外形示意', imageId: options.imageId }), formula('formula-area', 'A = l \\times w')),
    ),
    annex({ id: 'annex-tolerance', title: '允许偏差', normative: true }, paragraph('偏差不大于0.1 mm。')),
  );
}

describe('the public pages, catalogue and feed of published standards', () => {
  let server: TestServer;
  let fixture: PublishedEditionFixture;
  let terminology: StandardRecord;
  const editions: Record<string, { id: string; docx: Uint8Array; pdf: Uint8Array }> = {};
  let imageId = '';
  let foreignImageId = '';

  async function page(path: string): Promise<{ status: number; text: string; headers: Headers }> {
    const response = await fetch(`${server.url}${path}`);
    return { status: response.status, text: await response.text(), headers: response.headers };
  }

  async function json<Body>(path: string): Promise<{ status: number; body: Body }> {
    const response = await fetch(`${server.url}${path}`);
    return { status: response.status, body: (await response.json()) as Body };
  }

  beforeAll(async () => {
    server = await startTestServer();
    fixture = new PublishedEditionFixture(server.databasePath);
    terminology = fixture.createStandard('智能制造 术语', 'Intelligent manufacturing—Vocabulary', 'CWA');
    imageId = fixture.addImage(terminology, onePixelPng);
    const robots = fixture.createStandard('工业机器人 安全要求', 'Industrial robots—Safety requirements', 'CWA');
    foreignImageId = fixture.addImage(robots, onePixelPng);
    const old = await fixture.addEdition({
      standard: terminology,
      document: publishedDocument({ title: terminology.title, titleEnglish: terminology.titleEn ?? '', year: '2021', ics: '25.040', imageId, scope: '本文件界定了智能制造的术语（2021年版）。' }),
      sequenceNumber: '012',
      year: 2021,
      publishedOn: '2021-03-01',
      implementedOn: '2021-06-01',
    });
    editions.old = old;
    editions.current = await fixture.addEdition({
      standard: terminology,
      document: publishedDocument({ title: terminology.title, titleEnglish: terminology.titleEn ?? '', year: '2026', ics: '25.040', imageId, scope: '本文件界定了智能制造领域的基本术语和定义。' }),
      sequenceNumber: '012',
      year: 2026,
      publishedOn: '2026-03-01',
      implementedOn: '2026-06-01',
      replacesPublicationId: old.id,
      publishedProcessDocuments: ['comment_table', 'explanatory_statement'],
    });
    editions.withdrawn = await fixture.addEdition({
      standard: robots,
      document: publishedDocument({ title: robots.title, titleEnglish: robots.titleEn ?? '', year: '2025', ics: '25.040.30', imageId: foreignImageId, scope: '本文件规定了工业机器人的安全要求。' }),
      sequenceNumber: '020',
      year: 2025,
      publishedOn: '2025-01-10',
      implementedOn: '2025-04-01',
      withdrawnOn: '2026-06-30',
    });
    const unpublished = fixture.createStandard('协作机器人 通用技术条件', 'Collaborative robots', 'CWA');
    editions.unpublished = await fixture.addEdition({ standard: unpublished, document: publishedDocument({ title: unpublished.title, titleEnglish: '', year: '2026', ics: '25.040', imageId: '', scope: '未发布。' }), sequenceNumber: '030', year: 2026 });
    const otherBody = fixture.createStandard('仓储物流 术语', 'Warehousing—Vocabulary', 'ABC');
    editions.otherBody = await fixture.addEdition({ standard: otherBody, document: publishedDocument({ title: otherBody.title, titleEnglish: otherBody.titleEn ?? '', year: '2026', ics: '03.100', imageId: '', scope: '本文件界定了仓储物流术语。' }), sequenceNumber: '001', year: 2026, publishedOn: '2026-02-01', implementedOn: '2026-05-01' });
  }, 60_000);

  afterAll(async () => {
    fixture.close();
    await server.stop();
  });

  it('shows a current edition to anonymous visitors as an indexable page with every fact, the full text and no script', async () => {
    const { status, text, headers } = await page('/t/CWA/012-2026');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('text/html');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(headers.get('content-security-policy')).not.toContain('script-src');
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(text).toContain('<title>T/CWA 012—2026 智能制造 术语</title>');
    expect(text).toMatch(/<meta name="description" content="T\/CWA 012—2026《智能制造 术语》（现行），中国智能制造协会发布/);
    expect(text).not.toContain('rel="canonical"');
    expect(text).toContain('<link rel="stylesheet" href="/t/assets/public-standards.css">');
    expect(text).not.toMatch(/<script/i);
    expect(text).toContain('<h1 lang="zh-CN">智能制造 术语</h1>');
    expect(text).toContain('<p class="english-title" lang="en">Intelligent manufacturing—Vocabulary</p>');
    for (const shown of ['现行', '2026-03-01', '2026-06-01', '25.040', 'J07', '中国智能制造协会', '甲智能装备有限公司、乙研究院', '张三、李四', '本文件界定了智能制造领域的基本术语和定义。', patentSentence]) expect(text).toContain(shown);
    expect(text).toContain('<a href="/t/CWA/012-2021">T/CWA 012—2021</a>');
    expect(text).toContain('href="/feedback/CWA/012-2026">提交实施信息反馈</a>');
    expect(text).toContain('href="/complaints/CWA/012-2026">投诉</a>');
    expect(text).toContain(sha256Hex(editions.current?.pdf ?? new Uint8Array()));
    expect(text).toContain(sha256Hex(editions.current?.docx ?? new Uint8Array()));
    // The full text with derived numbers: clauses, the term, the table and its cross-reference, the note, the list, the figure, the formula, the annex.
    expect(text).toContain('<span class="clause-number">3.1</span>\u3000尺寸');
    expect(text).toContain('<p class="term-number">2.1</p>');
    expect(text).toContain('<figcaption>表1\u3000尺寸要求</figcaption>');
    expect(text).toMatch(/<a class="cross-reference" href="#e-[0-9a-f]{16}">表1<\/a>/);
    expect(text).toContain('<span class="label">注：</span>尺寸在装配前测量。');
    expect(text).toContain('<span class="list-marker" aria-hidden="true">a)</span>');
    expect(text).toContain(`<img src="/t/CWA/012-2026/images/${imageId}"`);
    expect(text).toContain('<figcaption>图1\u3000外形示意</figcaption>');
    expect(text).toMatch(/<math[^>]*display="block"/);
    expect(text).toContain('<span class="formula-number">(1)</span>');
    expect(text).toContain('<span class="annex-label">附录A</span><span class="annex-kind">（规范性）</span>');
    expect(text).toContain('<li id="footnote-1"><a href="#footnote-call-1">1)</a>\u3000测量温度为20 ℃。</li>');
    // The comment table and the 编制说明 were chosen, but there is no comment period and no frozen 编制说明: neither is linked.
    expect(text).toContain('发布单位没有公开本标准的制定过程文件。');

    const stylesheet = await page('/t/assets/public-standards.css');
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers.get('content-type')).toContain('text/css');
  });

  it('serves the figure images of a published edition and nothing else under its path', async () => {
    const image = await fetch(`${server.url}/t/CWA/012-2026/images/${imageId}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(onePixelPng)).toBe(true);
    expect((await fetch(`${server.url}/t/CWA/012-2026/images/${foreignImageId}`)).status).toBe(404);
    expect((await fetch(`${server.url}/t/CWA/020-2025/images/${imageId}`)).status).toBe(404);
  });

  it('marks a replaced edition 被代替 with a link to the edition that replaces it', async () => {
    const { status, text } = await page('/t/CWA/012-2021');
    expect(status).toBe(200);
    expect(text).toContain('<span class="status status-replaced">被代替</span>');
    expect(text).toContain('本标准已被 <a href="/t/CWA/012-2026">T/CWA 012—2026</a> 代替。');
    expect(text).toContain('本文件界定了智能制造的术语（2021年版）。');
    const record = await json<PublicStandard>('/api/public/standards/CWA/012-2021');
    expect(record.body).toMatchObject({ status: 'replaced', statusName: '被代替', replacedBy: { number: 'T/CWA 012—2026', address: '/t/CWA/012-2026' }, replaces: null });
  });

  it('keeps the page of a withdrawn edition, marked 废止 with its date', async () => {
    const { status, text } = await page('/t/CWA/020-2025');
    expect(status).toBe(200);
    expect(text).toContain('<span class="status status-withdrawn">废止</span>');
    expect(text).toContain('本标准已于 2026-06-30 废止');
    expect(text).toContain('<dt>废止日期</dt><dd>2026-06-30</dd>');
    const record = await json<PublicStandard>('/api/public/standards/CWA/020-2025');
    expect(record.body).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-06-30' });
  });

  it('answers 404 for a number assigned but not published, an unknown number and a malformed path, as a page and as JSON', async () => {
    for (const path of ['/t/CWA/030-2026', '/t/CWA/012-2020', '/t/CWA/999-2026', '/t/ZZZ/012-2026', '/t/CWA/not-a-number', '/t/cwa/012-2026']) {
      const { status, text } = await page(path);
      expect(status, path).toBe(404);
      expect(text, path).toContain('未找到该标准');
    }
    for (const path of ['/t/CWA/030-2026/document.pdf', '/t/CWA/030-2026/document.docx', '/t/CWA/012-2026/comment-table.docx', '/t/CWA/012-2026/review-minutes', '/t/CWA/012-2026/explanatory-statement.pdf', '/t/CWA/012-2021/explanatory-statement.docx']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
    const missing = await json<{ error: { code: string } }>('/api/public/standards/CWA/030-2026');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect((await json('/api/public/standards/CWA/abc')).status).toBe(404);
  });

  it('downloads the stored files byte for byte, named by the number, with the SHA-256 the page and the record show', async () => {
    const record = publicStandardSchema.parse((await json<PublicStandard>('/api/public/standards/CWA/012-2026')).body);
    for (const format of ['docx', 'pdf'] as const) {
      const response = await fetch(`${server.url}${record.downloads[format].address}`);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(sha256Hex(bytes)).toBe(record.downloads[format].sha256);
      expect(bytes.byteLength).toBe(record.downloads[format].bytes);
      expect(response.headers.get('content-type')).toBe(format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition).toContain(`attachment; filename=T-CWA-012-2026.${format};`);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(`T／CWA 012—2026.${format}`);
      expect(response.headers.get('etag')).toBe(`"sha256-${record.downloads[format].sha256}"`);
      expect(response.headers.get('repr-digest')).toBe(`sha-256=:${Buffer.from(record.downloads[format].sha256, 'hex').toString('base64')}:`);
      const again = await fetch(`${server.url}${record.downloads[format].address}`, { headers: { 'If-None-Match': response.headers.get('etag') ?? '' } });
      expect(again.status).toBe(304);
    }
    expect(record.downloads.pdf.sha256).toBe(sha256Hex(editions.current?.pdf ?? new Uint8Array()));
  });

  it('gives the public record as JSON: everything the page shows but the text, with the outline linking into the page', async () => {
    const { status, body } = await json<PublicStandard>('/api/public/standards/CWA/012-2026');
    expect(status).toBe(200);
    const record = publicStandardSchema.parse(body);
    expect(record).toMatchObject({
      number: 'T/CWA 012—2026',
      titleChinese: '智能制造 术语',
      titleEnglish: 'Intelligent manufacturing—Vocabulary',
      icsCode: '25.040',
      ccsCode: 'J07',
      status: 'current',
      statusName: '现行',
      publishedOn: '2026-03-01',
      implementedOn: '2026-06-01',
      withdrawnOn: null,
      issuingBody: '中国智能制造协会',
      draftingUnits: '甲智能装备有限公司、乙研究院',
      principalDrafters: '张三、李四',
      scope: ['本文件界定了智能制造领域的基本术语和定义。', '本文件适用于离散制造企业。'],
      patentStatement: patentSentence,
      replaces: { number: 'T/CWA 012—2021', address: '/t/CWA/012-2021' },
      replacedBy: null,
      processDocuments: [],
      feedbackAddress: '/feedback/CWA/012-2026',
      complaintAddress: '/complaints/CWA/012-2026',
    });
    expect(record.outline.map((item) => `${item.number ?? ''} ${item.title}`)).toEqual([' 前言', '1 范围', '2 术语和定义', '3 要求', '3.1 尺寸', '3.2 外形', 'A 允许偏差']);
    const html = (await page('/t/CWA/012-2026')).text;
    for (const item of record.outline) expect(html, item.title).toContain(`id="${item.anchor}"`);
  });

  it('lists the catalogue current first and finds editions by number in any spelling, by title and by ICS', async () => {
    const all = publicCatalogueResponseSchema.parse((await json<PublicCatalogueResponse>('/api/public/standards?bodyCode=CWA')).body);
    expect(all.editions.map((edition) => `${edition.number} ${edition.statusName}`)).toEqual(['T/CWA 012—2026 现行', 'T/CWA 012—2021 被代替', 'T/CWA 020—2025 废止']);
    expect(all.total).toBe(3);

    const numbersFor = async (query: string, bodyCode = 'CWA'): Promise<string[]> => {
      const response = await json<PublicCatalogueResponse>(`/api/public/standards?${new URLSearchParams({ query, bodyCode }).toString()}`);
      expect(response.status, query).toBe(200);
      return response.body.editions.map((edition) => edition.number);
    };
    for (const spelling of ['T/CWA 012—2026', 't/cwa 012-2026', 'CWA012–2026', '012-2026', 'ＣＷＡ　０１２－２０２６']) expect(await numbersFor(spelling), spelling).toEqual(['T/CWA 012—2026']);
    expect(await numbersFor('T/CWA 012')).toEqual(['T/CWA 012—2026', 'T/CWA 012—2021']);
    expect(await numbersFor('机器人')).toEqual(['T/CWA 020—2025']);
    expect(await numbersFor('safety requirements')).toEqual(['T/CWA 020—2025']);
    expect(await numbersFor('25.040.30')).toEqual(['T/CWA 020—2025']);
    expect(await numbersFor('协作机器人')).toEqual([]);
    expect(await numbersFor('仓储')).toEqual([]);
    expect(await numbersFor('仓储', 'ABC')).toEqual(['T/ABC 001—2026']);
    const everyBody = (await json<PublicCatalogueResponse>('/api/public/standards')).body;
    expect(everyBody.editions.map((edition) => edition.number)).toContain('T/ABC 001—2026');
    expect(everyBody.editions.map((edition) => edition.number)).not.toContain('T/CWA 030—2026');

    const firstPage = (await json<PublicCatalogueResponse>('/api/public/standards?bodyCode=CWA&limit=1&offset=1')).body;
    expect(firstPage).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(firstPage.editions).toHaveLength(1);
    for (const refused of [`query=${'x'.repeat(101)}`, 'limit=101', 'limit=0', 'offset=-1', 'bodyCode=cwa', 'bodyCode=TOOLONGCODE']) {
      const response = await json<{ error: { code: string } }>(`/api/public/standards?${refused}`);
      expect(response.status, refused).toBe(400);
      expect(response.body.error.code).toBe('invalid_request');
    }
  });

  it('renders the catalogue page with its search form, says so when nothing matches, and works for anonymous visitors', async () => {
    const { status, text } = await page('/t/CWA');
    expect(status).toBe(200);
    expect(text).toContain('<h1>中国智能制造协会 团体标准目录</h1>');
    expect(text).toContain('<form class="search" method="get" action="/t/CWA" role="search">');
    expect(text).not.toMatch(/<script/i);
    const order = ['T/CWA 012—2026', 'T/CWA 012—2021', 'T/CWA 020—2025'].map((number) => text.indexOf(`>${number}</a>`));
    expect(order.every((index) => index > 0)).toBe(true);
    expect(order).toEqual([...order].sort((left, right) => left - right));
    expect(text).not.toContain('T/CWA 030—2026');
    expect(text).toContain('已发布标准共 3 项');

    const searched = await page(`/t/CWA?query=${encodeURIComponent('012—2021')}`);
    expect(searched.text).toContain('与“012—2021”相符的已发布标准共 1 项');
    expect(searched.text).toContain('value="012—2021"');

    const empty = await page(`/t/CWA?query=${encodeURIComponent('不存在的标准')}`);
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('没有找到与“不存在的标准”相符的已发布标准。');
    const nothingYet = await page('/t/XYZ');
    expect(nothingYet.text).toContain('T/XYZ 还没有已发布的标准');
    const tooLong = await page(`/t/CWA?query=${'长'.repeat(101)}`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain('查找条件过长或格式不对');
  });

  it('publishes an Atom feed of the body’s publications that parses as XML', async () => {
    const response = await fetch(`${server.url}/t/CWA/feed.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await response.text();
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(xml) as {
      feed: { '@_xmlns': string; title: string; entry: Array<{ title: { '#text': string; '@_type': string }; id: string; link: Array<{ '@_href': string }>; published: string }> };
    };
    expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.feed.title).toContain('中国智能制造协会');
    // Newest publication first: the robots standard was published last.
    expect(parsed.feed.entry.map((entry) => entry.title['#text'])).toEqual(['T/CWA 020—2025 工业机器人 安全要求', 'T/CWA 012—2026 智能制造 术语', 'T/CWA 012—2021 智能制造 术语']);
    const first = parsed.feed.entry[1];
    expect(first?.id).toBe(`${new URL(server.url).origin}/t/CWA/012-2026`);
    expect(first?.link[0]?.['@_href']).toBe(`${new URL(server.url).origin}/t/CWA/012-2026`);
    expect(xml).not.toContain('T/CWA 030—2026');
  });

  it('escapes hostile titles and cover fields on the page, in the catalogue and in the feed', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const standard = fixture.createStandard(`恶意${hostile}`, `"><svg onload=alert(3)>`, 'EVL');
    await fixture.addEdition({
      standard,
      document: standardDocument(cover({ titleChinese: standard.title, issuingBody: hostile, draftingUnits: hostile, principalDrafters: hostile, icsCode: hostile }), clause('chapter-scope', hostile, paragraph(hostile))),
      sequenceNumber: '001',
      year: 2026,
      publishedOn: '2026-01-01',
      implementedOn: '2026-01-02',
    });
    for (const path of ['/t/EVL/001-2026', '/t/EVL', '/t/EVL/feed.atom']) {
      const { status, text } = await page(path);
      expect(status, path).toBe(200);
      expect(text, path).not.toContain('<script>alert');
      expect(text, path).not.toContain('<img src=x');
      expect(text, path).not.toContain('<svg onload');
    }
    expect((await page('/t/EVL/001-2026')).text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('gives the page and the catalogue in English with ?lang=en, the standard’s own text staying Chinese', async () => {
    const { status, text } = await page('/t/CWA/012-2021?lang=en');
    expect(status).toBe(200);
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(text).toContain('<title>T/CWA 012—2021 Intelligent manufacturing—Vocabulary</title>');
    expect(text).toContain('<span class="status status-replaced">Replaced</span>');
    expect(text).toContain('This standard has been replaced by <a href="/t/CWA/012-2026?lang=en">T/CWA 012—2026</a>.');
    expect(text).toContain('>Send implementation feedback</a>');
    expect(text).toContain('<a href="/t/CWA/012-2021" lang="zh-CN">中文</a>');
    expect(text).toContain('<div lang="zh-CN"><p>本文件界定了智能制造的术语（2021年版）。</p>');
    const catalogue = await page('/t/CWA?lang=en&query=robot');
    expect(catalogue.text).toContain('<input type="hidden" name="lang" value="en">');
    expect(catalogue.text).toContain('1 published standard matching “robot”. Standards in force first.');
    expect(catalogue.text).toContain('<a href="/t/CWA/020-2025?lang=en">T/CWA 020—2025</a>');
    expect(catalogue.text).toContain('<span class="status status-withdrawn">Withdrawn</span>');
    const missing = await page('/t/CWA/030-2026?lang=en');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('<h1>Standard not found</h1>');
  });

  it('links rel=canonical under PUBLIC_URL', async () => {
    const withPublicUrl = await startTestServer({ PUBLIC_URL: 'https://standards.example.org' });
    try {
      const other = new PublishedEditionFixture(withPublicUrl.databasePath);
      const standard = other.createStandard('智能制造 术语', '', 'CWA');
      await other.addEdition({ standard, document: publishedDocument({ title: standard.title, titleEnglish: '', year: '2026', ics: '25.040', imageId: '', scope: '范围。' }), sequenceNumber: '012', year: 2026, publishedOn: '2026-03-01', implementedOn: '2026-06-01' });
      other.close();
      const text = await (await fetch(`http://127.0.0.1:${withPublicUrl.port}/t/CWA/012-2026`)).text();
      expect(text).toContain('<link rel="canonical" href="https://standards.example.org/t/CWA/012-2026">');
      const catalogue = await (await fetch(`http://127.0.0.1:${withPublicUrl.port}/t/CWA`)).text();
      expect(catalogue).toContain('<link rel="canonical" href="https://standards.example.org/t/CWA">');
    } finally {
      await withPublicUrl.stop();
    }
  });
});
