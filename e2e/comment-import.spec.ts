import { request, type Page, type TestInfo } from '@playwright/test';
import { templateDocx } from '../test/fixtures/templates/template-docx';
import { isoTemplateHeader, nationalSummaryHeader } from '../test/fixtures/templates/template-headers';
import { templateXlsx } from '../test/fixtures/templates/template-xlsx';
import { expect, test } from './fixtures/normdraft-test';
import { password, signUpThroughUi } from './fixtures/people';

/** The secretariat's part, through the API: a standard with the skeleton (chapters 1 to 3), frozen and opened for comment. */
async function openCommentPeriod(baseURL: string): Promise<string> {
  const secretariat = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const signedUp = await secretariat.post('/api/auth/signup', { data: { username: 'daoru-mishu', password, displayName: '秘书处孙丽' } });
  expect(signedUp.status()).toBe(201);
  const standard = (await (await secretariat.post('/api/standards', { data: { title: '工业机器人 安全要求', bodyCode: 'CAS', sequenceNumber: '301' } })).json()) as { id: string };
  const version = (await (await secretariat.post(`/api/standards/${standard.id}/versions`, { data: { name: '征求意见稿' } })).json()) as { id: string };
  const endsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const period = (await (await secretariat.post(`/api/standards/${standard.id}/comment-periods`, { data: { versionId: version.id, endsAt } })).json()) as { id: string };
  await secretariat.dispose();
  return `/comment-periods/${period.id}`;
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test('a stakeholder uploads a template with bad rows, sees each of them, then uploads a clean one', async ({ browser, baseURL }, testInfo) => {
  const periodAddress = await openCommentPeriod(baseURL ?? '');
  const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  const stakeholder = await context.newPage();
  await signUpThroughUi(stakeholder, 'shangchuan', '钱敏');
  await stakeholder.goto(periodAddress);
  await stakeholder.getByTestId('stakeholder-full-name').fill('钱敏');
  await stakeholder.getByTestId('stakeholder-organisation').fill('某机器人检测中心');
  await stakeholder.getByTestId('stakeholder-email').fill('qian@example.cn');
  await stakeholder.getByTestId('stakeholder-save').click();
  await expect(stakeholder.getByTestId('stakeholder-registered')).toContainText('某机器人检测中心');
  const form = stakeholder.getByTestId('comment-import');
  await expect(form).toContainText('上传意见表');
  await expect(stakeholder.getByTestId('comment-import-file')).toBeHidden();
  await stakeholder.getByTestId('comment-import-toggle').click();

  const bad = await templateDocx([[isoTemplateHeader, ['CN', '', '2', '', 'te', '引用文件缺年代号', '', ''], ['CN', '', '9.9', '', 'te', '没有这一条', '', ''], ['CN', '', '1', '', 'xx', '', '', '']]]);
  await stakeholder.getByTestId('comment-import-file').setInputFiles({ name: '意见表.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bad) });
  await stakeholder.getByTestId('comment-import-submit').click();
  const problems = stakeholder.getByTestId('comment-import-problem');
  await expect(problems).toHaveCount(3);
  await expect(problems.nth(0)).toHaveText(/^3.*征求意见稿中没有章条“9\.9”$/);
  await expect(problems.nth(1)).toContainText('意见类型“xx”无法识别');
  await expect(problems.nth(2)).toContainText('缺少意见内容');
  await expect(stakeholder.getByTestId('my-comment')).toHaveCount(0);
  await screenshot(stakeholder, testInfo, 'comment-import-bad-rows');

  const clean = await templateXlsx([{ name: '意见', rows: [nationalSummaryHeader, [1, '第2章', '引用文件缺年代号', '补充年代号', '某机器人检测中心', null, null], [2, '3', '术语“协作机器人”未定义', null, null, null, null]] }]);
  await stakeholder.getByTestId('comment-import-file').setInputFiles({ name: '意见汇总表.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(clean) });
  await stakeholder.getByTestId('comment-import-submit').click();
  await expect(stakeholder.getByTestId('comment-import-succeeded')).toContainText('已导入 2 条意见');
  await screenshot(stakeholder, testInfo, 'comment-import-succeeded');
  // "我提出的意见" shows the imported comments at once, without a reload.
  await expect(stakeholder.getByTestId('my-comment')).toHaveCount(2);
  await stakeholder.reload();
  await expect(stakeholder.getByTestId('my-comment')).toHaveCount(2);
  await expect(stakeholder.getByTestId('my-comment').filter({ hasText: '引用文件缺年代号' })).toContainText('2 规范性引用文件');
  await context.close();
});
