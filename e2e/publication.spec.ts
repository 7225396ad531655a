import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures/normdraft-test';
import { password, signUpThroughUi } from './fixtures/people';

const viewport = { width: 1400, height: 900 };

async function ok(pending: Promise<{ status(): number; text(): Promise<string> }>, what: string): Promise<void> {
  const response = await pending;
  if (response.status() >= 300) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
}

/**
 * A standard of body CWA created by the signed-in secretariat and taken into 批准 through the API: 征求意见,
 * 技术审查, a meeting whose three experts (with accounts of their own) vote the 送审稿 through, then the move.
 */
async function standardInApproval(page: Page, browser: Browser, base: string, title: string, prefix: string, contexts: BrowserContext[]): Promise<string> {
  const headers = { origin: base };
  const created = await page.request.post('/api/standards', { headers, data: { title, bodyCode: 'CWA' } });
  expect(created.status()).toBe(201);
  const standardId = ((await created.json()) as { id: string }).id;
  for (const to of ['public_comment', 'technical_review']) await ok(page.request.post(`/api/standards/${standardId}/stage`, { headers, data: { to } }), `move to ${to}`);
  const versions = (await (await page.request.get(`/api/standards/${standardId}/versions`)).json()) as { versions: Array<{ id: string; createdAt: string }> };
  const versionId = [...versions.versions].sort((left, right) => right.createdAt.localeCompare(left.createdAt))[0]?.id;
  const review = await page.request.post(`/api/standards/${standardId}/reviews`, {
    headers,
    data: { kind: 'meeting', versionId, startsAt: new Date(Date.now() + 60_000).toISOString(), mode: 'in_person', location: '北京市西城区 第二会议室' },
  });
  expect(review.status()).toBe(201);
  const { id: reviewId, motions } = (await review.json()) as { id: string; motions: Array<{ id: string; kind: string }> };
  const motionId = motions.find((motion) => motion.kind === 'approve_draft')?.id ?? '';
  const experts: Array<{ username: string; request: APIRequestContext }> = [];
  for (const index of [1, 2, 3]) {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const username = `${prefix}${index}`;
    await ok(context.request.post('/api/auth/signup', { headers, data: { username, password, displayName: `专家${prefix}${index}` } }), 'expert signup');
    experts.push({ username, request: context.request });
  }
  const members = experts.map((expert, index) => ({ username: expert.username, organisation: `第${index + 1}研究院`, position: index === 0 ? 'chair' : 'member' }));
  await ok(page.request.put(`/api/reviews/${reviewId}/panel`, { headers, data: { members } }), 'panel');
  await ok(page.request.post(`/api/reviews/${reviewId}/materials`, { headers }), 'materials');
  await ok(page.request.post(`/api/motions/${motionId}/open`, { headers }), 'open');
  for (const expert of experts) {
    await ok(page.request.post(`/api/reviews/${reviewId}/attendance`, { headers, data: { username: expert.username, present: true } }), 'attendance');
    await ok(expert.request.post(`/api/motions/${motionId}/ballots`, { headers, data: { vote: 'yes' } }), 'ballot');
  }
  await ok(page.request.post(`/api/motions/${motionId}/close`, { headers }), 'close');
  await ok(page.request.post(`/api/standards/${standardId}/stage`, { headers, data: { to: 'approval' } }), 'move to approval');
  return standardId;
}

test('approve → number → publish → the public page signed out → the PDF → feedback → the answer → a 复审 with 修订 starts a new draft from the published text', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const base = baseURL ?? '';
  const headers = { origin: base };
  const contexts: BrowserContext[] = [];
  const year = new Date().getFullYear();
  await page.setViewportSize(viewport);
  await signUpThroughUi(page, 'fabu.mishu', '秘书处刘洋');

  // Another standard of the body holds sequence number 001 already.
  const earlier = await standardInApproval(page, browser, base, '城市供水 水质在线监测', 'zj-a', contexts);
  await ok(page.request.post(`/api/standards/${earlier}/number`, { headers, data: { sequenceNumber: '001', year } }), 'number the earlier standard');
  const standardId = await standardInApproval(page, browser, base, '智慧水务 数据接口', 'zj-b', contexts);

  await page.goto(`/standards/${standardId}/stages`);
  const section = page.getByTestId('number-section');
  await expect(page.getByTestId('number-sequence')).toHaveValue('002');
  await expect(page.getByTestId('number-year')).toHaveValue(String(year));
  await expect(page.getByTestId('number-preview')).toHaveText(`编号：T/CWA 002—${year}`);
  await expect(page.locator('[data-testid="stage-next"][data-to="published"]')).toHaveAttribute('data-blocked', 'no_number_assigned');
  await section.screenshot({ path: '/tmp/publication-number-form.png' });

  await page.getByTestId('number-sequence').fill('001');
  await page.getByTestId('number-submit').click();
  await expect(page.getByTestId('number-conflict')).toContainText('已被本团体的其他标准占用');
  await expect(page.getByTestId('number-refused')).toHaveText(`T/CWA 001—${year} 不能使用。`);
  await expect(page.getByTestId('number-sequence')).toHaveValue('001');
  await section.screenshot({ path: '/tmp/publication-number-conflict.png' });
  await page.getByTestId('number-use-suggestion').click();
  await expect(page.getByTestId('number-sequence')).toHaveValue('002');
  await page.getByTestId('number-submit').click();
  await expect(page.getByTestId('number-assigned')).toContainText(`T/CWA 002—${year}`);
  await expect(page.locator('[data-testid="stage-next"][data-to="published"]')).not.toHaveAttribute('data-blocked', /.+/);

  await page.locator('[data-testid="move-stage"][data-to="published"]').click();
  const dialog = page.getByTestId('stage-move-dialog');
  await page.getByTestId('publish-published-on').fill(`${year}-12-01`);
  await page.getByTestId('publish-implemented-on').fill(`${year}-11-01`);
  await expect(page.getByTestId('publish-problem')).toHaveText('实施日期不能早于发布日期。');
  await expect(page.getByTestId('stage-move-confirm')).toBeDisabled();
  await page.getByTestId('publish-implemented-on').fill(`${year + 1}-03-01`);
  await page.locator('[data-testid="publish-process-document"][data-kind="comment_table"]').check();
  await page.locator('[data-testid="publish-process-document"][data-kind="review_minutes"]').check();
  await dialog.screenshot({ path: '/tmp/publication-publish-dialog.png' });
  await page.getByTestId('stage-move-confirm').click();
  await expect(page.getByTestId('stage-moved')).toContainText('发布', { timeout: 60_000 });

  const edition = page.locator(`[data-testid="edition"][data-number="T/CWA 002—${year}"]`);
  await expect(edition.getByTestId('edition-status')).toHaveText('现行');
  await expect(edition.getByTestId('edition-published-on')).toHaveText(`${year}-12-01`);
  await expect(edition.getByTestId('edition-implemented-on')).toHaveText(`${year + 1}-03-01`);
  await expect(edition.getByTestId('edition-review-due-on')).toHaveText(`${year + 5}-12-01`);
  await expect(edition).toContainText('征求意见汇总处理表、审查会议纪要');
  const pdfHash = (await edition.getByTestId('edition-pdf-hash').textContent()) ?? '';
  expect(pdfHash).toMatch(/^[0-9a-f]{64}$/);
  await expect(edition.getByTestId('edition-docx-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await page.getByTestId('publication-panel').screenshot({ path: '/tmp/publication-published.png' });
  await page.getByTestId('language-switch').click();
  await expect(edition.getByTestId('edition-status')).toHaveText('Current');
  await page.getByTestId('publication-panel').screenshot({ path: '/tmp/publication-published-english.png' });
  await page.getByTestId('language-switch').click();
  await expect(edition.getByTestId('edition-status')).toHaveText('现行');

  const pendingDownload = page.waitForEvent('download');
  await edition.getByTestId('edition-download-pdf').click();
  const download = await pendingDownload;
  expect(download.suggestedFilename()).toBe(`T／CWA 002—${year}.pdf`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(createHash('sha256').update(bytes).digest('hex')).toBe(pdfHash);

  // Anyone, signed out, reads the standard on its permanent public page and downloads the same PDF.
  const visitor = await browser.newContext({ viewport, baseURL: base });
  contexts.push(visitor);
  const publicPage = await visitor.newPage();
  const address = `/t/CWA/002-${year}`;
  expect((await publicPage.goto(address))?.status()).toBe(200);
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText('智慧水务 数据接口');
  await expect(publicPage.locator('.standard-status .status')).toHaveText('现行');
  const publicPdf = await publicPage.request.get(`${address}/document.pdf`);
  expect(createHash('sha256').update(await publicPdf.body()).digest('hex')).toBe(pdfHash);

  // A stakeholder follows the page's feedback link, signs up and sends feedback on chapter 1.
  await publicPage.getByRole('link', { name: '提交实施信息反馈' }).click();
  await expect(publicPage).toHaveURL(/\/login\?redirect=/);
  await ok(publicPage.request.post('/api/auth/signup', { headers, data: { username: 'fankui.yonghu', password, displayName: '用户赵敏' } }), 'stakeholder signup');
  await publicPage.goto(`/feedback/CWA/002-${year}`);
  await publicPage.getByTestId('feedback-clause').selectOption({ label: '1 范围' });
  await publicPage.getByTestId('feedback-category-technical_problem').check();
  await publicPage.getByTestId('feedback-text').fill('接口的时间字段没有规定时区，实施中各系统不一致。');
  await publicPage.getByTestId('feedback-submit').click();
  await expect(publicPage.getByTestId('feedback-sent')).toBeVisible();

  // The secretariat answers it; the stakeholder reads the answer.
  await page.goto(`/standards/${standardId}/feedback`);
  const feedbackItem = page.getByTestId('feedback-item');
  await expect(feedbackItem).toContainText('时间字段没有规定时区');
  await feedbackItem.getByTestId('feedback-answer-text').fill('收到，复审时一并研究，拟在修订中规定使用北京时间。');
  await feedbackItem.getByTestId('feedback-answer-submit').click();
  await expect(feedbackItem.getByTestId('feedback-answer')).toContainText('秘书处刘洋');
  await publicPage.goto('/my/feedback');
  await expect(publicPage.getByTestId('feedback-answer')).toContainText('拟在修订中规定使用北京时间');

  await page.goto(`/standards/${standardId}/stages`);
  await expect(page.getByTestId('stage-next-empty')).toContainText('复审在下方');
  await page.getByTestId('periodic-review-start-note').fill('实施满一年，开展复审。');
  await page.getByTestId('periodic-review-start-submit').click();
  const conclusion = page.getByTestId('periodic-review-conclusion-form');
  await expect(conclusion).toBeVisible();
  await expect(page.getByTestId('stage-timeline')).toBeVisible();
  await page.getByTestId('periodic-review-conclude').click();
  await expect(conclusion.getByRole('alert')).toHaveText('请写明作出这个结论的理由。');
  await page.locator('[data-testid="periodic-review-conclusion"][data-conclusion="revise"]').check();
  await page.getByTestId('periodic-review-note').fill('接口字段需要与新版行业规范协调，启动修订。');
  await conclusion.screenshot({ path: '/tmp/publication-periodic-review.png' });
  await page.getByTestId('periodic-review-conclude').click();
  await expect(page.locator('[data-testid="periodic-review-concluded"][data-conclusion="revise"]')).toContainText('接口字段需要与新版行业规范协调');
  await expect(page.locator('[data-testid="stage-next"][data-to="public_comment"]')).toBeVisible();
  await page.screenshot({ path: '/tmp/publication-back-in-drafting.png', fullPage: true });

  // The new drafting cycle starts from the published text.
  const editions = (await (await page.request.get(`/api/standards/${standardId}/publications`)).json()) as { editions: Array<{ versionId: string }> };
  type DocumentJson = { document: { content: Array<{ type: string; attrs?: Record<string, string> }> } };
  const published = (await (await page.request.get(`/api/standards/${standardId}/versions/${editions.editions[0]?.versionId}`)).json()) as DocumentJson;
  const live = (await (await page.request.get(`/api/standards/${standardId}/document`)).json()) as DocumentJson;
  expect(live.document.content.slice(1)).toEqual(published.document.content.slice(1));
  expect(live.document.content[0]?.attrs?.draftLabel).toBe('工作组讨论稿');
  await page.goto(`/standards/${standardId}`);
  await expect(page.getByTestId('editor')).toContainText('范围');

  // The earlier standard, published five years ago, is overdue: the header links to the 复审 dashboard.
  await ok(page.request.post(`/api/standards/${earlier}/stage`, { headers, data: { to: 'published', publishedOn: `${year - 5}-01-10`, implementedOn: `${year - 5}-04-01`, publishedProcessDocuments: [] } }), 'publish the earlier standard');
  await page.goto('/');
  await page.getByTestId('due-reviews-link').click();
  const row = page.getByTestId('due-review');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`T/CWA 001—${year}`);
  await expect(row.getByTestId('due-review-state')).toContainText('已逾期');
  await expect(row.getByTestId('due-review-feedback')).toHaveText('0');
  await page.screenshot({ path: '/tmp/publication-due-reviews.png', fullPage: true });

  // An expert is secretariat of nothing: the page says what it is for.
  const expertPage = await contexts[0]?.newPage();
  if (!expertPage) throw new Error('no expert context');
  await expertPage.goto('/periodic-reviews/due');
  await expect(expertPage.getByTestId('due-reviews-empty')).toContainText('复审到期前 90 天会出现在这里');
  await expect(expertPage.getByTestId('due-reviews-link')).toHaveCount(0);
  await expertPage.screenshot({ path: '/tmp/publication-due-reviews-empty.png', fullPage: true });
  await Promise.all(contexts.map((context) => context.close()));
});
