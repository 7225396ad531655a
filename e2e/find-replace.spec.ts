import { chapterParagraph } from './fixtures/people';
import { twoAuthorsOnOneDraft } from './fixtures/two-authors';
import { expect, test } from './fixtures/normdraft-test';

test('a drafter finds and replaces text while a colleague types; both drafts agree and nothing of the colleague is lost', async ({ browser }) => {
  const { secretary, drafter, close } = await twoAuthorsOnOneDraft(browser, {
    secretary: { username: 'find.secretary', displayName: '赵六' },
    drafter: { username: 'find.drafter', displayName: '王五' },
    title: '电动自行车 充电器安全要求',
  });
  await chapterParagraph(secretary, '范围').click();
  await secretary.keyboard.type('本文件规定了充电器的安全要求。充电器应有标志。');
  await expect(chapterParagraph(drafter, '范围')).toHaveText('本文件规定了充电器的安全要求。充电器应有标志。');

  // Ctrl+F opens the bar; every occurrence is counted and highlighted.
  await secretary.keyboard.press('Control+f');
  await expect(secretary.getByTestId('find-bar')).toBeVisible();
  await secretary.getByTestId('find-query').fill('充电器');
  await expect(secretary.getByTestId('find-count')).toHaveText('共 2 处');
  await secretary.getByTestId('find-query').press('Enter');
  await expect(secretary.getByTestId('find-count')).toHaveText('1/2');
  await expect(secretary.locator('.nd-find-match--current')).toHaveText('充电器');
  await secretary.screenshot({ path: '.test-output/find-bar.png' });

  // The colleague types a third occurrence; the count follows.
  await chapterParagraph(drafter, '范围').click();
  await drafter.keyboard.press('End');
  await drafter.keyboard.type('充电器外壳');
  await expect(secretary.getByTestId('find-count')).toHaveText(/\/3$/);

  // Replace all while the colleague keeps typing elsewhere in the same paragraph.
  await secretary.getByTestId('find-toggle-replace').click();
  await secretary.getByTestId('replace-text').fill('充电装置');
  const typing = drafter.keyboard.type('应阻燃。');
  await secretary.getByTestId('replace-all').click();
  await typing;
  await expect(secretary.getByTestId('replaced-count')).toContainText('已替换');
  const expected = /^本文件规定了充电装置的安全要求。充电装置应有标志。充电装置外壳(应阻燃。|.*应阻燃。.*)$/;
  await expect(chapterParagraph(secretary, '范围')).toHaveText(expected);
  await expect(chapterParagraph(drafter, '范围')).toHaveText(expected);
  await expect(chapterParagraph(drafter, '范围')).toContainText('应阻燃。');
  await expect(async () => expect(await chapterParagraph(drafter, '范围').textContent()).toBe(await chapterParagraph(secretary, '范围').textContent())).toPass();
  await expect(secretary.getByTestId('find-count')).toHaveText('没有找到');

  await secretary.getByTestId('find-close').click();
  await expect(secretary.getByTestId('find-bar')).toHaveCount(0);
  await expect(secretary.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await close();
});
