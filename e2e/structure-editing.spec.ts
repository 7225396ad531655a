import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

/** "4.1 一般要求" for every clause title as rendered, numbers included. */
async function renderedTitles(page: Page): Promise<string[]> {
  return page.locator('h2.nd-clause-title').evaluateAll((titles) => titles.map((title) => `${title.getAttribute('data-number')} ${title.textContent}`));
}

/** "2|4.1|一般要求" (level, number, title) for every outline line. */
async function outlineLines(page: Page): Promise<string[]> {
  return page
    .getByTestId('outline-item')
    .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-level')}|${item.getAttribute('data-number')}|${item.querySelector('.nd-outline__title')?.textContent}`));
}

async function outlineIds(page: Page): Promise<string[]> {
  return page.getByTestId('outline-item').evaluateAll((items) => items.flatMap((item) => (item.getAttribute('data-id') ? [item.getAttribute('data-id') ?? ''] : [])));
}

async function openNewStandard(page: Page): Promise<string> {
  await page.getByTestId('create-standard-title').fill('电动自行车 充电安全要求');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('outline-item')).toHaveCount(4);
  return page.url();
}

const title = (page: Page, text: string) => page.locator('h2.nd-clause-title', { hasText: text });
/** The paragraphs directly in the body of the clause with this exact title. */
const bodyParagraphs = (page: Page, text: string) => page.locator('h2.nd-clause-title').filter({ hasText: new RegExp(`^${text}$`) }).locator('xpath=..').locator(':scope > p');
const outlineItem = (page: Page, text: string) => page.getByTestId('outline-item').filter({ hasText: text });

test('a drafter builds and rearranges clauses with the keyboard, the toolbar and the outline, and undoes only their own changes', async ({ page, context }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await signUpThroughUi(page, 'jiegou', '结构编辑者');
  const draftUrl = await openNewStandard(page);

  await title(page, '术语和定义').click();
  await page.keyboard.press('End');
  // The toolbar follows the selection once ProseMirror has read it: a key pressed before then would act on the old one.
  await expect(page.getByTestId('insert-clause')).toBeEnabled();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('技术要求');
  await page.keyboard.press('Control+Shift+Enter');
  await page.keyboard.type('一般要求');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('安全要求');
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 一般要求', '4.2 安全要求']);
  await expect.poll(() => outlineLines(page)).toEqual(['1||前言', '1|1|范围', '1|2|规范性引用文件', '1|3|术语和定义', '1|4|技术要求', '2|4.1|一般要求', '2|4.2|安全要求']);
  const ids = await outlineIds(page);
  expect(new Set(ids).size).toBe(6);

  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 安全要求', '4.2 一般要求']);
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 一般要求', '5 安全要求']);
  await expect(page.getByTestId('promote-clause')).toBeDisabled();
  await expect(page.getByTestId('move-clause-down')).toBeDisabled();
  await page.getByTestId('demote-clause').click();
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 一般要求', '4.2 安全要求']);
  await page.getByTestId('move-clause-up').click();
  await expect.poll(() => outlineLines(page)).toEqual(['1||前言', '1|1|范围', '1|2|规范性引用文件', '1|3|术语和定义', '1|4|技术要求', '2|4.1|安全要求', '2|4.2|一般要求']);
  expect((await outlineIds(page)).sort()).toEqual([...ids].sort());

  await page.keyboard.type('和防护');
  await page.keyboard.press('Enter');
  await page.keyboard.type('充电器应有过压保护。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('外壳应阻燃。');
  await page.locator('p', { hasText: '充电器应有过压保护。' }).click();
  await expect(page.getByTestId('split-clause')).toBeEnabled();
  await page.keyboard.press('Control+Alt+s');
  await page.keyboard.type('阻燃');
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 安全要求和防护', '4.2 阻燃', '4.3 一般要求']);
  await expect(bodyParagraphs(page, '阻燃')).toHaveText(['外壳应阻燃。']);
  await page.keyboard.press('Control+Alt+j');
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 安全要求和防护', '4.2 一般要求']);
  await expect(bodyParagraphs(page, '安全要求和防护')).toHaveText(['充电器应有过压保护。', '阻燃', '外壳应阻燃。']);

  const colleague = await context.newPage();
  await colleague.goto(draftUrl);
  await expect.poll(() => outlineLines(colleague)).toEqual(await outlineLines(page));

  const target = outlineItem(page, '范围');
  const bounds = await target.boundingBox();
  await outlineItem(page, '一般要求').dragTo(target, { targetPosition: { x: 30, y: (bounds?.height ?? 20) - 3 } });
  const afterDrop = ['1 范围', '2 一般要求', '3 规范性引用文件', '4 术语和定义', '5 技术要求', '5.1 安全要求和防护'];
  await expect.poll(() => renderedTitles(page)).toEqual(afterDrop);
  await expect.poll(() => renderedTitles(colleague)).toEqual(afterDrop);
  await outlineItem(page, '一般要求').dragTo(outlineItem(page, '技术要求'));
  await expect.poll(() => outlineLines(page)).toEqual(['1||前言', '1|1|范围', '1|2|规范性引用文件', '1|3|术语和定义', '1|4|技术要求', '2|4.1|安全要求和防护', '2|4.2|一般要求']);
  expect((await outlineIds(page)).sort()).toEqual([...ids].sort());

  await bodyParagraphs(colleague, '范围').first().click();
  await colleague.keyboard.type('另一个标签页的修改');
  await expect(bodyParagraphs(page, '范围')).toHaveText(['另一个标签页的修改']);

  await page.getByTestId('undo').click();
  await expect.poll(() => renderedTitles(page)).toEqual(afterDrop);
  await page.getByTestId('undo').click();
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 安全要求和防护', '4.2 一般要求']);
  await expect.poll(() => renderedTitles(colleague)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 安全要求和防护', '4.2 一般要求']);
  await page.getByTestId('redo').click();
  await expect.poll(() => renderedTitles(page)).toEqual(afterDrop);
  await page.keyboard.press('Control+z');
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 安全要求和防护', '4.2 一般要求']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => renderedTitles(page)).toEqual(afterDrop);
  await page.keyboard.press('Control+z');
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '3 术语和定义', '4 技术要求', '4.1 安全要求和防护', '4.2 一般要求']);

  await expect(bodyParagraphs(page, '范围')).toHaveText(['另一个标签页的修改']);

  await outlineItem(page, '规范性引用文件').click();
  await page.keyboard.press('Control+Shift+Enter');
  await page.keyboard.type('引用说明');
  await expect.poll(() => renderedTitles(page)).toContain('2.1 引用说明');
  await expect(outlineItem(page, '引用说明')).toHaveAttribute('data-level', '2');

  const generalLine = outlineItem(page, '一般要求').getByRole('button');
  await generalLine.focus();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(() => renderedTitles(page)).toEqual(['1 范围', '2 规范性引用文件', '2.1 引用说明', '3 术语和定义', '4 技术要求', '4.1 一般要求', '4.2 安全要求和防护']);
  await expect(generalLine).toBeFocused();
  await page.screenshot({ path: '.test-output/structure-editing.png', fullPage: true });
});

test('pasting from Word keeps paragraphs and turns Word list paragraphs into lists', async ({ page }) => {
  await signUpThroughUi(page, 'niantie', '粘贴者');
  await openNewStandard(page);
  await bodyParagraphs(page, '范围').first().click();
  const wordHtml = readFileSync('e2e/fixtures/word-lists.html', 'utf8');
  await page.locator('.nd-document').evaluate((editor, html) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/html', html);
    clipboard.setData('text/plain', 'Word');
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, wordHtml);
  const scope = title(page, '范围').locator('xpath=..');
  await expect(scope.locator(':scope > p')).toHaveText(['充电器应符合下列要求：', '2024年5月1日起实施。']);
  await expect(scope.locator(':scope > ul > li')).toHaveText(['输出电压不应超过标称值；包括空载状态；', '外壳应阻燃。']);
  await expect(scope.locator(':scope > ul > li > ul > li')).toHaveText(['包括空载状态；']);
  await expect(scope.locator(':scope > ul strong')).toHaveText('不应');
  await expect(scope.locator(':scope > ol > li')).toHaveText(['第一项', '第二项']);
  await expect(scope).not.toContainText('·');
  await expect(scope.locator('[style], span, font')).toHaveCount(0);
});
