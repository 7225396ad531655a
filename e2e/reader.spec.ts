import { chapterParagraph, signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

test('a reviewer reads the live draft but cannot change it, and the draft stays saved for them', async ({ browser }) => {
  const secretaryContext = await browser.newContext();
  const reviewerContext = await browser.newContext();
  const secretary = await secretaryContext.newPage();
  const reviewer = await reviewerContext.newPage();
  await signUpThroughUi(reviewer, 'reviewer', '审查专家');
  await signUpThroughUi(secretary, 'secretary', '秘书处');
  await secretary.getByTestId('create-standard-title').fill('只读测试');
  await secretary.getByTestId('create-standard-submit').click();
  await secretary.getByTestId('standard-link').first().click();
  const draftUrl = secretary.url();
  await secretary.goto(`${draftUrl}/members`);
  await secretary.getByTestId('member-username').fill('reviewer');
  await secretary.getByTestId('member-role').selectOption('reviewer');
  await secretary.getByTestId('member-submit').click();
  // Every row's role menu lists 审查专家, so the reviewer's row is found by its username.
  await expect(secretary.locator('[data-testid="member-row"][data-username="reviewer"]')).toContainText('审查专家');

  await secretary.goto(draftUrl);
  await reviewer.goto(draftUrl);
  await expect(reviewer.getByTestId('read-only-badge')).toBeVisible();
  await expect(reviewer.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  await chapterParagraph(reviewer, '范围').click();
  await reviewer.keyboard.type('审查专家不能改');
  await expect(chapterParagraph(reviewer, '范围')).not.toContainText('审查专家不能改');

  await chapterParagraph(secretary, '范围').click();
  await secretary.keyboard.type('秘书处写的');
  await expect(chapterParagraph(reviewer, '范围')).toHaveText('秘书处写的');
  await expect(reviewer.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await secretaryContext.close();
  await reviewerContext.close();
});
