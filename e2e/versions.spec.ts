import type { Page, TestInfo } from '@playwright/test';
import { chapterParagraph, clickIntoParagraph, signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

const firstScope = '本文件规定了电动自行车充电器的安全要求。';
const addedWords = '和试验方法';

async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

function versionRow(page: Page, name: string) {
  return page.getByTestId('version-row').filter({ has: page.locator('td', { hasText: new RegExp(`^${name}$`) }) });
}

test('a secretary freezes a version, compares it with the live draft, reads it, restores it and moves the stage', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await signUpThroughUi(page, 'banben', '秘书处李明');
  await page.getByTestId('create-standard-title').fill('电动自行车 充电器安全要求');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await waitUntilSaved(page);

  await chapterParagraph(page, '范围').click();
  await page.keyboard.type(firstScope);
  await waitUntilSaved(page);

  await page.getByTestId('clause-history').click();
  await expect(page.getByTestId('history-entry').first()).toContainText('秘书处李明');
  await page.getByTestId('clause-history-close').click();

  await page.getByTestId('versions-link').click();
  await expect(page.getByTestId('versions-empty')).toBeVisible();
  await page.getByTestId('version-name').fill('第一稿');
  await page.getByTestId('freeze-version').click();
  await expect(versionRow(page, '第一稿')).toContainText('手动冻结');
  const firstVersionId = await versionRow(page, '第一稿').getAttribute('data-version-id');
  expect(firstVersionId).toBeTruthy();

  await page.getByTestId('draft-link').click();
  await waitUntilSaved(page);
  await clickIntoParagraph(chapterParagraph(page, '范围'));
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(addedWords);
  await expect(chapterParagraph(page, '范围')).toContainText(addedWords);
  await chapterParagraph(page, '术语和定义').click();
  await expect(page.getByTestId('insert-clause')).toBeEnabled();
  await page.getByTestId('insert-clause').click();
  await page.keyboard.type('技术要求');
  await expect(page.locator('h2.nd-clause-title', { hasText: '技术要求' })).toHaveAttribute('data-number', '4');
  await waitUntilSaved(page);

  await page.getByTestId('versions-link').click();
  await page.getByTestId('compare-from').selectOption(firstVersionId ?? '');
  await page.getByTestId('compare-to').selectOption('live');
  await screenshot(page, testInfo, 'versions');
  await page.getByTestId('compare-versions').click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?from=${firstVersionId}&to=live$`));
  await expect(page.getByTestId('compare-summary')).not.toBeEmpty();
  const changed = page.locator('[data-testid="compare-entry"][data-change="changed"]');
  await expect(changed.locator('ins')).toContainText(addedWords);
  await expect(changed).toContainText('范围');
  await expect(page.locator('[data-testid="compare-entry"][data-change="added"]')).toContainText('技术要求');
  await expect(page.getByTestId('export-redline')).toHaveAttribute('href', `/api/standards/${page.url().split('/')[4]}/compare/redline?from=${firstVersionId}&to=live`);
  await page.getByTestId('compare-filter-all').click();
  await expect(page.locator('[data-testid="compare-entry"][data-change="unchanged"]').first()).toBeVisible();
  await page.getByTestId('compare-filter-changed').click();
  await expect(page.locator('[data-testid="compare-entry"][data-change="unchanged"]')).toHaveCount(0);
  await screenshot(page, testInfo, 'compare');

  await page.getByTestId('versions-link').click();
  await versionRow(page, '第一稿').getByTestId('view-version').click();
  await expect(page.getByTestId('version-banner')).toContainText('只读版本：第一稿（起草，');
  const frozenDocument = page.getByTestId('version-document');
  await expect(frozenDocument).toContainText(firstScope);
  await expect(frozenDocument).not.toContainText(addedWords);
  await expect(frozenDocument).not.toContainText('技术要求');
  await expect(frozenDocument.locator('h2.nd-clause-title', { hasText: '范围' })).toHaveAttribute('data-number', '1');
  await expect(frozenDocument.locator('[contenteditable="true"]')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('version-banner')).toContainText('第一稿');
  await expect(page.getByTestId('outline-item').filter({ hasText: '范围' })).toBeVisible();
  await screenshot(page, testInfo, 'version');

  await page.getByTestId('versions-link').click();
  await versionRow(page, '第一稿').getByTestId('restore-version').click();
  await expect(page.getByTestId('restore-version-dialog')).toContainText('所有在线的协作者');
  await page.getByTestId('restore-version-confirm').click();
  await expect(page.getByTestId('versions-outcome')).toContainText('已恢复“第一稿”');
  await expect(page.locator('[data-testid="version-row"][data-reason="before_restore"]')).toContainText('恢复前自动保存');
  await page.getByTestId('open-draft').click();
  await waitUntilSaved(page);
  await expect(chapterParagraph(page, '范围')).toHaveText(firstScope);
  await expect(page.locator('h2.nd-clause-title', { hasText: '技术要求' })).toHaveCount(0);

  await page.getByTestId('stages-link').click();
  const timeline = page.getByTestId('stage-timeline');
  await expect(timeline).toHaveAttribute('data-stage', 'drafting');
  await expect(page.getByTestId('draft-label')).toContainText('工作组讨论稿');
  await page.locator('[data-testid="move-stage"][data-to="public_comment"]').click();
  await page.getByTestId('stage-note').fill('工作组会议同意发出征求意见。');
  await page.getByTestId('stage-move-confirm').click();
  await expect(timeline).toHaveAttribute('data-stage', 'public_comment');
  await expect(timeline.locator('[data-stage="public_comment"]')).toHaveAttribute('data-status', 'current');
  await expect(page.getByTestId('draft-label')).toContainText('征求意见稿');
  const move = page.locator('[data-testid="stage-move"][data-from="drafting"][data-to="public_comment"]');
  await expect(move).toContainText('秘书处李明');
  await expect(move).toContainText('工作组会议同意发出征求意见。');
  await expect(page.locator('[data-testid="move-stage"][data-to="technical_review"]')).toBeVisible();
  await screenshot(page, testInfo, 'timeline');

  await page.getByTestId('versions-link').click();
  await expect(page.locator('[data-testid="version-row"][data-reason="stage_move"]')).toContainText('阶段转换');
});

test('an unknown version link explains that the version does not exist', async ({ page }) => {
  await signUpThroughUi(page, 'banben2', '起草人王芳');
  await page.getByTestId('create-standard-title').fill('不存在的版本');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await page.goto(`${page.url()}/versions/no-such-version`);
  await expect(page.getByTestId('version-not-found')).toContainText('找不到这个版本');
});
