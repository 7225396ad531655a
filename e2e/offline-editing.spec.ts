import { chapterParagraph, signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

test('keystrokes typed while offline are kept and saved after the connection comes back', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpThroughUi(page, 'offline', '离线用户');
  await page.getByTestId('create-standard-title').fill('离线编辑测试');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await context.setOffline(true);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'offline');
  await chapterParagraph(page, '范围').click();
  await page.keyboard.type('断网时输入的文字');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'offline');

  await context.setOffline(false);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  const second = await context.newPage();
  await second.goto(page.url());
  await expect(chapterParagraph(second, '范围')).toHaveText('断网时输入的文字');
  await context.close();
});
