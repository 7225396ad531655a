import { chapterParagraph, signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

test('two people type into the same draft and each sees the other; a reload keeps the text', async ({ browser }) => {
  const secretaryContext = await browser.newContext();
  const drafterContext = await browser.newContext();
  const secretary = await secretaryContext.newPage();
  const drafter = await drafterContext.newPage();

  await signUpThroughUi(drafter, 'wangwu', '王五');
  await signUpThroughUi(secretary, 'zhaoliu', '赵六');
  await secretary.getByTestId('create-standard-title').fill('电动自行车 充电安全要求');
  await secretary.getByTestId('create-standard-submit').click();
  await secretary.getByTestId('standard-link').first().click();
  const draftUrl = secretary.url();

  await secretary.goto(`${draftUrl}/members`);
  await secretary.getByTestId('member-username').fill('wangwu');
  await secretary.getByTestId('member-role').selectOption('drafter');
  await secretary.getByTestId('member-submit').click();
  await expect(secretary.getByText('王五')).toBeVisible();

  await secretary.goto(draftUrl);
  await drafter.goto(draftUrl);
  await expect(secretary.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(drafter.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await chapterParagraph(secretary, '范围').click();
  await secretary.keyboard.type('本文件规定了充电安全要求。');
  await expect(chapterParagraph(drafter, '范围')).toHaveText('本文件规定了充电安全要求。');

  await chapterParagraph(drafter, '范围').click();
  await drafter.keyboard.press('End');
  await drafter.keyboard.type('适用于电动自行车。');
  await expect(chapterParagraph(secretary, '范围')).toHaveText('本文件规定了充电安全要求。适用于电动自行车。');
  await expect(secretary.locator('.collaboration-carets__label', { hasText: '王五' })).toBeVisible();

  await expect(drafter.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await drafter.reload();
  await expect(chapterParagraph(drafter, '范围')).toHaveText('本文件规定了充电安全要求。适用于电动自行车。');

  await secretaryContext.close();
  await drafterContext.close();
});
