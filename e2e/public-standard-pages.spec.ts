import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { signedUpClient } from '../test/helpers/api-client';
import { expect, test } from './fixtures/normdraft-test';
import { publishThroughTheApp } from './fixtures/published-standard';

const patentSentence = '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。';

function element(name: string, children: Array<Y.XmlElement | Y.XmlText>, attributes: Record<string, string> = {}): Y.XmlElement {
  const created = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, value);
  created.insert(0, children);
  return created;
}

/** Fills 范围, adds the patent sentence to 前言 and a chapter with a note and a formula. */
function draftTheText(fragment: Y.XmlFragment): void {
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === 'foreword') child.insert(child.length, [element('paragraph', [new Y.XmlText(patentSentence)])]);
    if (child.nodeName === 'clause' && child.toArray().some((part) => part instanceof Y.XmlElement && part.nodeName === 'clauseTitle' && part.toString().includes('范围'))) {
      const paragraph = child.toArray().find((part): part is Y.XmlElement => part instanceof Y.XmlElement && part.nodeName === 'paragraph');
      paragraph?.insert(0, [new Y.XmlText('本文件界定了智能制造领域的基本术语和定义。本文件适用于智能制造相关标准的编制和应用。')]);
    }
  }
  fragment.insert(fragment.length, [
    element('clause', [
      element('clauseTitle', [new Y.XmlText('技术要求')]),
      element('paragraph', [new Y.XmlText('设备的有效面积按公式计算。')]),
      element('formula', [new Y.XmlText('A = l \\times w')], { id: 'formula-area' }),
      element('note', [element('paragraph', [new Y.XmlText('测量在装配前进行。')])], { id: 'note-measure' }),
    ], { id: 'chapter-requirements' }),
  ]);
}

test('a standard published through the app has a public page and catalogue that work signed out, with and without JavaScript', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const base = baseURL ?? '';
  const owner = await signedUpClient(base, 'public-secretary', '王秘书');
  const published = await publishThroughTheApp(base, owner, {
    panelPrefix: 'public-panel',
    title: '智能制造 术语',
    titleEn: 'Intelligent manufacturing—Vocabulary',
    cover: { issuingBody: '中国标准化协会', draftingUnits: '中国标准化研究院、某智能装备有限公司', principalDrafters: '张三、李四、王五', icsCode: '01.040.25', ccsCode: 'A22' },
    edit: draftTheText,
    publishedOn: '2026-03-01',
    implementedOn: '2026-06-01',
    publishedProcessDocuments: ['comment_table', 'review_minutes', 'explanatory_statement'],
  });

  const withoutScript = await browser.newContext({ baseURL: base, javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await withoutScript.newPage();
  const response = await page.goto(published.address);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(`${published.number} 智能制造 术语`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('智能制造 术语');
  await expect(page.locator('.standard-status .status')).toHaveText('现行');
  for (const shown of ['中国标准化协会', '中国标准化研究院、某智能装备有限公司', '张三、李四、王五', '01.040.25', '2026-03-01', '2026-06-01', patentSentence, '本文件界定了智能制造领域的基本术语和定义。']) {
    await expect(page.getByText(shown, { exact: false }).first(), shown).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: '4\u3000技术要求' })).toBeVisible();
  await expect(page.locator('.formula math')).toHaveCount(1);
  await expect(page.getByRole('link', { name: '提交实施信息反馈' })).toHaveAttribute('href', `/feedback/${published.address.slice(3)}`);
  await expect(page.getByRole('link', { name: '投诉' })).toHaveAttribute('href', `/complaints/${published.address.slice(3)}`);
  await expect(page.getByText(published.pdfSha256)).toBeVisible();
  await page.screenshot({ path: '/tmp/public-standard-page-no-js.png', fullPage: true });

  const pdf = await page.request.get(`${published.address}/document.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(createHash('sha256').update(await pdf.body()).digest('hex')).toBe(published.pdfSha256);

  // The process documents the body chose to publish: the comment table from the record log and the review minutes.
  const commentTable = await page.request.get((await page.getByRole('link', { name: '征求意见汇总处理表' }).getAttribute('href')) ?? '');
  expect(commentTable.status()).toBe(200);
  expect(commentTable.headers()['content-type']).toContain('wordprocessingml');
  const statement = await page.request.get((await page.getByRole('link', { name: '编制说明' }).getAttribute('href')) ?? '');
  expect(statement.status()).toBe(200);
  expect(statement.headers()['content-type']).toBe('application/pdf');
  await page.getByRole('link', { name: '技术审查会议纪要' }).click();
  await expect(page.getByText('送审稿通过技术审查', { exact: false }).first()).toBeVisible();

  await page.goto('/t/CAS');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('中国标准化协会 团体标准目录');
  await page.getByLabel('查找标准').fill(published.number.replace('T/', '').replace('—', '-').toLowerCase());
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('.result-count')).toContainText('共 1 项');
  await expect(page.getByRole('link', { name: published.number })).toHaveAttribute('href', published.address);
  await page.screenshot({ path: '/tmp/public-catalogue-no-js.png', fullPage: true });
  await page.getByLabel('查找标准').fill('不存在的标准');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('.empty')).toContainText('没有找到与“不存在的标准”相符的已发布标准');
  await page.screenshot({ path: '/tmp/public-catalogue-empty.png', fullPage: true });
  await withoutScript.close();

  const withScript = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
  const scripted = await withScript.newPage();
  const problems: string[] = [];
  scripted.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await scripted.goto(published.address);
  await expect(scripted.getByRole('heading', { level: 1 })).toHaveText('智能制造 术语');
  await scripted.screenshot({ path: '/tmp/public-standard-page.png', fullPage: false });
  await scripted.getByRole('link', { name: 'English' }).click();
  await expect(scripted.locator('.standard-status .status')).toHaveText('In force');
  await expect(scripted.getByRole('heading', { name: 'Full text' })).toBeVisible();
  await scripted.screenshot({ path: '/tmp/public-standard-page-en.png', fullPage: false });
  await scripted.goto('/t/CAS');
  await expect(scripted.getByRole('link', { name: published.number })).toBeVisible();
  await scripted.screenshot({ path: '/tmp/public-catalogue.png', fullPage: false });
  const feed = await scripted.request.get('/t/CAS/feed.atom');
  expect(await feed.text()).toContain(`<id>${new URL(published.address, base).href}</id>`);
  expect(problems).toEqual([]);
  await withScript.close();
});
