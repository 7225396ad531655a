import { readFile } from 'node:fs/promises';
import { readCsv, readWordDocument } from '../test/server/exports/office-readers';
import { openCommentPeriodAsSecretary, registerAsCommenter, submitCommentOnClause } from './fixtures/comment-period';
import { expect, test } from './fixtures/normdraft-test';

const standardTitle = '家用电冰箱 能效限定值';
const scopeComment = '范围应包括嵌入式冰箱。';
const heading = ['序号', '标准章条编号', '意见内容', '修改建议', '提出单位', '处理意见', '备注'];

test('the secretariat downloads the comment table, built from the record log, from the comments page', async ({ page, browser, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const periodAddress = await openCommentPeriodAsSecretary(page, standardTitle, { username: 'biaoge-mishu', displayName: '秘书处周敏' });
  const commenterContext = await browser.newContext({ baseURL });
  const commenter = await commenterContext.newPage();
  await registerAsCommenter(commenter, periodAddress, { username: 'biaoge-yijian', fullName: '钱工', organisation: '某家电检测所', email: 'qian@example.cn' });
  await submitCommentOnClause(commenter, { clauseTitle: '范围', type: 'te', text: scopeComment });
  await commenterContext.close();

  await page.getByTestId('comments-link').click();
  await expect(page.getByTestId('standard-comment')).toHaveCount(1);
  const menu = page.getByTestId('comment-table-download');
  await menu.locator('summary').click();
  await expect(menu.getByTestId('comment-table-iso-docx')).toBeVisible();
  await menu.screenshot({ path: testInfo.outputPath('comment-table-download.png') });

  const [wordDownload] = await Promise.all([page.waitForEvent('download'), menu.getByTestId('comment-table-docx').click()]);
  expect(wordDownload.suggestedFilename()).toMatch(new RegExp(`^${standardTitle} 征求意见汇总处理表 \\d{4}-\\d{2}-\\d{2}\\.docx$`));
  const document = await readWordDocument(await readFile(await wordDownload.path()));
  expect(document.paragraphs.join('\n')).toContain(`标准项目名称：${standardTitle}`);
  expect(document.paragraphs.join('\n')).toContain('承办人：秘书处周敏');
  expect(document.paragraphs.join('\n')).toMatch(/核验：本表依据记录日志生成，截至 \d{4}年\d{1,2}月\d{1,2}日 共 \d+ 条记录，可在 http:\/\/\S+\/verify 核验。/);
  expect(document.footnotes.join('\n')).toMatch(/检查点哈希：[0-9a-f]{64}/);
  expect(document.tables[0]).toEqual([heading, ['1', '1', scopeComment, '', '某家电检测所', '未处理', '']]);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), menu.getByTestId('comment-table-csv').click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  const records = readCsv(await readFile(await csvDownload.path()));
  expect(records.at(-1)).toEqual(['1', '1', scopeComment, '', '某家电检测所', '未处理', '']);
});
