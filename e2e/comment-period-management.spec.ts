import { signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

test('a secretary invites organisations when opening a comment period, sees who answered and extends the period with a reason', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await signUpThroughUi(page, 'qijian.mishu', '秘书处李娜');
  await page.getByTestId('create-standard-title').fill('电动自行车 充电器安全要求');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await page.getByTestId('versions-link').click();
  await expect(page.getByTestId('comment-period-panel')).toContainText('还没有征求意见期');
  await page.getByTestId('version-name').fill('征求意见稿');
  await page.getByTestId('freeze-version').click();
  await page.getByTestId('version-row').first().getByTestId('open-comment-period').click();

  const invitations = page.getByTestId('comment-period-invitations');
  await invitations.fill('某检测研究院, zhang@example.com, 张工\n某电池企业 li-at-example');
  await page.getByTestId('comment-period-confirm').click();
  await expect(page.getByTestId('open-comment-period-dialog')).toContainText('第 2 行');
  await invitations.fill('某检测研究院, zhang@example.com, 张工\n某电池企业，li@example.com');
  await page.getByTestId('comment-period-confirm').click();
  await expect(page.getByTestId('comment-period-link')).toContainText('/comment-periods/');
  await page.getByTestId('comment-period-confirm').click();

  const period = page.getByTestId('comment-period');
  await expect(period).toHaveCount(1);
  await expect(period).toHaveAttribute('data-open', 'true');
  await period.getByTestId('invitations-toggle').click();
  await expect(period.getByTestId('invitation-summary')).toHaveText('已邀请 2 个单位，0 个已回复意见，2 个尚未回复。');
  await period.getByTestId('invitation-add-text').fill('某大学, wang@example.edu');
  await period.getByTestId('invitation-add-submit').click();
  await expect(period.getByTestId('invitation-row')).toHaveCount(3);

  await period.getByTestId('extend-period-toggle').click();
  await period.getByTestId('extend-period-submit').click();
  await expect(period.getByTestId('extend-period-form')).toContainText('请写明延长理由');
  await period.getByTestId('extend-period-reason').fill('应行业协会要求延长两周');
  await period.getByTestId('extend-period-submit').click();
  await expect(period.getByTestId('comment-period-extensions')).toContainText('应行业协会要求延长两周');
  await page.screenshot({ path: testInfo.outputPath('comment-period-panel.png'), fullPage: true });
});
