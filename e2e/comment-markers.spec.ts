import type { Locator, Page } from '@playwright/test';
import { openCommentPeriodAsSecretary, registerAsCommenter } from './fixtures/comment-period';
import { chapterParagraph } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

const standardTitle = '电动自行车 充电器安全要求';
const passage = '仅该日期对应的版本适用于本文件';
const commentText = '建议说明注日期引用文件的修改单是否适用。';
const internalNote = '请起草组核对 GB/T 1.1 的原文。';
const publicReply = '采纳。将在下一稿中补充修改单的适用规则。';

/** Where a person would press and release the mouse to select `text` inside `container`, in page coordinates. */
async function selectionEnds(container: Locator, text: string): Promise<{ start: { x: number; y: number }; end: { x: number; y: number } }> {
  return container.evaluate((root, wanted) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(wanted) ?? -1;
      if (index < 0) continue;
      const characterBox = (offset: number) => {
        const range = root.ownerDocument.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      const first = characterBox(index);
      const last = characterBox(index + wanted.length - 1);
      return { start: { x: first.left + 1, y: first.top + first.height / 2 }, end: { x: last.right - 1, y: last.top + last.height / 2 } };
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, text);
}

async function selectWithMouse(page: Page, container: Locator, text: string): Promise<void> {
  await container.scrollIntoViewIfNeeded();
  const { start, end } = await selectionEnds(container, text);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

/** Puts the cursor in a clause title and waits until the editor has read it (the outline marks that clause). */
async function placeCursorInTitle(page: Page, title: Locator, text: string): Promise<void> {
  await title.click();
  await expect(page.getByTestId('outline-item').filter({ hasText: text }).locator('.nd-outline__link')).toHaveAttribute('aria-current', 'location');
}

test('a stakeholder comments on a passage; the drafter finds it marked in the live draft after renumbering and replies in public', async ({ page, browser, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const periodAddress = await openCommentPeriodAsSecretary(page, standardTitle, { username: 'qicaomishu', displayName: '起草秘书李强' });

  const stakeholderContext = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
  const stakeholder = await stakeholderContext.newPage();
  await registerAsCommenter(stakeholder, periodAddress, { username: 'pinglunren', fullName: '赵磊', organisation: '某某检测研究院', email: 'zhaolei@example.cn' });
  const frozenParagraph = stakeholder.getByTestId('comment-document').locator('section.nd-clause', { has: stakeholder.locator('h2.nd-clause-title', { hasText: '规范性引用文件' }) }).locator('p').first();
  await selectWithMouse(stakeholder, frozenParagraph, passage);
  await expect(stakeholder.getByTestId('comment-target')).toHaveText('针对 2 规范性引用文件');
  await expect(stakeholder.locator('.nd-comment-target__quote')).toHaveText(`所选文字：“${passage}”`);
  await stakeholder.getByTestId('comment-text').fill(commentText);
  await stakeholder.getByTestId('comment-submit').click();
  await expect(stakeholder.getByTestId('comment-submitted')).toBeVisible();
  await expect(stakeholder.getByTestId('my-comment')).toContainText(commentText);

  await page.goto('/');
  await page.getByTestId('standard-link').first().click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const editor = page.getByTestId('editor');
  const referencesTitle = editor.locator('h2.nd-clause-title', { hasText: '规范性引用文件' });
  await expect(referencesTitle).toHaveAttribute('data-number', '2');
  await expect(referencesTitle.getByTestId('comment-marker')).toHaveText('1');

  await placeCursorInTitle(page, editor.locator('h2.nd-clause-title', { hasText: '范围' }), '范围');
  await page.keyboard.press('End');
  await expect(page.getByTestId('insert-clause')).toBeEnabled();
  await page.keyboard.press('Control+Enter');
  await expect(editor.locator('.ProseMirror')).toBeFocused();
  await page.keyboard.type('适用对象');
  await expect(editor.locator('h2.nd-clause-title', { hasText: '适用对象' })).toHaveAttribute('data-number', '2');
  await expect(referencesTitle).toHaveAttribute('data-number', '3');

  const marker = referencesTitle.getByTestId('comment-marker');
  await expect(marker).toHaveText('1');
  await expect(editor.getByTestId('comment-marker')).toHaveCount(1);
  const markerBox = await marker.boundingBox();
  const titleBox = await referencesTitle.boundingBox();
  expect(markerBox && titleBox && markerBox.y >= titleBox.y - 4 && markerBox.y + markerBox.height <= titleBox.y + titleBox.height + 4).toBe(true);
  await expect(chapterParagraph(page, '规范性引用文件').getByTestId('comment-passage')).toHaveText(passage);

  await placeCursorInTitle(page, referencesTitle, '规范性引用文件');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(referencesTitle).toHaveAttribute('data-number', '4');
  await expect(marker).toHaveText('1');
  await expect(chapterParagraph(page, '规范性引用文件').getByTestId('comment-passage')).toHaveText(passage);
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(referencesTitle).toHaveAttribute('data-number', '3');
  await expect(chapterParagraph(page, '规范性引用文件').getByTestId('comment-passage')).toHaveText(passage);
  await expect(editor.getByTestId('comment-marker')).toHaveCount(1);

  await marker.click();
  const panel = page.getByTestId('comments-panel');
  await expect(panel.getByTestId('clause-comments-heading')).toHaveText('3 规范性引用文件 的意见');
  const card = panel.getByTestId('clause-comments').getByTestId('panel-comment');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(commentText);
  await expect(card).toContainText('某某检测研究院');
  await expect(card.getByTestId('comment-quote')).toHaveText(`针对文字：“${passage}”`);
  await expect(marker).toHaveClass(/nd-comment-marker--active/);
  await expect(panel.getByTestId('detached-comments')).toContainText('游离意见（0）');

  await card.getByTestId('reply-text').fill(internalNote);
  await card.getByTestId('reply-submit').click();
  await expect(card.getByTestId('reply')).toHaveCount(1);
  await card.getByTestId('reply-visibility-public').check();
  await card.getByTestId('reply-text').fill(publicReply);
  await card.getByTestId('reply-submit').click();
  await expect(card.getByTestId('reply')).toHaveCount(2);
  await expect(card.getByTestId('reply').nth(1)).toHaveAttribute('data-visibility', 'public');
  await expect(card.getByTestId('reply').nth(1).getByTestId('reply-body')).toHaveText(publicReply);
  await card.getByTestId('comment-assignee').selectOption({ label: '起草秘书李强' });
  await expect(card.getByTestId('comment-assignee')).toHaveValue('qicaomishu');
  await page.screenshot({ path: testInfo.outputPath('comment-markers-panel.png') });

  await stakeholder.reload();
  const myComment = stakeholder.getByTestId('my-comment');
  await expect(myComment.getByTestId('public-replies')).toContainText(publicReply);
  await expect(myComment).not.toContainText(internalNote);
  await stakeholder.screenshot({ path: testInfo.outputPath('comment-portal-public-reply.png'), fullPage: true });
  await stakeholderContext.close();

  await panel.getByTestId('comments-panel-back').click();
  await expect(panel.getByTestId('comment-clause')).toHaveText(['3 规范性引用文件1 条']);
  await page.screenshot({ path: testInfo.outputPath('comment-markers-overview.png') });
  await panel.getByTestId('comments-panel-close').click();
  await page.getByTestId('comments-link').click();
  const row = page.getByTestId('standard-comment');
  await expect(row.getByTestId('standard-comment-clause')).toHaveText('3');
  await expect(row.getByTestId('standard-comment-assignee')).toHaveText('起草秘书李强');
  await row.getByTestId('standard-comment-thread').click();
  await expect(page.getByTestId('comment-thread').getByTestId('reply')).toHaveCount(2);

  await page.goBack();
  await expect(referencesTitle.getByTestId('comment-marker')).toHaveText('1');
  await placeCursorInTitle(page, referencesTitle, '规范性引用文件');
  await page.keyboard.press('Control+Alt+j');
  await expect(referencesTitle).toHaveCount(0);
  await expect(editor.getByTestId('comment-marker')).toHaveCount(0);
  await expect(page.getByTestId('detached-count')).toHaveText('游离意见（1）');
  await page.getByTestId('comments-panel-toggle').click();
  const detached = panel.getByTestId('detached-comments');
  await expect(detached).toContainText('游离意见（1）');
  await expect(detached.getByTestId('panel-comment')).toContainText(commentText);
  await expect(detached.getByTestId('comment-passage-missing')).toHaveCount(0);
  await detached.getByTestId('comment-thread-open').click();
  await expect(detached.getByTestId('reply')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('comment-markers-detached.png') });
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('comments-panel-close').click();
  await page.getByTestId('comments-link').click();
  await expect(page.getByTestId('standard-comment').getByTestId('standard-comment-clause')).toHaveText('已脱离（条文已删除）');
});
