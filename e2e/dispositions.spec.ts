import { readFile } from 'node:fs/promises';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { openCommentPeriodAsSecretary, registerAsCommenter, submitCommentOnClause } from './fixtures/comment-period';
import { expect, test } from './fixtures/normdraft-test';

const standardTitle = '电动自行车 锂离子蓄电池 安全要求';
const scopeComment = '范围应包括换电柜使用的蓄电池。';
const referencesComment = 'GB/T 2423.1 应注明年代号。';
const notAcceptedReason = '换电柜另有标准规定，本文件不涉及。';
const partlyAcceptedReason = '在范围中增加说明：换电柜用蓄电池可参照本文件。';
const unhappyNote = '希望直接纳入范围，而不是“参照”。';

async function screenshot(target: Page | Locator, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await ('goto' in target ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
}

/** Picks the option whose text contains the given words; option texts carry numbers and dates the test does not know. */
async function selectOptionContaining(select: Locator, text: string): Promise<void> {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  expect(value).toBeTruthy();
  await select.selectOption(value ?? '');
}

function statusCount(page: Page, status: string): Locator {
  return page.getByTestId('dashboard-status-row').and(page.locator(`[data-status="${status}"]`)).getByTestId('dashboard-status-count');
}

test('the working group disposes of comments, the commenter sees the result and answers, and the dashboard counts it all', async ({ page, browser, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const periodAddress = await openCommentPeriodAsSecretary(page, standardTitle, { username: 'chuli-mishu', displayName: '秘书处李静' });
  // A second frozen version, so that a disposition can point at the comparison where the change was made.
  await page.getByTestId('version-name').fill('修改稿');
  await page.getByTestId('freeze-version').click();
  await expect(page.getByTestId('version-row')).toHaveCount(2);

  const commenterContext = await browser.newContext({ baseURL, viewport: { width: 1400, height: 1000 } });
  const commenter = await commenterContext.newPage();
  await registerAsCommenter(commenter, periodAddress, { username: 'chuli-xiangguanfang', fullName: '孙悦', organisation: '某电池检测中心', email: 'sunyue@example.cn' });
  await submitCommentOnClause(commenter, { clauseTitle: '范围', type: 'te', text: scopeComment });
  await submitCommentOnClause(commenter, { clauseTitle: '规范性引用文件', type: 'ed', text: referencesComment });
  await expect(commenter.getByTestId('commenter-disposition-empty')).toHaveCount(2);

  // The stage page says how many comments are still open and leads to the dashboard.
  await page.getByTestId('stages-link').click();
  await expect(page.getByTestId('comment-dashboard-link-count')).toHaveText('2 条意见未处理');
  await screenshot(page, testInfo, 'stages-with-open-comments');
  await page.getByTestId('comment-dashboard-link').click();
  await expect(page.getByTestId('dashboard-total-value')).toHaveText('2');
  await expect(page.getByTestId('dashboard-blocking-count-value')).toHaveText('2');
  await expect(statusCount(page, 'undisposed')).toHaveText('2');

  // 采纳 straight from the blocking list.
  const referencesItem = page.getByTestId('dashboard-blocking-comment').filter({ hasText: referencesComment });
  await referencesItem.getByTestId('dashboard-blocking-open').click();
  await referencesItem.getByTestId('disposition-start').click();
  await referencesItem.getByTestId('disposition-decision-accepted').check();
  await referencesItem.getByTestId('disposition-submit').click();
  await expect(page.getByTestId('dashboard-updated')).toBeVisible();
  await expect(page.getByTestId('dashboard-blocking-count-value')).toHaveText('1');
  await expect(page.getByTestId('dashboard-blocking-comment')).toHaveCount(1);

  // 不采纳 without a reason is refused in the form, then recorded with one.
  await page.getByTestId('dashboard-comments-link').click();
  const scopeRow = page.getByTestId('standard-comment').filter({ hasText: scopeComment });
  await scopeRow.getByTestId('standard-comment-thread').click();
  const panel = page.getByTestId('disposition-panel');
  await expect(panel).toHaveCount(1);
  await expect(panel.getByTestId('disposition-empty')).toBeVisible();
  await panel.getByTestId('disposition-start').click();
  await panel.getByTestId('disposition-decision-not_accepted').check();
  await panel.getByTestId('disposition-submit').click();
  await expect(panel.getByTestId('disposition-reason-error')).toHaveText('选择“不采纳”时必须填写理由，请说明为什么。');
  await expect(panel.getByTestId('disposition-reason-input')).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByTestId('disposition-record')).toHaveCount(0);
  await screenshot(panel, testInfo, 'disposition-form-error');
  await panel.getByTestId('disposition-reason-input').fill(notAcceptedReason);
  await panel.getByTestId('disposition-submit').click();
  await expect(panel.getByTestId('disposition-recorded')).toBeVisible();
  await expect(panel.getByTestId('disposition-record')).toHaveCount(1);
  await expect(panel.getByTestId('disposition-record').first().getByTestId('decision')).toHaveText('不采纳');

  // Changing it adds a record; the old one stays, marked as superseded.
  await panel.getByTestId('disposition-start').click();
  await panel.getByTestId('disposition-decision-partially_accepted').check();
  await panel.getByTestId('disposition-reason-input').fill(partlyAcceptedReason);
  await selectOptionContaining(panel.getByTestId('disposition-clause'), '范围');
  await selectOptionContaining(panel.getByTestId('disposition-from-version'), '征求意见稿');
  await panel.getByTestId('disposition-submit').click();
  await expect(panel.getByTestId('disposition-version-pair-error')).toBeVisible();
  await selectOptionContaining(panel.getByTestId('disposition-to-version'), '修改稿');
  await expect(panel.getByTestId('disposition-open-comparison')).toHaveAttribute('href', /\/compare\?from=.+&to=.+/);
  await panel.getByTestId('disposition-submit').click();
  const records = panel.getByTestId('disposition-record');
  await expect(records).toHaveCount(2);
  await expect(records.nth(0)).toHaveAttribute('data-in-force', 'true');
  await expect(records.nth(0).getByTestId('decision')).toHaveText('部分采纳');
  await expect(records.nth(0).getByTestId('disposition-state')).toHaveText('现行');
  await expect(records.nth(0)).toContainText('秘书处李静 决定');
  await expect(records.nth(0).getByTestId('disposition-change-clause')).toHaveText('修改条款：1');
  await expect(records.nth(0).getByTestId('disposition-change-comparison')).toHaveAttribute('href', /\/standards\/[^/]+\/compare\?from=.+&to=.+/);
  await expect(records.nth(1).getByTestId('decision')).toHaveText('不采纳');
  await expect(records.nth(1).getByTestId('disposition-state')).toHaveText('已被取代');
  await expect(records.nth(1).getByTestId('disposition-reason')).toContainText(notAcceptedReason);
  await screenshot(page.getByTestId('comment-thread'), testInfo, 'disposition-panel');

  // The commenter sees the decision in force, the earlier one, and answers 不满意 with a note.
  await commenter.reload();
  const scopeItem = commenter.getByTestId('my-comment').filter({ hasText: scopeComment });
  await expect(scopeItem.getByTestId('decision')).toHaveText('部分采纳');
  await expect(scopeItem.getByTestId('disposition-reason')).toContainText(partlyAcceptedReason);
  await scopeItem.getByTestId('commenter-disposition-history').click();
  await expect(scopeItem.getByTestId('disposition-record')).toHaveCount(2);
  await expect(scopeItem.getByTestId('disposition-record').nth(1).getByTestId('disposition-state')).toHaveText('已被取代');
  await scopeItem.getByTestId('reaction-submit').click();
  await expect(scopeItem.getByTestId('reaction-verdict-error')).toBeVisible();
  await scopeItem.getByTestId('reaction-not-satisfied').check();
  await scopeItem.getByTestId('reaction-note-input').fill(unhappyNote);
  await scopeItem.getByTestId('reaction-submit').click();
  await expect(scopeItem.getByTestId('reaction-sent')).toBeVisible();
  await expect(scopeItem.getByTestId('reaction-verdict').first()).toHaveText('不满意');
  const referencesItemOfCommenter = commenter.getByTestId('my-comment').filter({ hasText: referencesComment });
  await expect(referencesItemOfCommenter.getByTestId('decision')).toHaveText('采纳');
  await expect(referencesItemOfCommenter.getByTestId('reaction-form')).toBeVisible();
  await screenshot(commenter, testInfo, 'commenter-disposition');
  await commenterContext.close();

  // The working group sees the answer in the thread and the totals on the dashboard.
  await page.reload();
  // The list shows each comment's decision in force, filters by it, and keeps the threads' clauses in document order.
  await expect(page.getByTestId('standard-comment').filter({ hasText: scopeComment })).toHaveAttribute('data-progress', 'partially_accepted');
  await expect(page.getByTestId('standard-comment').filter({ hasText: scopeComment })).toContainText('部分采纳');
  await expect(page.getByTestId('standard-comment-clause')).toHaveText(['1', '2']);
  await page.getByTestId('comment-filter-status').selectOption('accepted');
  await expect(page.getByTestId('standard-comment')).toHaveCount(1);
  await expect(page.getByTestId('standard-comment')).toContainText(referencesComment);
  await screenshot(page, testInfo, 'comment-list-decisions');
  await page.getByTestId('comment-filter-status').selectOption('');
  await page.getByTestId('standard-comment').filter({ hasText: scopeComment }).getByTestId('standard-comment-thread').click();
  await expect(page.getByTestId('disposition-panel').getByTestId('reaction-note')).toHaveText(unhappyNote);
  await page.getByTestId('comment-dashboard-link').click();
  await expect(page.getByTestId('dashboard-total-value')).toHaveText('2');
  await expect(page.getByTestId('dashboard-blocking-count-value')).toHaveText('0');
  await expect(page.getByTestId('dashboard-not-satisfied-value')).toHaveText('1');
  await expect(page.getByTestId('dashboard-satisfied-value')).toHaveText('0');
  await expect(page.getByTestId('dashboard-unanswered-value')).toHaveText('1');
  await expect(statusCount(page, 'accepted')).toHaveText('1');
  await expect(statusCount(page, 'partially_accepted')).toHaveText('1');
  await expect(statusCount(page, 'undisposed')).toHaveText('0');
  const organisationRow = page.getByTestId('dashboard-by-organisation').getByTestId('dashboard-count-row');
  await expect(organisationRow).toHaveCount(1);
  await expect(organisationRow).toContainText('某电池检测中心');
  await expect(organisationRow.getByTestId('dashboard-count-total')).toHaveText('2');
  await expect(organisationRow.getByTestId('dashboard-count-open')).toHaveText('0');
  await expect(page.getByTestId('dashboard-by-type').getByTestId('dashboard-count-row')).toHaveCount(2);
  await expect(page.getByTestId('dashboard-blocking-empty')).toBeVisible();
  await screenshot(page, testInfo, 'comment-dashboard');

  await page.getByTestId('language-switch').click();
  await expect(page.locator('h1')).toContainText('Comment dashboard');
  await expect(statusCount(page, 'partially_accepted')).toHaveText('1');
  await page.getByTestId('language-switch').click();
  await expect(page.locator('h1')).toContainText('意见处理看板');

  // The 征求意见汇总处理表 comes out of the same records; an .xlsx is a zip, which starts with "PK".
  await page.getByTestId('dashboard-comments-link').click();
  await page.getByTestId('comment-table-download').locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('comment-table-xlsx').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const table = await readFile(await download.path());
  expect(table.length).toBeGreaterThan(0);
  expect(table.subarray(0, 2).toString('latin1')).toBe('PK');
});
