import type { APIRequestContext } from '@playwright/test';
import { signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

async function postJson(request: APIRequestContext, baseURL: string, path: string, data: unknown, method: 'post' | 'put' = 'post'): Promise<Record<string, unknown>> {
  const response = await request[method](path, { data, headers: { origin: baseURL } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

test('a secretary finds a standard by its number and a comment by its words; empty searches say what to do', async ({ page, baseURL }) => {
  const base = baseURL ?? '';
  await page.setViewportSize({ width: 1400, height: 900 });
  await signUpThroughUi(page, 'search.secretary', '秘书处王芳');
  const charger = await postJson(page.request, base, '/api/standards', { title: '电动自行车 充电器安全要求', bodyCode: 'CAS', sequenceNumber: '290' });
  await postJson(page.request, base, '/api/standards', { title: '智能制造 术语', bodyCode: 'CAS', sequenceNumber: '12' });
  await page.reload();

  await page.getByTestId('standard-search').fill('cas 290');
  await expect(page.getByTestId('standard-link')).toHaveText(['电动自行车 充电器安全要求']);
  await page.screenshot({ path: '.test-output/standard-search.png' });
  await page.getByTestId('standard-search').fill('不存在的标准');
  await expect(page.getByTestId('standard-search-empty')).toContainText('没有找到与“不存在的标准”匹配的标准');
  await page.getByTestId('standard-search').fill('');
  await expect(page.getByTestId('standard-link')).toHaveCount(2);

  const standardId = String(charger.id);
  const version = await postJson(page.request, base, `/api/standards/${standardId}/versions`, { name: '征求意见稿' });
  const period = await postJson(page.request, base, `/api/standards/${standardId}/comment-periods`, { versionId: version.id, endsAt: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString() });
  await postJson(page.request, base, '/api/me/stakeholder-profile', { fullName: '王芳', organisation: '某某检测研究院', email: 'wang@example.cn' }, 'put');
  const document = (await (await page.request.get(`/api/comment-periods/${String(period.id)}/document`)).json()) as { outline: Array<{ id: string | null; title: string }> };
  const scope = document.outline.find((item) => item.title === '范围')?.id ?? '';
  for (const comment of ['范围应写明适用的电压等级。', '建议删除“安全”二字。']) {
    await postJson(page.request, base, `/api/comment-periods/${String(period.id)}/comments`, { clauseId: scope, type: 'te', comment });
  }

  await page.goto(`/standards/${standardId}/comments`);
  await expect(page.getByTestId('standard-comment')).toHaveCount(2);
  await page.getByTestId('comment-search').fill('电压');
  await expect(page.getByTestId('standard-comment')).toHaveCount(1);
  await expect(page.getByTestId('standard-comment')).toContainText('电压等级');
  await page.screenshot({ path: '.test-output/comment-search.png' });
  await page.getByTestId('comment-search').fill('没有这句话');
  await expect(page.getByTestId('comment-search-empty')).toContainText('没有找到与“没有这句话”匹配的意见');
});
