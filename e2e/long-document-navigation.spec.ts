import type { JSONContent } from '@tiptap/core';
import type { Locator, Page } from '@playwright/test';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { documentSchema } from '../server/documents/document-schema';
import { collaborationFragmentName } from '../shared/editor/document-extensions';
import { createStandardAs, signedUpClient, type ApiClient } from '../test/helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../test/helpers/collaboration-client';
import { createLargeStandardJson } from '../test/helpers/large-standard';
import { crossReference, paragraph } from '../test/helpers/standard-builder';
import { expect, test } from './fixtures/normdraft-test';
import { password } from './fixtures/people';

/** About 70 pages: far enough apart that the browser skips the layout of everything between the jumps. */
const shape = { chapters: 10, clausesPerChapter: 25, tables: 10 };
const brokenReferenceText = '这一段引用的条已被删除';
/** The last technical chapter, its last clause group and the leaf clause at its end, in createLargeStandardJson's ids. */
const lastChapterId = 'chapter-6';
const lastGroupId = 'clause-6-4';
const farLeafId = 'clause-6-4-3';

function childrenOf(node: JSONContent | undefined): JSONContent[] {
  if (!node?.content) throw new Error('the generated standard has changed shape');
  return node.content;
}

function withId(nodes: JSONContent[], id: string): JSONContent | undefined {
  return nodes.find((node) => node.attrs?.id === id);
}

/** The generated standard, with a cross-reference to a deleted clause at the very end of its last chapter. */
function longStandardWithFarProblem(): JSONContent {
  const standard = createLargeStandardJson(shape);
  const leaf = withId(childrenOf(withId(childrenOf(withId(childrenOf(standard), lastChapterId)), lastGroupId)), farLeafId);
  childrenOf(leaf).push(paragraph(`${brokenReferenceText}，见`, crossReference('deleted-clause'), '。'));
  return standard;
}

async function must<Body>(pending: Promise<{ status: number; body: unknown }>): Promise<Body> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`seeding failed with ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as Body;
}

/** Writes the long standard through the collaboration socket, as an import would, and waits until it is stored. */
async function seedLongStandard(owner: ApiClient): Promise<string> {
  const standardId = await createStandardAs(owner, '电子设备通用技术要求');
  const writer = connectCollaborationClient(owner, standardId);
  await waitForSynced(writer);
  writer.document.transact(() => prosemirrorJSONToYXmlFragment(documentSchema, longStandardWithFarProblem(), writer.document.getXmlFragment(collaborationFragmentName)));
  await waitForAllSaved(writer);
  writer.destroy();
  return standardId;
}

/** A stakeholder comments on the far leaf clause of a frozen copy, so the drafter sees it in the live draft. */
async function seedFarComment(baseUrl: string, owner: ApiClient, standardId: string): Promise<void> {
  const { id: versionId } = await must<{ id: string }>(owner.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' }));
  const endsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  const { id: periodId } = await must<{ id: string }>(owner.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt }));
  const stakeholder = await signedUpClient(baseUrl, 'yuanchu-pinglun', '赵磊');
  await must(stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: '赵磊', organisation: '某某检测研究院', email: 'zhaolei@example.cn' }));
  await must(stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId: farLeafId, type: 'te', comment: '建议补充试验报告的保存期限。' }));
}

/** True when the element's top is inside the window and below the workspace bar that stays at its top. */
async function shownBelowBar(page: Page, target: Locator): Promise<boolean> {
  const bar = await page.locator('.nd-workspace__bar').boundingBox();
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  if (!bar || !box || !viewport) return false;
  return box.y >= bar.y + bar.height - 1 && box.y < viewport.height;
}

function titleOf(page: Page, clauseId: string): Locator {
  return page.getByTestId('editor').locator(`section[data-id="${clauseId}"] > h2.nd-clause-title`);
}

test.describe.configure({ mode: 'serial' });

test('in a long standard, the outline, the problems panel, the comments panel and clause commands bring far clauses into view, and printing shows every section', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const base = baseURL ?? '';
  const owner = await signedUpClient(base, 'changwendang', '起草人王芳');
  const standardId = await seedLongStandard(owner);
  await seedFarComment(base, owner, standardId);

  await page.setViewportSize({ width: 1400, height: 900 });
  const login = await page.request.post('/api/auth/login', { data: { username: 'changwendang', password }, headers: { origin: base } });
  expect(login.status()).toBe(200);
  await page.goto(`/standards/${standardId}`);
  const editor = page.getByTestId('editor');
  await expect(editor.getByText('本文件规定了电子设备的技术要求')).toBeVisible();

  // Far sections are left to the browser to lay out when they come near the window.
  const lastChapter = editor.locator(`section[data-id="${lastChapterId}"]`);
  await expect(lastChapter).toHaveCSS('content-visibility', 'auto');
  expect(await titleOf(page, lastChapterId).evaluate((title) => title.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);

  // The outline: the far leaf clause, back to a chapter near the top, then the last chapter.
  const outline = page.getByTestId('outline');
  for (const clauseId of [farLeafId, 'chapter-1', lastChapterId]) {
    await outline.locator(`[data-id="${clauseId}"] > .nd-outline__link`).click();
    await expect(titleOf(page, clauseId)).toBeInViewport();
    await expect.poll(() => shownBelowBar(page, titleOf(page, clauseId))).toBe(true);
  }

  // The problems panel: the broken cross-reference at the end of the last chapter, seen from the top of the document.
  await outline.locator('[data-id="chapter-scope"] > .nd-outline__link').click();
  await expect(titleOf(page, 'chapter-scope')).toBeInViewport();
  const problem = page.getByTestId('problem').and(page.locator('[data-rule-id="cross-reference-resolves"]'));
  await problem.click();
  await expect(editor.getByText(brokenReferenceText)).toBeInViewport();

  // The comments panel: the clause the stakeholder commented on, and its marker in the margin.
  await outline.locator('[data-id="chapter-scope"] > .nd-outline__link').click();
  await page.getByTestId('comments-panel-toggle').click();
  await page.getByTestId('comments-panel').locator(`[data-testid="comment-clause"][data-clause-id="${farLeafId}"]`).click();
  await expect(titleOf(page, farLeafId)).toBeInViewport();
  await expect(editor.locator(`[data-testid="comment-marker"][data-clause-id="${farLeafId}"]`)).toBeInViewport();
  await page.getByTestId('comments-panel-close').click();

  // A clause command that puts the cursor far away: a new chapter after a chapter of many pages.
  await outline.locator('[data-id="chapter-3"] > .nd-outline__link').click();
  await expect(titleOf(page, 'chapter-3')).toBeInViewport();
  await page.getByTestId('insert-clause').click();
  await page.keyboard.type('新增的一章');
  // Typed at once: the keys must reach the new chapter, not the next title the browser has laid out.
  const newChapterTitle = editor.locator('h2.nd-clause-title').filter({ hasText: /^新增的一章$/ });
  await expect(newChapterTitle).toBeInViewport();
  await expect.poll(() => shownBelowBar(page, newChapterTitle)).toBe(true);

  // Printing lays out every section, however far.
  await page.emulateMedia({ media: 'print' });
  await expect(lastChapter).toHaveCSS('content-visibility', 'visible');
  const sectionTitles = editor.locator('.nd-deferred-section > h2');
  expect(await sectionTitles.count()).toBeGreaterThan(30);
  const skippedWhenPrinted = await sectionTitles.evaluateAll((titles) => titles.filter((title) => !title.checkVisibility({ contentVisibilityAuto: true })).length);
  expect(skippedWhenPrinted).toBe(0);
  expect(await editor.getByText(brokenReferenceText).evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
});
