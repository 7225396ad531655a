import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import { ApiClient, signedUpClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../../helpers/collaboration-client';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';

interface LintReport {
  issues: Array<{ ruleId: string; severity: string; message: { zh: string; en: string }; targetId: string | null }>;
}

describe('outline, structure check and rule list over HTTP', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
  });
  afterAll(async () => {
    await server.stop();
  });

  it('lists the checker rules, with both languages, to anyone', async () => {
    const response = await new ApiClient(server.url).get('/api/lint-rules');
    expect(response.status).toBe(200);
    const rules = (response.body as { rules: Array<{ id: string; severity: string; description: { zh: string; en: string } }> }).rules;
    expect(rules.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.description.zh.length).toBeGreaterThan(0);
      expect(rule.description.en.length).toBeGreaterThan(0);
    }
  });

  it('gives the outline of a new draft with derived numbers', async () => {
    const response = await secretariat.get(`/api/standards/${standardId}/outline`);
    expect((response.body as { items: Array<{ kind: string; number: string | null; title: string; level: number }> }).items).toEqual([
      { id: null, kind: 'foreword', number: null, title: '前言', level: 1 },
      { id: expect.any(String), kind: 'clause', number: '1', title: '范围', level: 1 },
      { id: expect.any(String), kind: 'clause', number: '2', title: '规范性引用文件', level: 1 },
      { id: expect.any(String), kind: 'clause', number: '3', title: '术语和定义', level: 1 },
    ]);
  });

  it('checks the live draft: the skeleton has no errors, and a broken lead-in is reported on its chapter', async () => {
    const clean = (await secretariat.get(`/api/standards/${standardId}/lint`)).body as LintReport;
    const ruleIds = new Set(((await secretariat.get('/api/lint-rules')).body as { rules: Array<{ id: string }> }).rules.map((rule) => rule.id));
    expect(clean.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    for (const issue of clean.issues) expect(ruleIds.has(issue.ruleId)).toBe(true);

    const writer = connectCollaborationClient(secretariat, standardId);
    await waitForSynced(writer);
    // cover, 前言, 1 范围, 2 规范性引用文件
    const chapterTwo = writer.document.getXmlFragment(collaborationFragmentName).get(3) as Y.XmlElement;
    const leadIn = (chapterTwo.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    leadIn.delete(0, 4);
    await waitForAllSaved(writer);
    writer.destroy();

    const broken = (await secretariat.get(`/api/standards/${standardId}/lint`)).body as LintReport;
    const leadInIssue = broken.issues.find((issue) => issue.ruleId === 'normative-references-lead-in');
    expect(leadInIssue).toMatchObject({ severity: 'error', targetId: chapterTwo.getAttribute('id') });
    expect(leadInIssue?.message.zh).toMatch(/引导语|规范性引用文件/);
  });

  it('hides both from non-members', async () => {
    const outsider = await signedUpClient(server.url, 'outsider');
    expect((await outsider.get(`/api/standards/${standardId}/lint`)).status).toBe(404);
    expect((await outsider.get(`/api/standards/${standardId}/outline`)).status).toBe(404);
  });
});
