import type { Page } from '@playwright/test';
import { registerAsCommenter } from './fixtures/comment-period';
import { chapterParagraph, signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

async function insertTermEntry(page: Page): Promise<void> {
  await chapterParagraph(page, '术语和定义').click();
  await page.getByTestId('insert-menu').click();
  await page.getByTestId('insert-term').click();
  await expect(page.getByTestId('editor').locator('.ProseMirror')).toBeFocused();
  await page.keyboard.type('充电器');
  await page.keyboard.press('Enter');
  await page.keyboard.type('charger');
  await page.keyboard.press('Enter');
  await page.keyboard.type('为电动自行车蓄电池充电的装置');
  await expect(page.getByTestId('editor').locator('.nd-term-entry')).toHaveAttribute('data-number', '3.1');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

test('a comment on term entry 3.1 is filed against 3.1 and marked there in the live draft, not as detached', async ({ page, browser, baseURL }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await signUpThroughUi(page, 'term.secretary', '秘书处王芳');
  await page.getByTestId('create-standard-title').fill('电动自行车 充电器安全要求');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  const draftAddress = page.url();
  await insertTermEntry(page);

  await page.getByTestId('versions-link').click();
  await page.getByTestId('version-name').fill('征求意见稿');
  await page.getByTestId('freeze-version').click();
  await page.getByTestId('version-row').first().getByTestId('open-comment-period').click();
  await page.getByTestId('comment-period-confirm').click();
  const periodAddress = (await page.getByTestId('comment-period-link').getAttribute('href')) ?? '';
  await page.getByTestId('comment-period-confirm').click();

  const stakeholderContext = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  const stakeholder = await stakeholderContext.newPage();
  await registerAsCommenter(stakeholder, periodAddress, { username: 'term.commenter', fullName: '赵磊', organisation: '某某检测研究院', email: 'zhaolei@example.cn' });
  await stakeholder.getByTestId('comment-document').locator('.nd-term-definition', { hasText: '为电动自行车蓄电池充电的装置' }).click();
  await expect(stakeholder.getByTestId('comment-target')).toHaveText('针对 3.1 充电器');
  await stakeholder.getByTestId('comment-text').fill('建议在定义中写明输出电压范围。');
  await stakeholder.getByTestId('comment-submit').click();
  await expect(stakeholder.getByTestId('my-comment').filter({ hasText: '输出电压范围' })).toContainText('3.1');
  await stakeholder.screenshot({ path: '.test-output/term-entry-comment-portal.png' });
  await stakeholderContext.close();

  await page.goto(draftAddress);
  const marker = page.getByTestId('editor').locator('.nd-term-entry').getByTestId('comment-marker');
  await expect(marker).toHaveCount(1);
  await expect(page.getByTestId('detached-comments')).toHaveCount(0);
  await page.screenshot({ path: '.test-output/term-entry-comment-marker.png' });
});
