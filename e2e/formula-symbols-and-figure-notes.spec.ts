import { expect, test } from './fixtures/normdraft-test';
import { chapterParagraph, signUpThroughUi } from './fixtures/people';

const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

test('a drafter explains a formula’s symbols under 式中, adds a note to a figure and to the 前言, and sees the clause each problem cites', async ({ page }) => {
  await signUpThroughUi(page, 'symbols.drafter', '郑九');
  await page.getByTestId('create-standard-title').fill('电动机 能效限定值');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  const editor = page.getByTestId('editor');
  const prosemirror = editor.locator('.ProseMirror');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const insert = async (item: string) => {
    await page.getByTestId('insert-menu').click();
    await page.getByTestId(`insert-${item}`).click();
  };

  // 式中 is offered only with the cursor in a formula, and then hangs under it.
  await chapterParagraph(page, '规范性引用文件').click();
  await page.getByTestId('insert-menu').click();
  await expect(page.getByTestId('insert-formula-explanation')).toBeDisabled();
  await page.getByTestId('insert-formula').click();
  await expect(prosemirror).toBeFocused();
  await page.keyboard.type('P = U I');
  await insert('formula-explanation');
  await expect(prosemirror).toBeFocused();
  await page.keyboard.type('P——功率，单位为瓦（W）；');
  await page.keyboard.press('Enter');
  await page.keyboard.type('U——电压，单位为伏（V）；');
  const explanation = editor.locator('.nd-formula-explanation');
  await expect(explanation.locator('p')).toHaveText(['P——功率，单位为瓦（W）；', 'U——电压，单位为伏（V）；']);
  const label = await explanation.locator('p').first().evaluate((element) => getComputedStyle(element, '::before').content);
  expect(label).toBe('"式中："');

  // A note typed with the cursor in a figure's title belongs to the figure and is numbered within it.
  await insert('figure');
  const figureDialog = page.getByTestId('figure-dialog');
  await figureDialog.getByTestId('figure-file').setInputFiles({ name: 'motor.png', mimeType: 'image/png', buffer: onePixelPng });
  await figureDialog.getByTestId('figure-dialog-submit').click();
  await expect(figureDialog).toHaveCount(0);
  await expect(prosemirror).toBeFocused();
  await page.keyboard.type('电动机外形');
  await insert('note');
  await expect(prosemirror).toBeFocused();
  await page.keyboard.type('虚线表示可选的风扇罩。');
  const figureNote = editor.locator('.nd-figure .nd-note');
  await expect(figureNote).toHaveText('虚线表示可选的风扇罩。');
  await expect(figureNote).toHaveAttribute('data-number', '注：');

  // The 前言 takes notes too.
  await editor.locator('.nd-foreword p').first().click();
  await insert('note');
  await expect(prosemirror).toBeFocused();
  await page.keyboard.type('本文件代替的文件见封面。');
  await expect(editor.locator('.nd-foreword .nd-note')).toHaveText('本文件代替的文件见封面。');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // After a reload everything is still there, and each problem names the clause of GB/T 1.1 it comes from.
  await page.reload();
  await expect(editor.locator('.nd-formula-explanation p')).toHaveCount(2);
  await expect(editor.locator('.nd-figure .nd-note')).toHaveCount(1);
  await expect(editor.locator('.nd-foreword .nd-note')).toHaveCount(1);
  const cited = page.getByTestId('problems-panel').getByTestId('problem-source');
  await expect(cited.first()).toHaveText(/^GB\/T 1\.1-2020 \d/);
  await page.screenshot({ path: '.test-output/formula-symbols-and-figure-notes.png', fullPage: true });
});
