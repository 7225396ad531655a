import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { initProseMirrorDoc, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { relativePositionFromText } from '../../../shared/collab/relative-position-text';
import { documentSchema } from '../../../server/documents/document-schema';
import { collaborationFragmentName } from '../../../shared/editor/document-extensions';
import { signedUpClient, type ApiClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced, type CollaborationClient } from '../../helpers/collaboration-client';
import { eventually } from '../../helpers/eventually';
import { positionsOfText } from '../../helpers/text-positions';
import { startServerWithStandard, type TestServer } from '../../helpers/test-server';
import { createClauseElement, topLevelElements } from '../../helpers/yjs-clauses';

interface CommentList {
  comments: Array<{
    id: string;
    clauseId: string;
    clauseNumber: string | null;
    status: string;
    submitter: Record<string, string>;
    comment: string;
    anchor: { start: string; end: string; quote: string } | null;
  }>;
}


/** The text an anchor covers in a live Yjs document, resolved the way the editor does. */
function textAtAnchor(document: Y.Doc, anchor: { start: string; end: string }): string | null {
  const fragment = document.getXmlFragment(collaborationFragmentName);
  const { doc, mapping } = initProseMirrorDoc(fragment, documentSchema);
  const [start, end] = [relativePositionFromText(anchor.start), relativePositionFromText(anchor.end)];
  const from = start && relativePositionToAbsolutePosition(document, fragment, start, mapping);
  const to = end && relativePositionToAbsolutePosition(document, fragment, end, mapping);
  return typeof from === 'number' && typeof to === 'number' ? doc.textBetween(from, to) : null;
}

const stakeholderProfile = { fullName: '张工', organisation: '某检测研究院', email: 'zhang@example.com', phone: '010-12345678' };

describe('the public comment period over HTTP', () => {
  let server: TestServer;
  let secretariat: ApiClient;
  let standardId: string;
  let writer: CollaborationClient;
  let periodId: string;
  let stakeholder: ApiClient;
  const targetClauseId = 'clause-5-2';

  async function clauseNumberOfComment(commentId: string): Promise<string | null | undefined> {
    const list = (await secretariat.get(`/api/standards/${standardId}/comments`)).body as CommentList;
    return list.comments.find((comment) => comment.id === commentId)?.clauseNumber;
  }

  function chapterFive(): Y.XmlElement {
    const chapter = topLevelElements(writer.document).find((element) => element.getAttribute('id') === 'chapter-5');
    if (!chapter) throw new Error('chapter 5 is missing');
    return chapter;
  }

  beforeAll(async () => {
    ({ server, secretariat, standardId } = await startServerWithStandard());
    writer = connectCollaborationClient(secretariat, standardId);
    await waitForSynced(writer);
    const fragment = writer.document.getXmlFragment(collaborationFragmentName);
    writer.document.transact(() => {
      const chapterFour = createClauseElement('chapter-4', '要求');
      const chapterFiveElement = createClauseElement('chapter-5', '试验方法');
      chapterFiveElement.delete(1, 1);
      chapterFiveElement.insert(1, [createClauseElement('clause-5-1', '试验条件'), createClauseElement(targetClauseId, '试验步骤')]);
      fragment.insert(fragment.length, [chapterFour, chapterFiveElement]);
    });
    await waitForAllSaved(writer);
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    const opened = await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString() });
    expect(opened.status).toBe(201);
    periodId = (opened.body as { id: string }).id;
    stakeholder = await signedUpClient(server.url, 'stakeholder', '张工');
  });
  afterAll(async () => {
    writer.destroy();
    await server.stop();
  });

  it('shows the period publicly and the frozen document to any signed-in person', async () => {
    const anonymous = await fetch(`${server.url}/api/comment-periods/${periodId}`);
    expect(await anonymous.json()).toMatchObject({ id: periodId, standardId, versionName: '征求意见稿', isOpen: true });
    const document = (await stakeholder.get(`/api/comment-periods/${periodId}/document`)).body as { outline: Array<{ number: string | null; title: string }> };
    expect(document.outline.map((item) => `${item.number ?? ''} ${item.title}`)).toContain('5.2 试验步骤');
  });

  it('asks a commenter to register first, then records the comment with its clause number', async () => {
    const comment = { clauseId: targetClauseId, type: 'te', comment: '试验步骤缺少预处理。', proposedChange: '增加预处理步骤。' };
    const unregistered = await stakeholder.post(`/api/comment-periods/${periodId}/comments`, comment);
    expect(unregistered.status).toBe(409);
    expect(unregistered.body).toMatchObject({ error: { code: 'stakeholder_profile_required' } });
    expect((await stakeholder.request('PUT', '/api/me/stakeholder-profile', stakeholderProfile)).status).toBe(200);
    const submitted = await stakeholder.post(`/api/comment-periods/${periodId}/comments`, comment);
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ clauseNumber: '5.2' });
    expect((await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { ...comment, clauseId: 'no-such-clause' })).status).toBe(400);
    expect((await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { ...comment, type: 'xx' })).status).toBe(400);
  });

  it('anchors a selected passage with Yjs relative positions that follow the text through later edits', async () => {
    const frozen = (await stakeholder.get(`/api/comment-periods/${periodId}/document`)).body as { document: Record<string, unknown> };
    const passage = positionsOfText(ProseMirrorNode.fromJSON(documentSchema, frozen.document), '步骤');
    const submitted = await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId: targetClauseId, type: 'ed', comment: '步骤改为程序', passage });
    expect(submitted.status).toBe(201);
    const { id } = submitted.body as { id: string };
    const listed = ((await secretariat.get(`/api/standards/${standardId}/comments`)).body as CommentList).comments.find((comment) => comment.id === id);
    expect(listed?.anchor).toMatchObject({ quote: '步骤' });
    const anchor = listed?.anchor;
    if (!anchor) throw new Error('the comment has no anchor');
    expect(textAtAnchor(writer.document, anchor)).toBe('步骤');

    const title = (chapterFive().get(2) as Y.XmlElement).get(0) as Y.XmlElement;
    (title.get(0) as Y.XmlText).insert(0, '规定的');
    (title.get(0) as Y.XmlText).insert('规定的试验'.length, '的');
    await waitForAllSaved(writer);
    expect((title.get(0) as Y.XmlText).toString()).toBe('规定的试验的步骤');
    expect(textAtAnchor(writer.document, anchor)).toBe('步骤');

    const outsideTheClause = { from: passage.from - 20, to: passage.to };
    expect((await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId: targetClauseId, type: 'ed', comment: '跨条', passage: outsideTheClause })).status).toBe(400);
    expect((await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId: targetClauseId, type: 'ed', comment: '空', passage: { from: 5, to: 5 } })).status).toBe(400);
  });

  it('keeps a comment on its clause with the current number after inserts, a move and edits, and detaches it when the clause is deleted', async () => {
    const { id } = (await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId: targetClauseId, type: 'ed', comment: '用词' })).body as { id: string };
    expect(await clauseNumberOfComment(id)).toBe('5.2');

    const fragment = writer.document.getXmlFragment(collaborationFragmentName);
    fragment.insert(1, [createClauseElement('new-chapter', '总则')]);
    await waitForAllSaved(writer);
    expect(await clauseNumberOfComment(id)).toBe('6.2');

    writer.document.transact(() => {
      const chapter = chapterFive();
      const target = chapter.get(2) as Y.XmlElement;
      const copy = target.clone();
      chapter.delete(2, 1);
      chapter.insert(1, [copy]);
    });
    await waitForAllSaved(writer);
    expect(await clauseNumberOfComment(id)).toBe('6.1');

    ((chapterFive().get(1) as Y.XmlElement).get(0) as Y.XmlElement).insert(0, [new Y.XmlText('修改后的')]);
    await waitForAllSaved(writer);
    expect(await clauseNumberOfComment(id)).toBe('6.1');

    chapterFive().delete(1, 1);
    await waitForAllSaved(writer);
    expect(await clauseNumberOfComment(id)).toBeNull();
  });

  it('never shows a stakeholder the live draft or anyone’s contact details', async () => {
    expect((await stakeholder.post('/api/collab/ticket', { standardId })).status).toBe(404);
    expect((await stakeholder.get(`/api/standards/${standardId}/comments`)).status).toBe(404);
    const other = await signedUpClient(server.url, 'other', '李工');
    await other.request('PUT', '/api/me/stakeholder-profile', { fullName: '李工', organisation: '某企业', email: 'li@example.com' });
    await other.post(`/api/comment-periods/${periodId}/comments`, { clauseId: 'clause-5-1', type: 'ge', comment: '其他意见' });
    const mine = (await stakeholder.get('/api/me/comments')).body as CommentList;
    expect(mine.comments.every((comment) => comment.submitter.displayName === '张工')).toBe(true);
    const everything = JSON.stringify((await secretariat.get(`/api/standards/${standardId}/comments`)).body);
    expect(everything).toContain('某企业');
    expect(everything).not.toContain('li@example.com');
    expect(everything).not.toContain('zhang@example.com');
    expect(everything).not.toContain('010-12345678');
  });

  it('lets commenters edit and withdraw their own comments only', async () => {
    const { id } = (await stakeholder.post(`/api/comment-periods/${periodId}/comments`, { clauseId: targetClauseId, type: 'ge', comment: '初稿意见' })).body as { id: string };
    const other = await signedUpClient(server.url, 'third', '王工');
    expect((await other.request('PUT', `/api/comments/${id}`, { type: 'ge', comment: '篡改' })).status).toBe(404);
    expect((await stakeholder.request('PUT', `/api/comments/${id}`, { type: 'te', comment: '修改后的意见' })).status).toBe(200);
    expect((await stakeholder.post(`/api/comments/${id}/withdraw`)).status).toBe(200);
    const mine = (await stakeholder.get('/api/me/comments')).body as CommentList;
    expect(mine.comments.find((comment) => comment.id === id)).toMatchObject({ status: 'withdrawn', comment: '修改后的意见', clauseNumber: '5.2' });
    expect((await stakeholder.request('PUT', `/api/comments/${id}`, { type: 'te', comment: '再改' })).status).toBe(403);
  });

  it('refuses submissions after the end time, and only the secretariat opens or extends periods', async () => {
    const versionId = ((await secretariat.get(`/api/standards/${standardId}/versions`)).body as { versions: Array<{ id: string }> }).versions[0]?.id ?? '';
    const drafterLike = await signedUpClient(server.url, 'notmember');
    expect((await drafterLike.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 60_000).toISOString() })).status).toBe(404);
    const short = (await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 1500).toISOString() })).body as { id: string };
    expect((await stakeholder.post(`/api/comment-periods/${short.id}/comments`, { clauseId: targetClauseId, type: 'ge', comment: '及时' })).status).toBe(201);
    await eventually(async () => expect(((await stakeholder.get(`/api/comment-periods/${short.id}`)).body as { isOpen: boolean }).isOpen).toBe(false));
    const late = await stakeholder.post(`/api/comment-periods/${short.id}/comments`, { clauseId: targetClauseId, type: 'ge', comment: '迟到' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: { code: 'comment_period_closed' } });
    const extended = await secretariat.post(`/api/comment-periods/${short.id}/extend`, { endsAt: new Date(Date.now() + 60_000).toISOString(), reason: '应企业要求延长' });
    expect(extended.body).toMatchObject({ isOpen: true });
    expect((await stakeholder.post(`/api/comment-periods/${short.id}/comments`, { clauseId: targetClauseId, type: 'ge', comment: '延长后' })).status).toBe(201);
  });

  it('keeps the standard in public comment while its latest comment period is still running', async () => {
    expect((await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'public_comment' })).status).toBe(200);
    const refused = await secretariat.post(`/api/standards/${standardId}/stage`, { to: 'technical_review' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'stage_gate_blocked', message: expect.stringContaining('comment_period_not_ended') } });
    const overview = (await secretariat.get(`/api/standards/${standardId}/stage`)).body as { next: Array<{ to: string; blockedBy: { id: string } | null }> };
    expect(overview.next.find((next) => next.to === 'technical_review')?.blockedBy?.id).toBe('comment_period_not_ended');
  });
});
