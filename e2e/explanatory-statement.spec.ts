import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { openCommentPeriodAsSecretary } from './fixtures/comment-period';
import { chapterParagraph, signUpThroughUi } from './fixtures/people';
import { twoAuthorsOnOneDraft } from './fixtures/two-authors';
import { expect, test } from './fixtures/normdraft-test';

const trials = '主要试验（或验证）情况';

test('two people co-edit the 编制说明, seeded with its chapters and facts; a reload keeps the text; the PDF downloads', async ({ browser }) => {
  test.setTimeout(180_000);
  const { secretary, drafter, draftUrl, close } = await twoAuthorsOnOneDraft(browser, {
    secretary: { username: 'statement.secretary', displayName: '周秘书' },
    drafter: { username: 'statement.drafter', displayName: '吴起草' },
    title: '电动自行车 充电安全要求',
  });

  await secretary.getByTestId('explanatory-statement-link').click();
  await expect(secretary).toHaveURL(/\/explanatory-statement$/);
  await expect(secretary.getByTestId('statement-title')).toHaveText('《电动自行车 充电安全要求》编制说明');
  await drafter.goto(`${draftUrl}/explanatory-statement`);
  for (const page of [secretary, drafter]) await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  const editor = drafter.getByTestId('editor');
  for (const chapter of ['工作简况', '主要起草单位和起草人及其分工', '编制原则和主要内容', '知识产权', '重大分歧意见的处理经过和依据', '实施标准的要求和措施建议']) {
    await expect(editor.locator('h2.nd-clause-title', { hasText: chapter }).first()).toBeVisible();
  }
  await expect(editor).toContainText('主要起草人及其分工：吴起草，起草人。');
  await expect(editor).toContainText('《电动自行车 充电安全要求》由（提出单位）提出');

  await chapterParagraph(secretary, trials).click();
  await secretary.keyboard.press('End');
  await secretary.keyboard.type('在三家检测机构完成了充电温升试验。');
  await expect(chapterParagraph(drafter, trials)).toContainText('在三家检测机构完成了充电温升试验。');
  // The paragraph of 知识产权 fits on one line, so End is its end.
  await chapterParagraph(drafter, '知识产权').click();
  await drafter.keyboard.press('End');
  await drafter.keyboard.type('经检索未发现相关专利。');
  await expect(chapterParagraph(secretary, '知识产权')).toContainText('许可声明。）经检索未发现相关专利。');
  await expect(secretary.locator('.collaboration-carets__label', { hasText: '吴起草' })).toBeVisible();
  await secretary.screenshot({ path: '/tmp/explanatory-statement.png' });

  await expect(drafter.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await drafter.reload();
  await expect(chapterParagraph(drafter, trials)).toContainText('在三家检测机构完成了充电温升试验。');
  await expect(chapterParagraph(drafter, '知识产权')).toContainText('经检索未发现相关专利。');
  // The draft itself did not get the statement's text.
  await drafter.goto(draftUrl);
  await expect(drafter.getByTestId('editor')).not.toContainText('充电温升试验');

  const wordDownload = secretary.waitForEvent('download');
  await secretary.getByTestId('statement-download-docx').click();
  const word = await wordDownload;
  expect(word.suggestedFilename()).toBe('《电动自行车 充电安全要求》编制说明.docx');
  copyFileSync(await word.path(), '/tmp/explanatory-statement.docx');

  const pdfDownload = secretary.waitForEvent('download');
  await secretary.getByTestId('statement-download-pdf').click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe('《电动自行车 充电安全要求》编制说明.pdf');
  const pdfPath = await pdf.path();
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // pdftotext breaks lines where the page does; the text is compared without them.
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('《电动自行车充电安全要求》编制说明');
  expect(text).toContain('经检索未发现相关专利。');
  await expect(secretary.getByTestId('statement-download-done')).toBeVisible();
  await secretary.screenshot({ path: '/tmp/explanatory-statement-downloaded.png' });

  await close();
});

test('the 编制说明 goes out with the 征求意见稿: a stakeholder downloads it from the comment portal', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  const periodAddress = await openCommentPeriodAsSecretary(page, '家用储能 安全要求', { username: 'statement.mishu', displayName: '钱秘书' });

  const stakeholderContext = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  const stakeholder = await stakeholderContext.newPage();
  await signUpThroughUi(stakeholder, 'statement.stakeholder', '孙企业');
  await stakeholder.goto(periodAddress);
  const downloads = stakeholder.getByTestId('statement-downloads');
  await expect(downloads).toContainText('随征求意见稿发出的编制说明');
  const wordDownload = stakeholder.waitForEvent('download');
  await downloads.getByTestId('statement-download-docx').click();
  const word = await wordDownload;
  expect(word.suggestedFilename()).toBe('《家用储能 安全要求》编制说明.docx');
  expect(readFileSync(await word.path()).subarray(0, 2).toString('latin1')).toBe('PK');
  await stakeholder.screenshot({ path: '/tmp/explanatory-statement-comment-portal.png' });

  // In English the same portal says what the file is.
  await stakeholder.getByRole('button', { name: 'English' }).click();
  await expect(downloads).toContainText('Explanatory statement sent out with this draft');
  await stakeholderContext.close();
});
