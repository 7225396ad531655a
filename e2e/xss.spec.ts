import type { Browser, Page } from '@playwright/test';
import * as Y from 'yjs';
import { collaborationFragmentName } from '../shared/editor/document-extensions';
import { createStandardAs, signedUpClient, type ApiClient } from '../test/helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../test/helpers/collaboration-client';
import { standardInTechnicalReview } from '../test/helpers/review-setup';
import { expect, test } from './fixtures/normdraft-test';
import { password } from './fixtures/people';
import { payloadChunks, xssPayloads } from './fixtures/xss-payloads';
import { publishThroughTheApp } from './fixtures/published-standard';

/** Defines the trap before any page script: every way a payload could run ends up in `__xssExecutions`. */
function installTrap(): void {
  const executions: string[] = [];
  const record = (...parts: unknown[]): undefined => {
    executions.push(parts.map(String).join(' '));
    return undefined;
  };
  Object.assign(window, { __xssExecutions: executions, __cspViolations: [] as string[], __xss: record, alert: record, confirm: record, prompt: record });
  document.addEventListener('securitypolicyviolation', (event) => {
    (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
  });
}

/** Markup that only an injection could have produced: inline handlers, script URLs, inline scripts, frames. */
function findInjectedMarkup(): string[] {
  const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc']);
  const found: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      // Browsers ignore whitespace and control characters inside a URL's scheme, so they are dropped before comparing.
      const value = Array.from(attribute.value).filter((character) => character.charCodeAt(0) > 0x20).join('').toLowerCase();
      if (name.startsWith('on')) found.push(`${element.tagName} ${name}`);
      if (urlAttributes.has(name) && (value.startsWith('javascript:') || value.startsWith('data:text/html') || name === 'srcdoc')) found.push(`${element.tagName} ${name}=${value.slice(0, 40)}`);
    }
    if (element.tagName === 'SCRIPT' && !element.hasAttribute('src')) found.push('inline SCRIPT');
    if (['IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName)) found.push(element.tagName);
  }
  return found;
}

function element(name: string, children: Array<Y.XmlElement | Y.XmlText>, attributes: Record<string, string> = {}): Y.XmlElement {
  const created = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, value);
  created.insert(0, children);
  return created;
}

/** A clause whose id, title, paragraph and figure (image id, alternative text, title) are all the payload. */
function payloadClause(payload: string, index: number): Y.XmlElement {
  return element('clause', [
    element('clauseTitle', [new Y.XmlText(`⟦条⟧${payload}`)]),
    element('paragraph', [new Y.XmlText(`⟦内容⟧${index} ${payload}`)]),
    element('figure', [element('figureTitle', [new Y.XmlText(payload)])], { imageId: payload, alternativeText: payload }),
  ], { id: payload });
}

interface Seeded {
  standardId: string;
  periodId: string;
  skeletonVersionId: string;
  memberUsername: string;
  stakeholderUsername: string;
}

/** The seeding goes through the same API as the app; a refused step would make the check vacuous. */
async function must<Body>(pending: Promise<{ status: number; body: unknown }>): Promise<Body> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`seeding failed with ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as Body;
}

/** Puts every payload into every place people can type text, through the API and the collaboration socket. */
async function seed(baseUrl: string): Promise<Seeded> {
  const owner = await signedUpClient(baseUrl, 'xss-owner', payloadChunks('', 64)[0]?.trim() ?? 'owner');
  const titles = payloadChunks('⟦标题⟧', 200);
  const englishTitles = payloadChunks('⟦title⟧', 300);
  const { id: standardId } = await must<{ id: string }>(owner.post('/api/standards', { title: titles[0], titleEn: englishTitles[0] }));
  for (const title of titles.slice(1)) await createStandardAs(owner, title);

  const memberNames = payloadChunks('⟦成员⟧', 64);
  for (const [index, name] of memberNames.entries()) {
    await signedUpClient(baseUrl, `xss-member-${index}`, name);
    await must(owner.post(`/api/standards/${standardId}/members`, { username: `xss-member-${index}`, role: 'drafter' }));
  }
  const { id: skeletonVersionId } = await must<{ id: string }>(owner.post(`/api/standards/${standardId}/versions`, { name: '⟦版本⟧ 骨架' }));
  for (const name of payloadChunks('⟦版本⟧', 120)) await must(owner.post(`/api/standards/${standardId}/versions`, { name }));

  const writer = connectCollaborationClient(owner, standardId);
  await waitForSynced(writer);
  writer.document.transact(() => {
    const fragment = writer.document.getXmlFragment(collaborationFragmentName);
    xssPayloads.forEach((payload, index) => fragment.insert(fragment.length, [payloadClause(payload, index)]));
  });
  await waitForAllSaved(writer);
  writer.destroy();

  const { id: contentVersionId } = await must<{ id: string }>(owner.post(`/api/standards/${standardId}/versions`, { name: '⟦版本⟧ 内容' }));
  const endsAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  const { id: periodId } = await must<{ id: string }>(owner.post(`/api/standards/${standardId}/comment-periods`, { versionId: contentVersionId, endsAt }));
  const stakeholderUsername = 'xss-stakeholder';
  const stakeholder = await signedUpClient(baseUrl, stakeholderUsername, payloadChunks('⟦意见人⟧', 64)[1] ?? 'stakeholder');
  await must(stakeholder.request('PUT', '/api/me/stakeholder-profile', { fullName: payloadChunks('', 80)[0]?.trim(), organisation: payloadChunks('⟦单位⟧', 160)[0], email: 'xss@example.com' }));
  const { outline } = await must<{ outline: Array<{ id: string }> }>(stakeholder.get(`/api/comment-periods/${periodId}/document`));
  // The payload clauses have payloads as ids, longer than a comment may name; the skeleton's 范围 has a UUID.
  const clauseId = outline.find((item) => /^[0-9a-f-]{36}$/.test(item.id))?.id ?? '';
  const commentIds: string[] = [];
  for (const [index, text] of payloadChunks('⟦意见⟧', 10_000).entries()) {
    const { id } = await must<{ id: string }>(stakeholder.post(`/api/comment-periods/${periodId}/comments`, {
      clauseId,
      type: 'te',
      comment: text,
      proposedChange: payloadChunks('⟦建议⟧', 10_000)[0],
      reason: payloadChunks('⟦理由⟧', 10_000)[0],
      elementReference: payloadChunks('⟦段⟧', 200)[index % 3],
    }));
    commentIds.push(id);
  }
  for (const commentId of commentIds) {
    await must(owner.post(`/api/comments/${commentId}/replies`, { body: payloadChunks('⟦回复⟧', 10_000)[0], visibility: 'public' }));
    await must(owner.post(`/api/comments/${commentId}/replies`, { body: payloadChunks('⟦内部⟧', 10_000)[0], visibility: 'internal' }));
  }
  await must(owner.post(`/api/comment-periods/${periodId}/extend`, { endsAt: new Date(Date.now() + 8 * 24 * 3600 * 1000).toISOString(), reason: payloadChunks('⟦延期⟧', 1000)[0] }));
  await must(owner.post(`/api/standards/${standardId}/stage`, { to: 'public_comment', note: payloadChunks('⟦阶段⟧', 1000)[0] }));
  return { standardId, periodId, skeletonVersionId, memberUsername: 'xss-member-0', stakeholderUsername };
}

async function signedInPage(browser: Browser, baseURL: string, username: string, bypassCSP: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL, bypassCSP, viewport: { width: 1400, height: 900 } });
  await context.addInitScript(installTrap);
  const page = await context.newPage();
  const response = await page.request.post('/api/auth/login', { data: { username, password }, headers: { origin: baseURL } });
  expect(response.status()).toBe(200);
  return page;
}

interface PageVisit {
  address: string;
  /** Text the page shows once the payloads are on it, as text. */
  marker: string;
}

test.describe.configure({ mode: 'serial' });

test('no payload in titles, names, comments, replies or document content runs in Chromium', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const base = baseURL ?? '';
  const seeded = await seed(base);
  const dialogs: string[] = [];
  const visits: PageVisit[] = [
    { address: '/', marker: '⟦标题⟧' },
    { address: `/standards/${seeded.standardId}`, marker: '⟦内容⟧0' },
    { address: `/standards/${seeded.standardId}/members`, marker: '⟦成员⟧' },
    { address: `/standards/${seeded.standardId}/versions`, marker: '⟦版本⟧' },
    { address: `/standards/${seeded.standardId}/stages`, marker: '⟦阶段⟧' },
    { address: `/standards/${seeded.standardId}/compare?from=${seeded.skeletonVersionId}&to=live`, marker: '⟦条⟧' },
    { address: `/standards/${seeded.standardId}/comments`, marker: '⟦意见⟧' },
    { address: `/comment-periods/${seeded.periodId}`, marker: '⟦条⟧' },
    { address: `/api/standards/${seeded.standardId}/compare/redline?from=${seeded.skeletonVersionId}&to=live`, marker: '⟦条⟧' },
  ];
  const owner = await signedInPage(browser, base, 'xss-owner', true);
  owner.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // A second member in the draft, so the owner's editor shows a caret labelled with a payload name.
  const member = await signedInPage(browser, base, seeded.memberUsername, true);
  member.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await member.goto(`/standards/${seeded.standardId}`);
  await expect(member.getByText('⟦内容⟧1', { exact: false }).first()).toBeVisible();
  await member.getByText('⟦内容⟧1', { exact: false }).first().click();
  await member.keyboard.type('x');

  const report: string[] = [];
  for (const visit of visits) {
    await owner.goto(visit.address);
    await expect(owner.getByText(visit.marker, { exact: false }).first(), visit.address).toBeVisible();
    await owner.waitForLoadState('networkidle');
    const injected = await owner.evaluate(findInjectedMarkup);
    const executions = await owner.evaluate(() => (window as unknown as { __xssExecutions?: string[] }).__xssExecutions ?? []);
    report.push(`${visit.address}: ${executions.length} executions, ${injected.length} injected elements`);
    expect(injected, `${visit.address} injected markup`).toEqual([]);
    expect(executions, `${visit.address} script executions`).toEqual([]);
  }

  const stakeholder = await signedInPage(browser, base, seeded.stakeholderUsername, true);
  stakeholder.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await stakeholder.goto(`/comment-periods/${seeded.periodId}`);
  await expect(stakeholder.getByText('⟦回复⟧', { exact: false }).first()).toBeVisible();
  await stakeholder.waitForLoadState('networkidle');
  expect(await stakeholder.evaluate(findInjectedMarkup)).toEqual([]);
  expect(await stakeholder.evaluate(() => (window as unknown as { __xssExecutions?: string[] }).__xssExecutions ?? [])).toEqual([]);
  expect(await member.evaluate(() => (window as unknown as { __xssExecutions?: string[] }).__xssExecutions ?? [])).toEqual([]);
  expect(dialogs).toEqual([]);
  console.info(`XSS corpus: ${xssPayloads.length} payloads in titles, names, versions, stage notes, comments, replies and the document;`, report.join('; '));
  for (const page of [owner, member, stakeholder]) await page.context().close();
});

/** Every payload in every place of a review people can type: review title and place, panel, reasons, opinions, answers. */
async function seedReview(baseUrl: string): Promise<{ standardId: string; reviewId: string }> {
  const owner = await signedUpClient(baseUrl, 'xss-review-owner', payloadChunks('⟦秘书⟧', 64)[0] ?? 'owner');
  const { standardId } = await standardInTechnicalReview(owner, payloadChunks('⟦标题⟧', 200)[0]);
  const versions = await must<{ versions: Array<{ id: string; createdAt: string }> }>(owner.get(`/api/standards/${standardId}/versions`));
  const versionId = [...versions.versions].sort((left, right) => right.createdAt.localeCompare(left.createdAt))[0]?.id ?? '';
  const review = await must<{ id: string; motions: Array<{ id: string }> }>(
    owner.post(`/api/standards/${standardId}/reviews`, {
      kind: 'meeting',
      versionId,
      title: payloadChunks('⟦审查⟧', 160)[0],
      startsAt: new Date(Date.now() + 60_000).toISOString(),
      mode: 'hybrid',
      location: payloadChunks('⟦地点⟧', 200)[0],
      onlineLink: 'https://meeting.example.com/room?a="><script>__xss(1)</script>',
      draftingOrganisations: payloadChunks('⟦起草单位⟧', 160).slice(0, 3),
    }),
  );
  const names = payloadChunks('⟦专家⟧', 64).slice(0, 4);
  const organisations = payloadChunks('⟦单位⟧', 160);
  const titles = payloadChunks('⟦职称⟧', 80);
  const experts: Array<{ username: string; client: ApiClient }> = [];
  for (const [index, name] of names.entries()) experts.push({ username: `xss-expert-${index}`, client: await signedUpClient(baseUrl, `xss-expert-${index}`, name) });
  const members = experts.map((expert, index) => ({ username: expert.username, organisation: organisations[index % organisations.length] ?? '单位', title: titles[index % titles.length], position: index === 0 ? 'chair' : 'member' }));
  await must(owner.request('PUT', `/api/reviews/${review.id}/panel`, { members }));
  await must(owner.post(`/api/reviews/${review.id}/materials`, {}));
  const motionId = review.motions[0]?.id ?? '';
  await must(owner.post(`/api/motions/${motionId}/open`, {}));
  const reasons = payloadChunks('⟦理由⟧', 2000);
  for (const [index, expert] of experts.entries()) {
    await must(owner.post(`/api/reviews/${review.id}/attendance`, { username: expert.username, present: true }));
    await must(expert.client.post(`/api/motions/${motionId}/ballots`, index === 0 ? { vote: 'yes' } : { vote: 'no', reason: reasons[index % reasons.length] }));
  }
  for (const text of payloadChunks('⟦审查意见⟧', 4000)) await must(owner.post(`/api/reviews/${review.id}/opinions`, { text }));
  const withOpinions = await must<{ opinions: Array<{ id: string }> }>(owner.get(`/api/reviews/${review.id}`));
  for (const opinion of withOpinions.opinions) await must(owner.post(`/api/review-opinions/${opinion.id}/responses`, { decision: 'not_accepted', reason: payloadChunks('⟦答复⟧', 2000)[0] }));
  await must(owner.post(`/api/reviews/${review.id}/motions`, { title: payloadChunks('⟦动议⟧', 300)[0] }));
  await must(owner.post(`/api/motions/${motionId}/close`, {}));
  return { standardId, reviewId: review.id };
}

test('no payload in a review, its panel, ballots, opinions or minutes runs in Chromium', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const base = baseURL ?? '';
  const { standardId, reviewId } = await seedReview(base);
  const dialogs: string[] = [];
  const report: string[] = [];
  for (const [username, visits] of [
    ['xss-review-owner', [
      { address: `/standards/${standardId}/reviews`, marker: '⟦审查⟧' },
      { address: `/reviews/${reviewId}`, marker: '⟦审查意见⟧' },
      { address: `/api/reviews/${reviewId}/minutes?format=html`, marker: '⟦理由⟧' },
    ]],
    ['xss-expert-1', [
      { address: '/', marker: '⟦审查⟧' },
      { address: `/reviews/${reviewId}`, marker: '⟦理由⟧' },
    ]],
  ] as const) {
    const page = await signedInPage(browser, base, username, true);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const visit of visits) {
      await page.goto(visit.address);
      await expect(page.getByText(visit.marker, { exact: false }).first(), visit.address).toBeVisible();
      await page.waitForLoadState('networkidle');
      const injected = await page.evaluate(findInjectedMarkup);
      const executions = await page.evaluate(() => (window as unknown as { __xssExecutions?: string[] }).__xssExecutions ?? []);
      report.push(`${visit.address} as ${username}: ${executions.length} executions, ${injected.length} injected elements`);
      expect(injected, `${visit.address} injected markup`).toEqual([]);
      expect(executions, `${visit.address} script executions`).toEqual([]);
    }
    await page.context().close();
  }
  expect(dialogs).toEqual([]);
  console.info(`XSS corpus in reviews: ${xssPayloads.length} payloads;`, report.join('; '));
});

test('the app runs under its Content-Security-Policy without a single violation', async ({ browser, baseURL }) => {
  const base = baseURL ?? '';
  const index = await (await fetch(new URL('/', base))).text();
  const scripts = [...index.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\/assets\//);
    expect(body?.trim()).toBe('');
  }
  const api = await signedUpClient(base, 'csp-owner');
  const standardId = await createStandardAs(api, '内容安全策略');
  const page = await signedInPage(browser, base, 'csp-owner', false);
  const violations = () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  const response = await page.goto(`/standards/${standardId}`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByTestId('editor')).toBeVisible();
  await page.locator('.ProseMirror p').first().click();
  await page.keyboard.type('在内容安全策略下输入');
  await expect(page.getByTestId('editor')).toContainText('在内容安全策略下输入');
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
  await page.goto(`/standards/${standardId}/versions`);
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
  await page.context().close();
});

test('no payload pasted or uploaded on the public /verify page runs in Chromium', async ({ browser, baseURL }) => {
  const base = baseURL ?? '';
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1100, height: 900 } });
  await context.addInitScript(installTrap);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/verify');
  for (const payload of payloadChunks('', 2000)) {
    await page.getByTestId('verify-hash').fill(payload);
    await page.getByTestId('verify-hash-submit').click();
    await expect(page.getByRole('alert').first()).toBeVisible();
  }
  const checkpoint = { format: 'normdraft-ledger-checkpoint/v2', treeSize: 1, rootHash: 'ab'.repeat(32), timestamp: new Date().toISOString(), standardHeadsRoot: 'ab'.repeat(32), standardCount: 1, publicKey: xssPayloads[0], signature: xssPayloads[1], checkpointHash: 'cd'.repeat(32) };
  const files = [
    { format: 'normdraft-ledger-export/v1', exportedAt: new Date().toISOString(), scope: { kind: 'standard', standardId: payloadChunks('', 500)[0] }, checkpoint, records: xssPayloads.map((canonical) => ({ canonical, inclusionProof: [] })) },
    { format: xssPayloads[2], records: xssPayloads },
  ];
  for (const [index, content] of files.entries()) {
    await page.getByTestId('verify-file').setInputFiles({ name: `export-${index}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
    await expect(page.getByTestId('verify-file-answer')).toContainText(index === 0 ? '核验未通过' : '这不是记录日志导出文件');
  }
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(findInjectedMarkup)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xssExecutions?: string[] }).__xssExecutions ?? [])).toEqual([]);
  expect(dialogs).toEqual([]);
  await context.close();
});

/** The payload clauses plus a 前言 patent paragraph and a formula made of each payload, for the published text. */
function addPublishedPayloads(fragment: Y.XmlFragment): void {
  const foreword = fragment.toArray().find((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.nodeName === 'foreword');
  foreword?.insert(foreword.length, [element('paragraph', [new Y.XmlText(`⟦专利⟧专利 ${xssPayloads.join(' ')}`)])]);
  xssPayloads.forEach((payload, index) => {
    fragment.insert(fragment.length, [
      element('clause', [
        element('clauseTitle', [new Y.XmlText(`⟦条⟧${payload}`)]),
        element('paragraph', [new Y.XmlText(`⟦内容⟧${index} ${payload}`)]),
        element('figure', [element('figureTitle', [new Y.XmlText(payload)])], { imageId: payload, alternativeText: payload }),
        element('formula', [new Y.XmlText(payload)]),
        element('note', [element('paragraph', [new Y.XmlText(payload)])]),
      ], { id: payload }),
    ]);
  });
}

test('no payload in a published standard runs on its public page, the catalogue or the minutes, signed out', async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const base = baseURL ?? '';
  const owner = await signedUpClient(base, 'xss-publisher', payloadChunks('⟦秘书⟧', 64)[0] ?? 'publisher');
  const published = await publishThroughTheApp(base, owner, {
    panelPrefix: 'xss-public-panel',
    title: payloadChunks('⟦标题⟧', 200)[0] ?? '标题',
    titleEn: payloadChunks('⟦title⟧', 300)[0] ?? 'title',
    cover: {
      issuingBody: payloadChunks('⟦发布单位⟧', 200)[0] ?? '',
      draftingUnits: payloadChunks('⟦起草单位⟧', 1000)[0] ?? '',
      principalDrafters: payloadChunks('⟦起草人⟧', 1000)[0] ?? '',
      icsCode: payloadChunks('⟦ICS⟧', 200)[0] ?? '',
      ccsCode: payloadChunks('⟦CCS⟧', 200)[0] ?? '',
    },
    edit: addPublishedPayloads,
    publishedOn: '2026-03-01',
    implementedOn: '2026-06-01',
    publishedProcessDocuments: ['comment_table', 'review_minutes', 'explanatory_statement'],
  });
  const dialogs: string[] = [];
  const report: string[] = [];
  for (const bypassCSP of [true, false]) {
    const context = await browser.newContext({ baseURL: base, bypassCSP, viewport: { width: 1280, height: 900 } });
    await context.addInitScript(installTrap);
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const visit of [
      { address: published.address, marker: '⟦内容⟧0' },
      { address: `/t/${published.bodyCode}`, marker: '⟦标题⟧' },
      { address: `/t/${published.bodyCode}?query=${encodeURIComponent(xssPayloads[0] ?? '')}`, marker: '相符' },
      { address: `${published.address}/review-minutes`, marker: '⟦标题⟧' },
    ]) {
      await page.goto(visit.address);
      await expect(page.getByText(visit.marker, { exact: false }).first(), visit.address).toBeVisible();
      await page.waitForLoadState('networkidle');
      const injected = await page.evaluate(findInjectedMarkup);
      const executions = await page.evaluate(() => (window as unknown as { __xssExecutions?: string[] }).__xssExecutions ?? []);
      report.push(`${visit.address}${bypassCSP ? ' (CSP bypassed)' : ''}: ${executions.length} executions, ${injected.length} injected elements`);
      expect(injected, `${visit.address} injected markup`).toEqual([]);
      expect(executions, `${visit.address} script executions`).toEqual([]);
    }
    if (bypassCSP) {
      await page.goto(published.address);
      await page.screenshot({ path: '/tmp/public-standard-page-xss.png', fullPage: false });
    }
    await context.close();
  }
  expect(dialogs).toEqual([]);
  console.info(`XSS corpus on the public pages: ${xssPayloads.length} payloads;`, report.join('; '));
});
