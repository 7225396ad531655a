import { getSchema } from '@tiptap/core';
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentNameForStandard } from '../../../shared/collab/document-name';
import { forewordPatentSentence, forewordStandardSentence, normativeReferencesLeadIn, termsAndDefinitionsLeadIn } from '../../../shared/document/skeleton';
import { collaborationFragmentName, createDocumentExtensions } from '../../../shared/editor/document-extensions';
import { createStandard } from '../../../server/commands/create-standard';
import { loadMembership } from '../../../server/commands/load-membership';
import { readStoredDocument } from '../../../server/db/repos/document-storage';
import { findStandardById } from '../../../server/db/repos/standards';
import { insertTestUser, openTestDatabase } from '../../helpers/test-database';

describe('createStandard', () => {
  const connection = openTestDatabase();
  afterAll(() => connection.remove());

  it('stores the project in stage drafting, makes its creator secretariat and seeds the GB/T 1.1 skeleton', () => {
    const creator = insertTestUser(connection, 'creator');
    const standard = createStandard({
      database: connection.database,
      creatorId: creator.id,
      request: { title: '智能制造 术语', bodyCode: 'CAS', sequenceNumber: '290' },
      now: new Date('2026-11-21T00:00:00Z'),
    });

    expect(findStandardById(connection.database, standard.id)).toMatchObject({ title: '智能制造 术语', stage: 'drafting', bodyCode: 'CAS' });
    expect(loadMembership(connection.database, standard.id, creator.id)).toEqual({ role: 'secretariat' });

    const stored = readStoredDocument(connection.database, documentNameForStandard(standard.id));
    expect(stored.snapshot).not.toBeNull();
    const document = new Y.Doc();
    Y.applyUpdate(document, stored.snapshot ?? new Uint8Array());
    const json = yXmlFragmentToProsemirrorJSON(document.getXmlFragment(collaborationFragmentName));
    const node = getSchema(createDocumentExtensions()).nodeFromJSON(json);
    node.check();

    const chapters: Array<{ id: string; title: string; text: string }> = [];
    node.forEach((child) => {
      if (child.type.name === 'clause') chapters.push({ id: String(child.attrs.id), title: child.child(0).textContent, text: child.textContent.slice(child.child(0).textContent.length) });
    });
    expect(chapters.map((chapter) => chapter.title)).toEqual(['范围', '规范性引用文件', '术语和定义']);
    expect(chapters[1]?.text).toBe(normativeReferencesLeadIn);
    expect(chapters[2]?.text).toBe(termsAndDefinitionsLeadIn);
    expect(new Set(chapters.map((chapter) => chapter.id)).size).toBe(3);
    expect(node.child(0).type.name).toBe('cover');
    expect(node.child(0).attrs).toMatchObject({ titleChinese: '智能制造 术语', titleEnglish: '', bodyCode: 'CAS', sequenceNumber: '290' });
    expect(node.child(1).type.name).toBe('foreword');
    expect(node.child(1).textContent).toBe(`${forewordStandardSentence}${forewordPatentSentence}`);
  });
});
