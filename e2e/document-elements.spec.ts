import type { Page } from '@playwright/test';
import { chapterParagraph, signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

/** A 1×1 transparent PNG, enough for the server to recognise the type from its bytes. */
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const itemsWithDialog = new Set(['figure', 'cross-reference', 'footnote', 'reference']);

/** The editor takes focus back one frame after an insertion; a person never types inside that frame, so neither do we. */
async function waitForEditorFocus(page: Page): Promise<void> {
  await expect(page.getByTestId('editor').locator('.ProseMirror')).toBeFocused();
}

async function insert(page: Page, item: string): Promise<void> {
  await page.getByTestId('insert-menu').click();
  await page.getByTestId(`insert-${item}`).click();
  if (!itemsWithDialog.has(item)) await waitForEditorFocus(page);
}

test('a drafter adds terms, tables, an annex, a figure and a cross-reference that follows its target', async ({ page }) => {
  await signUpThroughUi(page, 'element.drafter', '周七');
  await page.getByTestId('create-standard-title').fill('电动自行车 充电安全要求');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  const editor = page.getByTestId('editor');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // A term entry in chapter 3, numbered 3.1.
  await chapterParagraph(page, '术语和定义').click();
  await insert(page, 'term');
  await page.keyboard.type('充电器');
  await page.keyboard.press('Enter');
  await page.keyboard.type('charger');
  await page.keyboard.press('Enter');
  await page.keyboard.type('为电动自行车蓄电池充电的装置');
  const termEntry = editor.locator('.nd-term-entry');
  await expect(termEntry).toHaveAttribute('data-number', '3.1');
  await expect(termEntry.locator('.nd-term-chinese')).toHaveText('充电器');
  await expect(termEntry.locator('.nd-term-english')).toHaveText('charger');

  // A new chapter 4 with a titled table, 表1.
  await chapterParagraph(page, '术语和定义').click();
  await page.getByTestId('insert-clause').click();
  await page.keyboard.type('技术要求');
  await page.keyboard.press('Enter');
  await page.keyboard.type('充电参数应符合表1。');
  await insert(page, 'table');
  await page.keyboard.type('充电参数');
  await expect(editor.locator('figcaption.nd-table-title', { hasText: '充电参数' })).toHaveAttribute('data-number', '表1');
  await expect(editor.locator('h2.nd-clause-title', { hasText: '技术要求' })).toHaveAttribute('data-number', '4');

  // An annex with its own table, 表A.1.
  await insert(page, 'annex');
  await page.keyboard.type('充电试验方法');
  await page.keyboard.press('Enter');
  await page.keyboard.type('试验条件见下表。');
  await insert(page, 'table');
  await page.keyboard.type('试验条件');
  await expect(editor.getByTestId('annex-label')).toHaveText('附录A');
  await expect(editor.getByTestId('annex-kind')).toHaveText('（资料性）');
  await editor.getByTestId('annex-kind').click();
  await expect(editor.getByTestId('annex-kind')).toHaveText('（规范性）');
  const annexTableTitle = editor.locator('figcaption.nd-table-title', { hasText: '试验条件' });
  await expect(annexTableTitle).toHaveAttribute('data-number', '表A.1');

  // A cross-reference to the annex table, chosen in the picker.
  await chapterParagraph(page, '技术要求').click();
  await page.keyboard.press('End');
  await page.keyboard.type('试验条件见');
  await insert(page, 'cross-reference');
  const picker = page.getByTestId('cross-reference-picker');
  await picker.getByTestId('cross-reference-search').fill('试验条件');
  await picker.locator('[data-testid="cross-reference-target"][data-kind="table"]').click();
  const crossReference = editor.getByTestId('cross-reference');
  await expect(crossReference).toHaveText('表A.1');
  await expect(crossReference).toHaveAttribute('data-broken', 'false');

  // A table inserted before the target renumbers it, and the cross-reference follows.
  await editor.locator('p', { hasText: '试验条件见下表。' }).click();
  await page.keyboard.press('End');
  await insert(page, 'table');
  await page.keyboard.type('试验设备');
  await expect(annexTableTitle).toHaveAttribute('data-number', '表A.2');
  await expect(crossReference).toHaveText('表A.2');

  // Deleting the target leaves a visibly broken cross-reference.
  await annexTableTitle.click();
  await page.getByTestId('table-delete').click();
  await expect(annexTableTitle).toHaveCount(0);
  await expect(crossReference).toHaveAttribute('data-broken', 'true');
  await expect(crossReference).toHaveAttribute('title', '引用目标已删除');

  // A figure from an uploaded image, 图1.
  await chapterParagraph(page, '技术要求').click();
  await insert(page, 'figure');
  const figureDialog = page.getByTestId('figure-dialog');
  await figureDialog.getByTestId('figure-file').setInputFiles({ name: 'charger.png', mimeType: 'image/png', buffer: onePixelPng });
  await figureDialog.getByTestId('figure-dialog-submit').click();
  await expect(figureDialog).toHaveCount(0);
  await waitForEditorFocus(page);
  await page.keyboard.type('充电器外形');
  await expect(editor.locator('figcaption.nd-figure-title', { hasText: '充电器外形' })).toHaveAttribute('data-number', '图1');
  const image = editor.getByTestId('figure-image');
  await expect(image).toHaveAttribute('src', /^\/api\/images\/.+/);
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1);

  // The cover form fills the cover and the sentences generated in the foreword.
  await page.getByTestId('open-cover-form').click();
  await page.getByTestId('cover-form').getByTestId('cover-proposingUnit').fill('中国标准化协会');
  await expect(editor.getByTestId('foreword-generated')).toHaveText('本文件由中国标准化协会提出。');
  await page.getByTestId('close-cover-form').click();

  // A cross-reference to a chapter follows the chapter when it moves, and the outline shows the new order.
  await chapterParagraph(page, '范围').click();
  await page.keyboard.type('技术要求见第');
  await insert(page, 'cross-reference');
  await picker.getByTestId('cross-reference-search').fill('技术要求');
  await picker.locator('[data-testid="cross-reference-target"][data-kind="clause"]').first().click();
  const chapterReference = chapterParagraph(page, '范围').getByTestId('cross-reference');
  await expect(chapterReference).toHaveText('4');
  await editor.locator('h2.nd-clause-title', { hasText: '技术要求' }).click();
  await expect(page.getByTestId('move-clause-up')).toBeEnabled();
  await page.getByTestId('move-clause-up').click();
  await expect(editor.locator('h2.nd-clause-title', { hasText: '技术要求' })).toHaveAttribute('data-number', '3');
  await expect(chapterReference).toHaveText('3');
  await expect(page.getByTestId('outline-item').filter({ hasText: '技术要求' })).toHaveAttribute('data-number', '3');
  await expect(page.getByTestId('outline-item').filter({ hasText: '术语和定义' })).toHaveAttribute('data-number', '4');

  // The problems panel lists structure problems; choosing one moves the cursor to it.
  const panel = page.getByTestId('problems-panel');
  const located = panel.getByTestId('problem').filter({ has: page.locator('.nd-problem-item__location', { hasText: /\S/ }) });
  await expect(located.first()).toBeVisible();
  await located.first().click();
  await expect(located.first()).toHaveAttribute('aria-current', 'true');
  const marked = editor.locator('.nd-problem--current');
  await expect(marked).toHaveCount(1);
  await expect
    .poll(() => page.evaluate(() => {
      const anchor = document.getSelection()?.anchorNode ?? null;
      return anchor !== null && document.querySelector('.nd-problem--current')?.contains(anchor) === true;
    }))
    .toBe(true);
  await page.screenshot({ path: '.test-output/document-elements.png', fullPage: true });
});
