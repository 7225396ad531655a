import { chapterParagraph } from './fixtures/people';
import { twoAuthorsOnOneDraft } from './fixtures/two-authors';
import { expect, test } from './fixtures/normdraft-test';

test('two people type into the same draft and each sees the other; a reload keeps the text', async ({ browser }) => {
  const { secretary, drafter, close } = await twoAuthorsOnOneDraft(browser, {
    secretary: { username: 'zhaoliu', displayName: '赵六' },
    drafter: { username: 'wangwu', displayName: '王五' },
    title: '电动自行车 充电安全要求',
  });

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

  await close();
});
