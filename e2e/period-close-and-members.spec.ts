import { request, type Page, type TestInfo } from '@playwright/test';
import { expect, test } from './fixtures/normdraft-test';
import { password, signUpThroughUi } from './fixtures/people';
import { collaborationFragmentName } from '../shared/editor/document-extensions';
import { createStandardAs, signedUpClient } from '../test/helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../test/helpers/collaboration-client';
import { createClauseElement } from '../test/helpers/yjs-clauses';

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

async function createStandardThroughUi(page: Page, title: string): Promise<void> {
  await page.getByTestId('create-standard-title').fill(title);
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
}

/** A standard whose draft has a clause without a title (an empty-clause-title structure error), made through the API. */
async function standardWithStructureError(baseUrl: string): Promise<string> {
  const owner = await signedUpClient(baseUrl, 'tiqian.mishu', '秘书处周敏');
  const standardId = await createStandardAs(owner, '储能电站 消防要求');
  const writer = connectCollaborationClient(owner, standardId);
  await waitForSynced(writer);
  writer.document.transact(() => {
    const fragment = writer.document.getXmlFragment(collaborationFragmentName);
    fragment.insert(fragment.length, [createClauseElement('chapter-untitled', '')]);
  });
  await waitForAllSaved(writer);
  writer.destroy();
  return standardId;
}

test('the move to 征求意见 warns of structure errors, the period opens on the frozen 征求意见稿 and the secretariat closes it early', async ({ page, context, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const standardId = await standardWithStructureError(baseURL ?? '');
  expect((await page.request.post('/api/auth/login', { data: { username: 'tiqian.mishu', password }, headers: { origin: baseURL ?? '' } })).status()).toBe(200);
  await page.goto(`/standards/${standardId}/stages`);
  await page.locator('[data-testid="move-stage"][data-to="public_comment"]').click();
  const dialog = page.getByTestId('stage-move-dialog');
  const errors = dialog.getByTestId('stage-move-structure-errors');
  await expect(errors).toBeVisible();
  expect(Number(await errors.getAttribute('data-count'))).toBeGreaterThan(0);
  await expect(errors).toContainText('个结构错误');
  await expect(page.getByTestId('stage-move-confirm')).toBeDisabled();
  await screenshot(page, testInfo, 'move-dialog-structure-errors');
  await dialog.getByTestId('stage-move-acknowledge-errors').check();
  await page.getByTestId('stage-move-confirm').click();
  await expect(page.getByTestId('stage-timeline')).toHaveAttribute('data-stage', 'public_comment');

  await page.getByTestId('versions-link').click();
  const suggested = page.getByTestId('open-suggested-period');
  await expect(suggested).toContainText('征求意见稿（起草 → 征求意见）');
  await suggested.click();
  await expect(page.getByTestId('open-comment-period-dialog')).toContainText('征求意见稿（起草 → 征求意见）');
  await page.getByTestId('comment-period-confirm').click();
  await expect(page.getByTestId('comment-period-link')).toContainText('/comment-periods/');
  await expect(page.getByTestId('open-comment-period-dialog-cancel')).toHaveCount(0);
  await expect(page.getByTestId('comment-period')).toHaveCount(1);
  await page.getByTestId('copy-period-link').click();
  await expect(page.getByTestId('copy-period-link-status')).toHaveText('链接已复制。');
  const publicLink = await page.getByTestId('comment-period-link').innerText();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(publicLink);
  await screenshot(page, testInfo, 'period-opened-dialog');
  await page.getByTestId('comment-period-confirm').click();

  const period = page.getByTestId('comment-period');
  await period.getByTestId('close-period').click();
  await page.getByTestId('close-period-confirm').click();
  await expect(page.getByTestId('close-period-dialog')).toContainText('请写明提前结束的原因');
  await page.getByTestId('close-period-reason').fill('主要相关方均已回复，工作组决定提前结束');
  await expect(page.getByTestId('close-period-dialog')).not.toContainText('请写明提前结束的原因');
  await screenshot(page, testInfo, 'close-period-dialog');
  await page.getByTestId('close-period-confirm').click();
  await expect(period.getByTestId('comment-period-badge')).toHaveText('已提前结束');
  await expect(period.getByTestId('comment-period-closure')).toContainText('主要相关方均已回复');
  await expect(period).toHaveAttribute('data-open', 'false');

  await page.goto(new URL(publicLink).pathname);
  await expect(page.getByTestId('comment-period-state')).toHaveText('已提前结束');
  await expect(page.getByTestId('comment-period-closure')).toContainText('主要相关方均已回复，工作组决定提前结束');
  await screenshot(page, testInfo, 'portal-closed-early');
  await page.goBack();
  await page.getByTestId('stages-link').click();
  await expect(page.locator('[data-testid="stage-next"][data-to="technical_review"]')).not.toHaveAttribute('data-blocked', 'comment_period_not_ended');
});

test('the secretariat changes a role and removes a member; the last secretariat is kept and old notices go', async ({ page, baseURL }, testInfo) => {
  const origin = baseURL ?? '';
  const other = await request.newContext({ baseURL: origin, extraHTTPHeaders: { origin } });
  expect((await other.post('/api/auth/signup', { data: { username: 'chengyuan.wang', password, displayName: '起草人王强' } })).status()).toBe(201);
  await other.dispose();

  await page.setViewportSize({ width: 1400, height: 900 });
  await signUpThroughUi(page, 'chengyuan.mishu', '秘书处赵丽');
  await createStandardThroughUi(page, '智能电表 数据接口');
  await page.getByTestId('members-link').click();
  await page.getByTestId('member-username').fill('chengyuan.wang');
  await page.getByTestId('member-submit').click();
  await expect(page.getByTestId('member-notice')).toContainText('成员已添加');
  const wang = page.locator('[data-testid="member-row"][data-username="chengyuan.wang"]');
  await expect(wang).toBeVisible();

  await wang.getByTestId('member-role-select').selectOption('reviewer');
  await expect(page.getByTestId('member-notice')).toHaveAttribute('data-kind', 'roleChanged');
  await expect(wang.locator('[data-role]')).toHaveAttribute('data-role', 'reviewer');

  const me = page.locator('[data-testid="member-row"][data-username="chengyuan.mishu"]');
  await me.getByTestId('member-role-select').selectOption('drafter');
  await expect(page.getByTestId('error-message')).toContainText('最后一位秘书处成员');
  await expect(page.getByTestId('member-notice')).toHaveCount(0);
  await expect(me.locator('[data-role]')).toHaveAttribute('data-role', 'secretariat');

  await wang.getByTestId('remove-member').click();
  await expect(page.getByTestId('remove-member-dialog')).toContainText('起草人王强');
  await screenshot(page, testInfo, 'remove-member-dialog');
  await page.getByTestId('remove-member-confirm').click();
  await expect(wang).toHaveCount(0);
  await expect(page.getByTestId('member-notice')).toHaveAttribute('data-kind', 'removed');
  await screenshot(page, testInfo, 'members-page');

  await page.getByTestId('draft-link').click();
  await page.getByTestId('stages-link').click();
  await expect(page.getByTestId('member-change')).toHaveCount(2);
  await expect(page.getByTestId('member-change').first()).toContainText('移除了成员 起草人王强');
});
