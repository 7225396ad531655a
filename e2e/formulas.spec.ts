import { expect, test } from './fixtures/normdraft-test';
import { chapterParagraph, signUpThroughUi } from './fixtures/people';

test('a drafter writes a formula in TeX and sees it typeset; TeX that does not parse is marked and reported', async ({ page }) => {
  await signUpThroughUi(page, 'formula.drafter', '吴八');
  await page.getByTestId('create-standard-title').fill('电动自行车 充电安全要求');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await chapterParagraph(page, '规范性引用文件').click();
  await page.getByTestId('insert-menu').click();
  await page.getByTestId('insert-formula').click();
  await expect(page.getByTestId('editor').locator('.ProseMirror')).toBeFocused();
  await page.keyboard.type('P = \\frac{n}{N} \\times 100');
  const formula = page.getByTestId('editor').locator('.nd-formula');
  await expect(formula).toHaveAttribute('data-number', '(1)');
  const math = formula.getByTestId('formula-math');
  await expect(math.locator('math mfrac')).toHaveCount(1);
  await expect(math.locator('math mi').filter({ hasText: /^N$/ })).toHaveCount(1);

  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' \\frac{');
  await expect(math).toContainText('公式无法排版');
  await expect(math.locator('math')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.screenshot({ path: '.test-output/formula.png' });
  await expect(page.getByText('无法排版', { exact: false }).nth(1)).toBeVisible();
});
