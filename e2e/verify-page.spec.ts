import { writeFileSync } from 'node:fs';
import type { LedgerExport } from '../shared/api/ledger';
import { createStandardAs, signedUpClient } from '../test/helpers/api-client';
import { expect, test } from './fixtures/normdraft-test';

/** A standard with an open period and two comments; returns its record-log export, as a member downloads it. */
async function seedExport(baseUrl: string): Promise<LedgerExport> {
  const secretariat = await signedUpClient(baseUrl, 'mishu', '秘书处');
  const standardId = await createStandardAs(secretariat);
  const outline = (await secretariat.get(`/api/standards/${standardId}/outline`)).body as { items: Array<{ id: string | null; title: string }> };
  const clauseId = outline.items.find((item) => item.title === '范围')?.id ?? '';
  const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
  expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'public_comment' })).status).toBe(200);
  const periodId = ((await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 3_600_000).toISOString() })).body as { id: string }).id;
  const stakeholder = await signedUpClient(baseUrl, 'yijian', '张工');
  await stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: '张工', organisation: '某检测研究院', email: 'zhang@example.com' });
  for (const comment of ['范围过窄。', '错别字。']) expect((await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId, type: 'te', comment })).status).toBe(201);
  const exported = await secretariat.get(`/api/standards/${standardId}/ledger-export`);
  expect(exported.status).toBe(200);
  return exported.body as LedgerExport;
}

test('anyone, without signing in, checks a checkpoint hash and uploads a good and a tampered export on /verify', async ({ page, baseURL }, testInfo) => {
  await page.setViewportSize({ width: 1100, height: 1000 });
  const exported = await seedExport(baseURL ?? '');
  const goodFile = testInfo.outputPath('record-log-good.json');
  const tamperedFile = testInfo.outputPath('record-log-tampered.json');
  writeFileSync(goodFile, JSON.stringify(exported));
  writeFileSync(tamperedFile, JSON.stringify({ ...exported, records: exported.records.slice(0, -1) }));

  await page.goto('/verify');
  await expect(page.getByRole('heading', { name: '核验征求意见处理表' })).toBeVisible();

  await page.getByTestId('verify-hash').fill('not a hash');
  await page.getByTestId('verify-hash-submit').click();
  await expect(page.getByRole('alert')).toContainText('64 位检查点哈希');

  await page.getByTestId('verify-hash').fill('ab'.repeat(32));
  await page.getByTestId('verify-hash-submit').click();
  await expect(page.getByTestId('verify-hash-answer')).toContainText('本网站没有签署过这个检查点');

  await page.getByTestId('verify-hash').fill(exported.checkpoint.checkpointHash.toUpperCase());
  await page.getByTestId('verify-hash-submit').click();
  await expect(page.getByTestId('verify-hash-answer')).toContainText(`签署了此检查点，当时记录日志共 ${exported.checkpoint.treeSize} 条记录`);

  await page.getByTestId('verify-file').setInputFiles(goodFile);
  await expect(page.getByTestId('verify-file-answer')).toContainText(`核验通过：文件由本网站签署，其中 ${exported.records.length} 条记录完整无缺`);
  await page.screenshot({ path: testInfo.outputPath('verify-page-good.png'), fullPage: true });

  await page.getByTestId('verify-file').setInputFiles(tamperedFile);
  await expect(page.getByTestId('verify-file-answer')).toContainText('核验未通过：本标准最后的记录被删除了');
  await page.screenshot({ path: testInfo.outputPath('verify-page-tampered.png'), fullPage: true });

  await page.getByTestId('verify-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":') });
  await expect(page.getByTestId('verify-file-answer')).toHaveText('这不是记录日志导出文件，或文件已损坏。');
});
