import { signUpThroughUi } from './fixtures/people';
import { expect, test } from './fixtures/normdraft-test';

// The reader's computer is in New York; the body (the server's BODY_TIME_ZONE, by default) is in Shanghai.
test.use({ timezoneId: 'America/New_York' });

test('dates are shown, typed and read in the body time zone, not the browser’s', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await signUpThroughUi(page, 'shiqu.mishu', '秘书处周敏');
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
  await page.getByTestId('create-standard-title').fill('智能制造 术语');
  await page.getByTestId('create-standard-submit').click();
  await page.getByTestId('standard-link').first().click();
  await page.getByTestId('versions-link').click();
  await page.getByTestId('version-name').fill('征求意见稿');
  await page.getByTestId('freeze-version').click();
  await page.getByTestId('version-row').first().getByTestId('open-comment-period').click();

  // The end date typed is the last second of that day in Shanghai, not in New York.
  await page.getByTestId('comment-period-ends').fill('2027-01-20');
  await page.getByTestId('comment-period-confirm').click();
  const link = page.getByTestId('comment-period-link');
  await expect(link).toContainText('/comment-periods/');
  const periodId = ((await link.getAttribute('href')) ?? '').split('/').at(-1) ?? '';
  await page.getByTestId('comment-period-confirm').click();
  const opened = await page.evaluate(async (id) => ((await (await fetch(`/api/comment-periods/${id}`)).json()) as { endsAt: string }).endsAt, periodId);
  expect(new Date(opened).toISOString()).toBe('2027-01-20T15:59:59.000Z');
  const period = page.getByTestId('comment-period');
  await expect(period).toContainText('2027年1月20日');

  // 16:30 UTC on the 20th is 00:30 on the 21st in Shanghai and 11:30 on the 20th in New York.
  const extended = await page.evaluate(async (id) => {
    const response = await fetch(`/api/comment-periods/${id}/extend`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ endsAt: '2027-01-20T16:30:00Z', reason: '应要求延长' }),
    });
    return response.status;
  }, periodId);
  expect(extended).toBe(200);
  await page.reload();
  await expect(period.getByTestId('comment-period-extensions')).toContainText('2027年1月21日');
  await expect(period.locator('.nd-comment-period__head')).toContainText('2027年1月21日');

  // The extension form offers the next date in Shanghai too.
  await period.getByTestId('extend-period-toggle').click();
  await expect(period.getByTestId('extend-period-date')).toHaveValue('2027-01-28');
});
