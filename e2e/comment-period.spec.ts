import type { Page, TestInfo } from '@playwright/test';
import { openCommentPeriodAsSecretary } from './fixtures/comment-period';
import { signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

const standardTitle = '电动自行车 充电器安全要求';
const commentText = '引用的 GB/T 2423.1 应注明年代号。';
const proposalText = '改为 GB/T 2423.1—2008。';

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test('a secretary opens a comment period, a stakeholder comments on a clause and the working group sees it', async ({ page, browser, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const periodAddress = await openCommentPeriodAsSecretary(page, standardTitle);

  const stakeholderContext = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  const stakeholder = await stakeholderContext.newPage();
  await signUpThroughUi(stakeholder, 'xiangguanfang', '赵磊');
  await stakeholder.goto(periodAddress);
  await expect(stakeholder.getByTestId('comment-period-header')).toContainText(standardTitle);
  await expect(stakeholder.getByTestId('comment-period-header')).toContainText('征求意见稿');
  await expect(stakeholder.getByTestId('comment-period-state')).toHaveText('进行中');

  await stakeholder.getByTestId('stakeholder-full-name').fill('赵磊');
  await stakeholder.getByTestId('stakeholder-organisation').fill('某某检测研究院');
  await stakeholder.getByTestId('stakeholder-email').fill('zhaolei@example.cn');
  await stakeholder.getByTestId('stakeholder-save').click();
  await expect(stakeholder.getByTestId('stakeholder-registered')).toContainText('某某检测研究院');

  await stakeholder.getByTestId('comment-document').locator('h2.nd-clause-title', { hasText: '规范性引用文件' }).click();
  await expect(stakeholder.getByTestId('comment-target')).toHaveText('针对 2 规范性引用文件');
  await stakeholder.getByTestId('comment-type').selectOption('ed');
  await stakeholder.getByTestId('comment-text').fill(commentText);
  await stakeholder.getByTestId('comment-proposal').fill(proposalText);
  await stakeholder.getByTestId('comment-submit').click();
  await expect(stakeholder.getByTestId('comment-submitted')).toBeVisible();
  const myComment = stakeholder.getByTestId('my-comment');
  await expect(myComment).toHaveCount(1);
  await expect(myComment).toContainText(commentText);
  await expect(myComment).toContainText('2 规范性引用文件');
  await expect(myComment.getByTestId('my-comment-status')).toHaveText('已提交');
  await expect(myComment.getByTestId('withdraw-comment')).toBeVisible();
  await screenshot(stakeholder, testInfo, 'comment-portal');
  // The confirmation goes as soon as the next comment is being written.
  await stakeholder.getByTestId('comment-text').fill('下一条意见');
  await expect(stakeholder.getByTestId('comment-submitted')).toHaveCount(0);
  await stakeholder.getByTestId('comment-text').fill('');

  await stakeholder.reload();
  await expect(stakeholder.getByTestId('my-comment')).toContainText(commentText);
  await stakeholderContext.close();

  await page.goto('/');
  await page.getByTestId('standard-link').first().click();
  await page.getByTestId('comments-link').click();
  const row = page.getByTestId('standard-comment');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('standard-comment-clause')).toHaveText('2');
  await expect(row.getByTestId('standard-comment-organisation')).toHaveText('某某检测研究院');
  await expect(row).toContainText(commentText);
  await expect(row).toContainText('编辑');
  await page.getByTestId('comment-filter-status').selectOption('withdrawn');
  await expect(row).toHaveCount(0);
  await screenshot(page, testInfo, 'standard-comments');
});
