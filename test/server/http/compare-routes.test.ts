import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter } from '../../helpers/draft-text';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';
import { createClauseElement } from '../../helpers/yjs-clauses';

interface Comparison {
  summary: { changed: number; added: number; removed: number; moved: number; renumbered: number; text: { zh: string; en: string } };
  clauses: Array<{ id: string; change: string; fromNumber: string | null; toNumber: string | null; title: string; textChanges: Array<{ kind: string; text: string }> }>;
}

describe('comparing versions over HTTP', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  let firstVersionId: string;

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    firstVersionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '第一稿' })).body as { id: string }).id;

    const writer = connectCollaborationClient(secretariat, standardId);
    await waitForSynced(writer);
    paragraphTextOfChapter(writer.document, '范围').insert(0, '本文件规定了<script>alert(1)</script>要求。');
    const fragment = writer.document.getXmlFragment(collaborationFragmentName);
    fragment.insert(1, [createClauseElement('new-first-chapter', '总则')]);
    await waitForAllSaved(writer);
    writer.destroy();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('compares a version with the live draft clause by clause', async () => {
    const response = await secretariat.get(`/api/standards/${standardId}/compare?from=${firstVersionId}&to=live`);
    expect(response.status).toBe(200);
    const comparison = response.body as Comparison;
    const byTitle = new Map(comparison.clauses.map((clause) => [clause.title, clause]));
    expect(byTitle.get('总则')).toMatchObject({ change: 'added', fromNumber: null, toNumber: '1' });
    expect(byTitle.get('范围')).toMatchObject({ change: 'changed', fromNumber: '1', toNumber: '2' });
    expect(byTitle.get('范围')?.textChanges.filter((change) => change.kind === 'insert').map((change) => change.text).join('')).toContain('本文件规定了');
    expect(byTitle.get('规范性引用文件')).toMatchObject({ change: 'renumbered', fromNumber: '2', toNumber: '3' });
    expect(comparison.summary).toMatchObject({ added: 1, changed: 1, renumbered: 2, removed: 0, moved: 0 });
    expect(comparison.summary.text.en).toBe('1 clause changed, 1 added, 0 removed, 0 moved, 2 renumbered');
  });

  it('exports a printable redline page with every user text escaped', async () => {
    const response = await secretariat.fetchRaw(`/api/standards/${standardId}/compare/redline?from=${firstVersionId}&to=live`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<ins');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('explains bad requests and hides everything from non-members', async () => {
    expect((await secretariat.get(`/api/standards/${standardId}/compare?from=${firstVersionId}`)).status).toBe(400);
    expect((await secretariat.get(`/api/standards/${standardId}/compare?from=nope&to=live`)).status).toBe(404);
    const outsider = await signedUpClient(server.url, 'outsider');
    expect((await outsider.get(`/api/standards/${standardId}/compare?from=${firstVersionId}&to=live`)).status).toBe(404);
  });
});
