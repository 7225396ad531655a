import { chapterParagraph, password, signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

test('a person signs up, signs out and signs in again through the UI', async ({ page }) => {
  await signUpThroughUi(page, 'zhangsan', '张三');
  await expect(page.getByText('还没有标准项目')).toBeVisible();

  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);

  await page.getByTestId('login-username').fill('zhangsan');
  await page.getByTestId('login-password').fill('wrong password!');
  await page.getByTestId('login-submit').click();
  await expect(page.getByRole('alert')).toBeVisible();

  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toHaveText('张三');
});

test('a new standard opens on the GB/T 1.1 skeleton with derived numbers', async ({ page }) => {
  await signUpThroughUi(page, 'lisi', '李四');
  await page.getByTestId('create-standard-title').fill('智能制造 术语');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await expect(page).toHaveURL(/\/standards\/[a-z0-9]+$/);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(chapterParagraph(page, '规范性引用文件')).toContainText('下列文件中的内容通过文中的规范性引用');
  await expect(page.locator('h2.nd-clause-title').nth(2)).toHaveAttribute('data-number', '3');
  await page.screenshot({ path: '.test-output/editor.png', fullPage: true });

  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('save-status')).toContainText(/saved/i);
});

test('sign-up refuses a common password and says why', async ({ page }) => {
  await page.goto('/signup');
  await page.getByTestId('signup-username').fill('lisi');
  await page.getByTestId('signup-password').fill('password');
  await page.getByTestId('signup-display-name').fill('李四');
  await page.getByTestId('signup-submit').click();
  await expect(page.getByRole('alert')).toContainText('最常见的密码');
  await page.screenshot({ path: '.test-output/signup-common-password.png' });
  await page.getByTestId('signup-password').fill('秋天 标准 起草 会议');
  await page.getByTestId('signup-submit').click();
  await expect(page.getByTestId('current-user')).toHaveText('李四');
});
