import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { renderSmallStandard } from '../test/server/exports/standard-document/small-standard';
import { expect, test } from './fixtures/normdraft-test';
import { chapterParagraph, signUpThroughUi } from './fixtures/people';
import { twoAuthorsOnOneDraft } from './fixtures/two-authors';

const importedScope = '本文件规定了团体标准文本的结构和编写方法。';

let fileDirectory = '';
let standardFile = '';

// The product's own exporter makes the file, so the import meets what Normdraft itself writes.
test.beforeAll(async () => {
  fileDirectory = mkdtempSync(join(tmpdir(), 'word-import-'));
  standardFile = join(fileDirectory, '团体标准编写示例.docx');
  writeFileSync(standardFile, await renderSmallStandard());
});

test.afterAll(() => rmSync(fileDirectory, { recursive: true, force: true }));

/** The derived number of the clause or annex title with exactly this text. */
function clauseTitle(page: Page, title: string) {
  return page.getByTestId('editor').locator('h2.nd-clause-title', { hasText: new RegExp(`^${title}$`) });
}

async function expectImportedDraft(page: Page): Promise<void> {
  await expect(chapterParagraph(page, '范围')).toHaveText(importedScope);
  await expect(clauseTitle(page, '要求')).toHaveAttribute('data-number', '4');
  await expect(clauseTitle(page, '尺寸')).toHaveAttribute('data-number', '4.2');
  await expect(clauseTitle(page, '合并的表格')).toHaveAttribute('data-number', '4.3');
  await expect(clauseTitle(page, '试验方法')).toHaveAttribute('data-number', '5');
}

test('a secretariat builds a standard from a Word file on the list page, reads the report and opens the numbered draft', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await signUpThroughUi(page, 'word.secretary', '秘书处周敏');
  await expect(page.getByTestId('standard-list-empty')).toBeVisible();

  await page.getByTestId('word-import-file').setInputFiles(standardFile);
  await page.getByTestId('word-import-submit').click();
  const result = page.getByTestId('word-import-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  const mapped = page.getByTestId('word-import-mapped');
  await expect(mapped).toContainText(/\d+ 个章条/);
  await expect(mapped).toContainText('1 个附录');
  await expect(mapped).toContainText(/\d+ 个术语/);
  await expect(mapped).toContainText(/\d+ 个表/);
  await expect(page.getByTestId('standard-link')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/word-import-list-report.png', fullPage: true });

  await page.getByTestId('word-import-open-draft').click();
  await expect(page).toHaveURL(/\/standards\/[^/]+$/);
  await expect(page.getByTestId('standard-role')).toContainText('秘书处');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const outline = page.getByTestId('outline');
  for (const title of ['范围', '规范性引用文件', '术语和定义', '要求', '一般要求', '尺寸', '合并的表格', '试验方法', '尺寸的测量方法']) {
    await expect(outline.locator('.nd-outline__title', { hasText: new RegExp(`^${title}$`) })).toHaveCount(1);
  }
  await expect(page.getByTestId('outline-item').filter({ hasText: '尺寸的测量方法' })).toContainText('A');
  await expectImportedDraft(page);
  await page.screenshot({ path: '/tmp/word-import-editor.png' });
});

test('a drafter replaces the draft with a Word file while the secretary has it open; both see the new content and the safety version keeps the old', async ({ browser }) => {
  test.setTimeout(120_000);
  const { secretary, drafter, close } = await twoAuthorsOnOneDraft(browser, {
    secretary: { username: 'word.owner', displayName: '秘书处吴刚' },
    drafter: { username: 'word.drafter', displayName: '起草人郑洁' },
    title: '电动自行车 充电安全要求',
  });
  await chapterParagraph(secretary, '范围').click();
  await secretary.keyboard.type('旧的范围。');
  await expect(chapterParagraph(drafter, '范围')).toHaveText('旧的范围。');
  await expect(secretary.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await drafter.getByTestId('word-replace-open').click();
  const dialog = drafter.getByTestId('word-replace-dialog');
  await expect(dialog).toContainText('安全版本');
  await drafter.screenshot({ path: '/tmp/word-import-replace-confirm.png' });
  await drafter.getByTestId('word-replace-file').setInputFiles(standardFile);
  await drafter.getByTestId('word-replace-confirm').click();
  await expect(drafter.getByTestId('word-replace-result')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTestId('word-import-mapped')).toContainText('1 个附录');
  await drafter.screenshot({ path: '/tmp/word-import-replace-report.png' });

  await expectImportedDraft(secretary);
  await expect(secretary.getByTestId('editor')).not.toContainText('旧的范围。');

  await drafter.getByTestId('word-replace-safety-version').click();
  await expect(drafter).toHaveURL(/\/versions\/[^/]+$/);
  await expect(drafter.getByTestId('version-document')).toContainText('旧的范围。');
  await drafter.goBack();
  await expectImportedDraft(drafter);
  await drafter.screenshot({ path: '/tmp/word-import-replaced-drafter.png' });
  await secretary.screenshot({ path: '/tmp/word-import-replaced-secretary.png' });
  await close();
});

test('cancelling while the file is still uploading leaves no standard behind', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await signUpThroughUi(page, 'word.canceller', '秘书处冯立');
  // The request is held in the browser, never reaching the server: however fast the machine, the cancel comes first.
  // (Throttling the upload was not enough: the bytes could reach the server before the throttled progress did.)
  await page.route('**/api/standards/imports', () => undefined);
  await page.getByTestId('word-import-file').setInputFiles(standardFile);
  await page.getByTestId('word-import-submit').click();
  await expect(page.getByTestId('word-import-progress')).toHaveAttribute('data-phase', /^(?:uploading|processing)$/);
  await page.screenshot({ path: '/tmp/word-import-uploading.png' });
  await page.getByTestId('word-import-cancel').click();
  await expect(page.getByTestId('word-import-cancelled')).toBeVisible();

  await page.unroute('**/api/standards/imports');
  await page.reload();
  await expect(page.getByTestId('standard-list-empty')).toBeVisible();
});
