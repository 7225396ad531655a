import { signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

test('a new draft’s cover shows the project’s title and number, which the cover form shows read-only', async ({ page }) => {
  await signUpThroughUi(page, 'fengmian.mishu', '秘书处吴静');
  await page.getByTestId('create-standard-title').fill('智能制造 术语');
  await page.getByTestId('create-standard-title-english').fill('Intelligent manufacturing—Vocabulary');
  await page.getByTestId('create-standard-body-code').fill('CAS');
  await page.getByTestId('create-standard-sequence-number').fill('290');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await expect(page.getByTestId('cover-title')).toHaveText('智能制造 术语');
  await expect(page.getByTestId('cover-number')).toContainText('T/CAS 290');

  await page.getByTestId('open-cover-form').click();
  const form = page.getByTestId('cover-form');
  await expect(form.getByTestId('cover-titleChinese')).toHaveValue('智能制造 术语');
  await expect(form.getByTestId('cover-titleEnglish')).toHaveValue('Intelligent manufacturing—Vocabulary');
  await expect(form.getByTestId('cover-bodyCode')).toHaveValue('CAS');
  await expect(form.getByTestId('cover-sequenceNumber')).toHaveValue('290');
  for (const field of ['cover-titleChinese', 'cover-titleEnglish', 'cover-bodyCode', 'cover-sequenceNumber']) {
    await expect(form.getByTestId(field)).toHaveAttribute('readonly', '');
  }
  await expect(form).toContainText('取自项目信息');
  // The fields the project does not own stay editable.
  await form.getByTestId('cover-draftingUnits').fill('中国标准化研究院');
  await expect(form.getByTestId('cover-draftingUnits')).toHaveValue('中国标准化研究院');
});
