import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures/normdraft-test';
import { password, signUpThroughUi } from './fixtures/people';

interface Expert {
  username: string;
  displayName: string;
  organisation: string;
  page: Page;
}

const viewport = { width: 1400, height: 900 };
const bodyTimeZone = 'Asia/Shanghai';

/** A `datetime-local` value for an instant, to the minute, as the body's clocks show it. */
function bodyDateTimeValue(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: bodyTimeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Experts with accounts of their own, each signed up through the API in a browser of their own. */
async function signUpExperts(browser: Browser, baseURL: string, prefix: string, names: readonly string[], contexts: BrowserContext[]): Promise<Expert[]> {
  const experts: Expert[] = [];
  for (const [index, displayName] of names.entries()) {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const username = `${prefix}${index + 1}`;
    const answer = await context.request.post('/api/auth/signup', { data: { username, displayName, password }, headers: { origin: baseURL } });
    expect(answer.status()).toBe(201);
    experts.push({ username, displayName, organisation: `第${index + 1}研究院`, page: await context.newPage() });
  }
  return experts;
}

/** The secretary creates a standard in the UI and moves it through 征求意见 into 技术审查 through the API. */
async function standardInTechnicalReview(page: Page, baseURL: string, title: string): Promise<string> {
  await page.getByTestId('create-standard-title').fill(title);
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  const standardId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  for (const to of ['public_comment', 'technical_review']) {
    const moved = await page.request.post(`/api/standards/${standardId}/stage`, { data: { to }, headers: { origin: baseURL } });
    expect(moved.status()).toBe(200);
  }
  return standardId;
}

async function namePanel(page: Page, experts: readonly Expert[]): Promise<void> {
  const rows = page.getByTestId('panel-editor-row');
  while ((await rows.count()) < experts.length) await page.getByTestId('panel-add-row').click();
  for (const [index, expert] of experts.entries()) {
    const row = rows.nth(index);
    await row.getByTestId('panel-username').fill(expert.username);
    await row.getByTestId('panel-organisation').fill(expert.organisation);
    await row.getByTestId('panel-position').selectOption(index === 0 ? 'chair' : index === 1 ? 'vice_chair' : 'member');
    await row.getByTestId('panel-title').fill('教授级高级工程师');
  }
  await page.getByTestId('panel-save').click();
  await expect(page.getByTestId('panel-saved')).toBeVisible();
  await expect(page.getByTestId('panel-row')).toHaveCount(experts.length);
}

async function vote(page: Page, choice: 'yes' | 'no' | 'abstain', reason = ''): Promise<void> {
  await page.getByTestId(`vote-${choice}`).click();
  if (reason !== '') await page.getByTestId('ballot-reason').fill(reason);
  await page.getByTestId('ballot-submit').click();
}

test('a review meeting: panel, materials, check-in, a live vote, the chair closes it, minutes, and the move to 批准', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const base = baseURL ?? '';
  const contexts: BrowserContext[] = [];
  await page.setViewportSize(viewport);
  await signUpThroughUi(page, 'shencha.mishu', '秘书处周敏');
  const standardId = await standardInTechnicalReview(page, base, '工业机器人 安全要求');
  const experts = await signUpExperts(browser, base, 'zhuanjia', ['张建国', '李文华', '王海燕', '赵志强', '陈静'], contexts);
  const [chair, ...others] = experts;
  if (!chair) throw new Error('no chair');

  await page.goto(`/standards/${standardId}`);
  await page.getByTestId('reviews-link').click();
  await expect(page.getByTestId('reviews-empty')).toContainText('秘书处可在此创建审查');
  await expect(page.getByTestId('review-version')).not.toHaveValue('');
  await expect(page.getByTestId('review-rule-set')).toHaveValue('group_typical');
  await expect(page.getByTestId('review-rule-set-rules')).toContainText('同意票须达出席专家的 3/4');
  await page.screenshot({ path: '/tmp/review-create-form.png', fullPage: true });
  await page.getByTestId('review-starts-at').fill(bodyDateTimeValue(new Date(Date.now() + 60 * 60 * 1000)));
  await page.getByTestId('create-review-submit').click();
  await expect(page.getByTestId('error-message').or(page.locator('[role="alert"]')).first()).toContainText('会议地点');
  await page.getByTestId('review-location').fill('北京市海淀区学院路 30 号 第一会议室');
  await page.getByTestId('create-review-submit').click();
  await expect(page.getByTestId('review-page')).toBeVisible();
  const reviewAddress = new URL(page.url()).pathname;
  await expect(page.getByTestId('review-rule-set')).toContainText('团体标准（典型）');
  await expect(page.getByTestId('review-location')).toHaveText('北京市海淀区学院路 30 号 第一会议室');

  // A username nobody has is refused with what to do about it.
  const firstRow = page.getByTestId('panel-editor-row').first();
  await firstRow.getByTestId('panel-username').fill('nobody-here');
  await firstRow.getByTestId('panel-organisation').fill('某单位');
  await page.getByTestId('panel-save').click();
  await expect(page.getByTestId('panel-error')).toContainText('第 1 行的用户名“nobody-here”在本站没有账号');
  await namePanel(page, experts);
  await expect(page.locator('[data-testid="panel-row"][data-eligible="true"]')).toHaveCount(5);

  await expect(page.getByTestId('materials-notice-warning')).toContainText('不足 10 天');
  await page.getByTestId('publish-materials').click();
  await expect(page.getByTestId('materials-published')).toBeVisible();
  await expect(page.getByTestId('materials-version-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('materials-checkpoint-hash')).not.toBeEmpty();
  await expect(page.getByTestId('materials-notice-too-short')).toBeVisible();
  await page.getByTestId('read-review-document').click();
  await expect(page.getByTestId('review-document')).toContainText('范围');
  await page.getByTestId('review-document').screenshot({ path: '/tmp/review-document.png' });

  for (const expert of experts) {
    await expert.page.goto('/');
    await expect(expert.page.getByTestId('my-reviews')).toContainText('工业机器人 安全要求');
    if (expert === chair) await expert.page.screenshot({ path: '/tmp/review-my-reviews.png' });
    await expert.page.getByTestId('review-link').click();
    await expect(expert.page.getByTestId('review-title')).toBeVisible();
    await expert.page.getByTestId('check-in-button').click();
    await expect(expert.page.getByTestId('check-in-state')).toHaveText('您已签到。');
  }
  await page.reload();
  await expect(page.locator('[data-testid="panel-row"][data-present="true"]')).toHaveCount(5);

  await chair.page.getByTestId('open-motion').click();
  const liveCount = page.getByTestId('live-count');
  await expect(liveCount).toHaveText('已表决 0 / 5；出席 5 名（法定人数 4 名）；需同意 4 票');
  await page.screenshot({ path: '/tmp/review-secretariat-voting.png', fullPage: true });

  const reasonAgainst = '第 5.2 条的防护距离缺少试验依据。';
  const votesInOrder: Array<{ expert: Expert; choice: 'yes' | 'no' }> = [
    { expert: chair, choice: 'yes' },
    ...others.map((expert, index) => ({ expert, choice: index === 1 ? ('no' as const) : ('yes' as const) })),
  ];
  for (const [index, { expert, choice }] of votesInOrder.entries()) {
    await expect(expert.page.getByTestId('ballot-form')).toBeVisible();
    if (choice === 'no') {
      await vote(expert.page, 'no');
      await expect(expert.page.getByTestId('ballot-problem')).toContainText('须写明理由');
      await expert.page.screenshot({ path: '/tmp/review-panel-member-ballot.png', fullPage: true });
      await expert.page.getByTestId('ballot-reason').fill(reasonAgainst);
      await expert.page.getByTestId('ballot-submit').click();
      await expect(expert.page.getByTestId('my-ballot')).toContainText('您已投票：不同意');
    } else {
      await vote(expert.page, choice);
      await expect(expert.page.getByTestId('my-ballot')).toContainText('您已投票：同意');
    }
    if (index === 1) await expert.page.screenshot({ path: '/tmp/review-panel-member.png', fullPage: true });
    await expect(liveCount).toContainText(`已表决 ${index + 1} / 5`);
    await expect(page.getByTestId('voted-names')).toContainText(expert.displayName);
  }

  await chair.page.getByTestId('opinion-text').fill('建议在第 5.2 条补充防护距离的试验方法。');
  await chair.page.getByTestId('opinion-submit').click();
  await expect(chair.page.getByTestId('opinion')).toHaveCount(1);
  await chair.page.getByTestId('close-motion').click();
  await chair.page.getByTestId('close-motion-confirm').click();
  await expect(chair.page.getByTestId('motion-outcome')).toHaveText('通过');
  await expect(page.getByTestId('review-outcome')).toHaveText('通过');
  await expect(page.getByTestId('motion-result')).toContainText('5 名有表决权专家，出席 5 名（法定人数 4 名），需同意 4 票，实得 4 票：通过');
  await expect(page.getByTestId('roll-call-row')).toHaveCount(5);
  await expect(page.locator('[data-testid="roll-call-row"][data-vote="no"]')).toContainText(reasonAgainst);

  await page.reload();
  await page.getByTestId('opinion-answer-submit').click();
  await expect(page.getByTestId('opinion-answer')).toContainText('采纳');
  await page.screenshot({ path: '/tmp/review-secretariat-closed.png', fullPage: true });
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('review-outcome')).toHaveText('Passed');
  await page.screenshot({ path: '/tmp/review-secretariat-english.png', fullPage: true });
  await page.getByTestId('language-switch').click();

  const pendingDownload = page.waitForEvent('download');
  await page.getByTestId('minutes-docx').click();
  const download = await pendingDownload;
  expect(download.suggestedFilename()).toBe('工业机器人 安全要求-会议纪要.docx');
  const stream = await download.createReadStream();
  const firstChunk: Buffer = await new Promise((resolve, reject) => {
    stream.once('data', (chunk: Buffer | string) => resolve(Buffer.from(chunk)));
    stream.once('error', reject);
  });
  stream.destroy();
  expect(firstChunk.subarray(0, 2).toString('latin1')).toBe('PK');

  const pendingPopup = page.waitForEvent('popup');
  await page.getByTestId('minutes-html').click();
  const minutes = await pendingPopup;
  await expect(minutes.locator('body')).toContainText('会议纪要');
  await expect(minutes.locator('body')).toContainText('通过');
  await minutes.close();

  await page.goto(`/standards/${standardId}/stages`);
  await page.locator('[data-testid="move-stage"][data-to="approval"]').click();
  await page.getByTestId('stage-move-confirm').click();
  await expect(page.getByTestId('stage-moved')).toContainText('批准');
  expect(reviewAddress).toMatch(/^\/reviews\/[^/]+$/);
  await Promise.all(contexts.map((context) => context.close()));
});

test('a correspondence ballot closes by itself at its close time, fails, and the move to 批准 stays blocked', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const base = baseURL ?? '';
  const contexts: BrowserContext[] = [];
  await page.setViewportSize(viewport);
  await signUpThroughUi(page, 'hanshen.mishu', '秘书处吴倩');
  const standardId = await standardInTechnicalReview(page, base, '储能电站 消防要求');
  const experts = await signUpExperts(browser, base, 'hanshen', ['孙立', '周平', '郑洁'], contexts);

  // The correspondence form offers its own times and a rule set that counts returned ballots.
  await page.goto(`/standards/${standardId}/reviews`);
  await page.getByTestId('review-kind-correspondence').check();
  await expect(page.getByTestId('review-rule-set')).toHaveValue('correspondence_national');
  await expect(page.getByTestId('review-closes-at')).toBeVisible();

  // Set up through the API, so that the close comes a few seconds after the panel can vote.
  const versions = (await (await page.request.get(`/api/standards/${standardId}/versions`)).json()) as { versions: Array<{ id: string }> };
  const headers = { origin: base };
  const created = await page.request.post(`/api/standards/${standardId}/reviews`, {
    headers,
    data: { kind: 'correspondence', versionId: versions.versions[0]?.id, ruleSetId: 'correspondence_national', opensAt: new Date(Date.now() - 1000).toISOString(), closesAt: new Date(Date.now() + 10_000).toISOString() },
  });
  expect(created.status()).toBe(201);
  const reviewId = ((await created.json()) as { id: string }).id;
  const members = experts.map((expert, index) => ({ username: expert.username, organisation: expert.organisation, position: index === 0 ? 'chair' : 'member' }));
  expect((await page.request.put(`/api/reviews/${reviewId}/panel`, { headers, data: { members } })).status()).toBe(200);
  expect((await page.request.post(`/api/reviews/${reviewId}/materials`, { headers })).status()).toBe(200);

  await page.goto(`/reviews/${reviewId}`);
  const [first, second] = experts;
  if (!first || !second) throw new Error('two experts are needed');
  await Promise.all(
    [first, second].map(async (expert, index) => {
      await expert.page.goto(`/reviews/${reviewId}`);
      await expect(expert.page.getByTestId('ballot-form')).toBeVisible();
      await vote(expert.page, 'no', index === 0 ? '灭火系统的启动条件与 GB 50016 不一致。' : '未规定电池舱的通风要求。');
      await expect(expert.page.getByTestId('my-ballot')).toContainText('您已投票：不同意');
    }),
  );
  await expect(page.getByTestId('live-count')).toContainText('已表决 2 / 3');
  await expect(page.getByTestId('review-outcome')).toHaveText('未通过', { timeout: 20_000 });
  await expect(page.getByTestId('motion-result')).toContainText('返回表决单 2 份');
  await expect(first.page.getByTestId('review-outcome')).toHaveText('未通过');
  await page.screenshot({ path: '/tmp/review-correspondence-failed.png', fullPage: true });

  await page.goto(`/standards/${standardId}/stages`);
  const approval = page.locator('[data-testid="stage-next"][data-to="approval"]');
  await expect(approval).toHaveAttribute('data-blocked', 'no_passed_review');
  await expect(approval.getByTestId('stage-gate')).toContainText('当前送审稿还没有通过技术审查表决');
  await expect(approval.getByTestId('move-stage')).toBeDisabled();
  await Promise.all(contexts.map((context) => context.close()));
});
