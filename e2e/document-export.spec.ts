import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/normdraft-test';
import { chapterParagraph, signUpThroughUi } from './fixtures/people';

test('a drafter downloads the Word file and the PDF of the live draft from the editor', async ({ page }) => {
  test.setTimeout(120_000);
  await signUpThroughUi(page, 'export.drafter', '郑九');
  await page.getByTestId('create-standard-title').fill('电动自行车 充电安全要求');
  await page.getByTestId('create-standard-body-code').fill('CAS');
  await page.getByTestId('create-standard-sequence-number').fill('321');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  const wordDownload = page.waitForEvent('download');
  await page.getByTestId('download-docx').click();
  const word = await wordDownload;
  expect(word.suggestedFilename()).toBe('电动自行车 充电安全要求.docx');
  const wordBytes = readFileSync(await word.path());
  expect(wordBytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByTestId('download-done')).toContainText('电动自行车 充电安全要求.docx');

  const pdfDownload = page.waitForEvent('download');
  await page.getByTestId('download-pdf').click();
  await expect(page.getByTestId('download-progress')).toBeVisible();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe('电动自行车 充电安全要求.pdf');
  const pdfPath = await pdf.path();
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('电动自行车 充电安全要求');
  expect(text).toContain('T/CAS 321');
  await page.screenshot({ path: '.test-output/document-downloads.png' });
});

test('the print view shows the standard alone, formulas typeset, and its print layout hides the app around it', async ({ page }) => {
  await signUpThroughUi(page, 'print.drafter', '钱十');
  await page.getByTestId('create-standard-title').fill('电动自行车 充电安全要求');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await chapterParagraph(page, '规范性引用文件').click();
  await page.getByTestId('insert-menu').click();
  await page.getByTestId('insert-formula').click();
  await expect(page.getByTestId('editor').locator('.ProseMirror')).toBeFocused();
  await page.keyboard.type('E = mc^2');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await page.getByTestId('print-view-link').click();
  await expect(page).toHaveURL(/\/standards\/[a-z0-9]+\/print$/);
  const printed = page.getByTestId('printable-document');
  await expect(printed).toContainText('电动自行车 充电安全要求');
  await expect(printed.locator('h2.nd-clause-title').first()).toHaveAttribute('data-number', '1');
  await expect(printed.getByTestId('formula-math').locator('math msup')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-now')).toBeHidden();
  await expect(page.getByTestId('current-user')).toBeHidden();
  await page.screenshot({ path: '.test-output/print-view.png', fullPage: true });
});
