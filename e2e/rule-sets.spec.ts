import { expect, test } from './fixtures/normdraft-test';
import { signUpThroughUi } from './fixtures/people';

test('the site administrator reads the rule sets in words, defines one and makes it the default; others only read', async ({ page, browser, baseURL }) => {
  // The first account of a site is its administrator.
  await signUpThroughUi(page, 'site-admin', '站点管理员');
  await page.getByTestId('rule-sets-link').click();
  await expect(page.getByTestId('rule-set-group_typical')).toContainText('group_typical');
  await expect(page.getByTestId('rule-set-ieee')).toContainText('3/4');

  await page.getByTestId('rule-set-id').fill('Board');
  await page.getByTestId('rule-set-name-zh').fill('理事会四分之三');
  await page.getByTestId('rule-set-name-en').fill('Board, three quarters');
  await page.getByTestId('rule-set-pass').fill('三分之二');
  await page.getByTestId('rule-set-save').click();
  await expect(page.getByText('标识以小写字母开头')).toBeVisible();
  await expect(page.getByText('请写成 2/3 或 75% 这样不超过 1 的比例。')).toBeVisible();

  await page.getByTestId('rule-set-id').fill('board_three_quarters');
  await page.getByTestId('rule-set-pass').fill('3/4');
  await page.getByTestId('rule-set-pass-base').selectOption('eligible');
  await expect(page.getByTestId('rule-set-preview')).toContainText('3/4');
  await page.getByTestId('rule-set-save').click();
  await expect(page.getByRole('status')).toContainText('理事会四分之三');
  await expect(page.getByTestId('rule-set-board_three_quarters')).toBeVisible();

  await page.getByTestId('default-rule-set').selectOption('board_three_quarters');
  await page.getByTestId('default-rule-set-save').click();
  await expect(page.getByRole('status')).toContainText('默认规则已更改为“理事会四分之三”');
  await expect(page.getByTestId('rule-set-board_three_quarters')).toContainText('默认');
  await page.screenshot({ path: '.test-output/rule-sets.png', fullPage: true });

  const otherContext = await browser.newContext({ baseURL });
  const other = await otherContext.newPage();
  await signUpThroughUi(other, 'secretary', '王秘书');
  await expect(other.getByTestId('rule-sets-link')).toHaveCount(0);
  await other.goto('/rule-sets');
  await expect(other.getByText('只有站点管理员可以定义表决规则')).toBeVisible();
  await expect(other.getByTestId('custom-rule-set-form')).toHaveCount(0);
  await otherContext.close();
});
