import { resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { readEnvironment } from '../server/env';
import { startNormdraftServer } from '../server/normdraft-server';
import { loggedInClient, signedUpClient } from '../test/helpers/api-client';
import { publishedEditionForTest } from '../test/helpers/published-edition';
import { createTemporaryDirectory } from '../test/helpers/temporary-directory';
import { expect } from './fixtures/normdraft-test';
import { password, signUpThroughUi } from './fixtures/people';

const viewport = { width: 1280, height: 900 };

/** Like the shared fixture, plus the SQLite file, where the published edition is written (publishing has its own spec). */
const test = base.extend<{ server: { url: string; databasePath: string }; baseURL: string }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const directory = createTemporaryDirectory();
    const databasePath = `${directory.path}/normdraft.db`;
    const running = await startNormdraftServer(
      readEnvironment({ PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath, CLIENT_DIRECTORY: resolve('dist/client'), LOG_LEVEL: 'silent', SIGNUPS_PER_ADDRESS_PER_HOUR: '1000' }),
    );
    await use({ url: running.url.replace('localhost', '127.0.0.1'), databasePath });
    await running.close();
    directory.remove();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
}

test('a stakeholder sends feedback on a clause and lodges a complaint; the secretariat answers both', async ({ browser, server }) => {
  test.setTimeout(120_000);
  const secretariatContext = await browser.newContext({ viewport, baseURL: server.url });
  const stakeholderContext = await browser.newContext({ viewport, baseURL: server.url });
  const secretary = await secretariatContext.newPage();
  const stakeholder = await stakeholderContext.newPage();

  await signUpThroughUi(secretary, 'e2e-secretary', '王秘书');
  const published = await publishedEditionForTest(server.databasePath, await loggedInClient(server.url, 'e2e-secretary'), { title: '城市供水 水质在线监测技术规范' });
  const scope = published.clauses.find((clause) => clause.title === '范围') ?? published.clauses[0];
  if (!scope) throw new Error('the published version has no clause');

  // Before anything arrives, the secretariat's pages explain what will.
  await secretary.goto(`/standards/${published.standardId}/feedback`);
  await expect(secretary.getByTestId('standard-feedback-empty')).toBeVisible();
  await expect(secretary.getByTestId('complaints-link')).toBeVisible();
  await screenshot(secretary, 'feedback-secretariat-empty');
  await secretary.getByTestId('complaints-link').click();
  await expect(secretary.getByTestId('standard-complaints-empty')).toBeVisible();
  await screenshot(secretary, 'complaints-secretariat-empty');

  // A signed-out visitor is sent to sign in, and comes back to the form.
  await signedUpClient(server.url, 'e2e-stakeholder', '张用户');
  await stakeholder.goto(`/feedback/CWA/${published.edition}`);
  await expect(stakeholder).toHaveURL(/\/login\?redirect=/);
  await stakeholder.getByTestId('login-username').fill('e2e-stakeholder');
  await stakeholder.getByTestId('login-password').fill(password);
  await stakeholder.getByTestId('login-submit').click();
  await expect(stakeholder).toHaveURL(new RegExp(`/feedback/CWA/${published.edition}$`));
  await expect(stakeholder.getByRole('heading', { level: 1 })).toHaveText('标准实施信息反馈：T/CWA 012—2026');

  await stakeholder.getByTestId('feedback-clause').selectOption(scope.id);
  await stakeholder.getByTestId('feedback-category-unclear_wording').check();
  await stakeholder.getByTestId('feedback-quoted-text').fill('适用于城市供水');
  await stakeholder.getByTestId('feedback-text').fill('“城市供水”是否包括二次供水设施？建议在范围中写明。');
  await stakeholder.getByTestId('feedback-organisation').fill('某水务集团');
  await stakeholder.getByTestId('feedback-contact').fill('zhang@example.cn');
  await screenshot(stakeholder, 'feedback-form');
  await stakeholder.getByTestId('feedback-submit').click();
  await expect(stakeholder.getByTestId('feedback-sent')).toBeVisible();

  await stakeholder.goto(`/complaints/CWA/${published.edition}`);
  await stakeholder.getByTestId('complaint-about-process').check();
  await stakeholder.getByTestId('complaint-text').fill('征求意见阶段我提交的第3条意见没有处理结果，也没有说明理由。');
  await stakeholder.getByTestId('complaint-contact').fill('13800138000');
  await screenshot(stakeholder, 'complaint-form');
  await stakeholder.getByTestId('complaint-submit').click();
  await expect(stakeholder.getByTestId('complaint-lodged')).toContainText(/TS-CWA-\d{4}-0001/);
  await screenshot(stakeholder, 'complaint-lodged');

  await stakeholder.getByTestId('my-complaints-link').click();
  await expect(stakeholder.getByTestId('complaint-status')).toHaveText('已受理');

  // The secretariat answers the feedback (final) and takes the complaint through its steps.
  await secretary.goto(`/standards/${published.standardId}/feedback`);
  const feedbackItem = secretary.getByTestId('feedback-item');
  await expect(feedbackItem).toContainText('二次供水设施');
  await expect(feedbackItem.getByTestId('feedback-contact-shown')).toContainText('zhang@example.cn');
  await expect(secretary.getByTestId('feedback-counts')).toContainText('共 1 条，未答复 1 条');
  await screenshot(secretary, 'feedback-secretariat-list');
  await feedbackItem.getByTestId('feedback-answer-text').fill('包括。修订时将在第1章写明适用于二次供水设施。');
  await feedbackItem.getByTestId('feedback-answer-submit').click();
  await expect(feedbackItem.getByTestId('feedback-answer')).toContainText('王秘书');
  await expect(feedbackItem.getByTestId('feedback-answer-form')).toHaveCount(0);

  await secretary.getByTestId('complaints-link').click();
  const complaint = secretary.getByTestId('complaint-item');
  await expect(complaint.getByTestId('complaint-contact-shown')).toContainText('13800138000');
  await complaint.getByTestId('complaint-step-under_review').click();
  await expect(complaint.getByTestId('complaint-status')).toHaveText('处理中');
  await complaint.getByTestId('complaint-answer-text').fill('经核查，第3条意见已补充处理意见并公开，特此答复。');
  await screenshot(secretary, 'complaints-secretariat-answering');
  await complaint.getByTestId('complaint-step-answered').click();
  await expect(complaint.getByTestId('complaint-status')).toHaveText('已答复');
  await complaint.getByTestId('complaint-step-closed').click();
  await expect(complaint.getByTestId('complaint-status')).toHaveText('已办结');
  await expect(complaint.getByTestId('complaint-steps').locator('li')).toHaveCount(3);
  await screenshot(secretary, 'complaints-secretariat-closed');

  // The stakeholder sees both answers.
  await stakeholder.goto('/my/feedback');
  await expect(stakeholder.getByTestId('feedback-answer')).toContainText('包括。修订时将在第1章写明适用于二次供水设施。');
  await screenshot(stakeholder, 'my-feedback');
  await stakeholder.goto('/my/complaints');
  await expect(stakeholder.getByTestId('complaint-status')).toHaveText('已办结');
  await expect(stakeholder.getByTestId('complaint-answer')).toContainText('第3条意见已补充处理意见');
  await screenshot(stakeholder, 'my-complaints');

  // In English too.
  await stakeholder.getByRole('button', { name: 'English' }).click();
  await expect(stakeholder.getByRole('heading', { level: 1 })).toHaveText('My complaints');
  await screenshot(stakeholder, 'my-complaints-english');

  await secretariatContext.close();
  await stakeholderContext.close();
});
