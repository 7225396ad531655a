import { signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

test('members see the record log’s public key and latest checkpoint on the stages page, and verify it', async ({ page, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 1300, height: 1000 });
  await signUpThroughUi(page, 'jilu', '秘书处王芳');
  await page.getByTestId('create-standard-title').fill('智能电表 数据接口');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  const standardId = new URL(page.url()).pathname.split('/')[2] ?? '';

  const headers = { origin: baseURL ?? '' };
  const version = await page.request.post(`/api/standards/${standardId}/versions`, { headers, data: { name: '征求意见稿' } });
  expect(version.status()).toBe(201);
  const { id: versionId } = (await version.json()) as { id: string };
  const endsAt = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
  const period = await page.request.post(`/api/standards/${standardId}/comment-periods`, { headers, data: { versionId, endsAt } });
  expect(period.status()).toBe(201);

  await page.goto(`/standards/${standardId}/stages`);
  const ledger = page.getByTestId('ledger-status');
  await expect(ledger.getByRole('heading', { name: '记录日志' })).toBeVisible();
  await expect(page.getByTestId('ledger-public-key')).toHaveText(/^[A-Za-z0-9+/]{43}=$/);
  await expect(page.getByTestId('ledger-tree-size')).toHaveText(/^[1-9]\d*$/);
  await expect(page.getByTestId('ledger-root-hash')).toHaveText(/^[0-9a-f]{64}$/);

  await page.getByTestId('ledger-verify').click();
  await expect(page.getByTestId('ledger-verification')).toContainText('校验通过');
  await ledger.screenshot({ path: testInfo.outputPath('ledger-status.png') });
});
