import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { numberDocument } from '../../shared/document/numbering';
import { createDocumentExtensions } from '../../shared/editor/document-extensions';

const schema = getSchema(createDocumentExtensions());

function clause(title: string, ...children: object[]): object {
  return { type: 'clause', content: [{ type: 'clauseTitle', content: [{ type: 'text', text: title }] }, { type: 'paragraph' }, ...children] };
}

describe('numberDocument: chapters and clauses', () => {
  it('numbers chapters and nested clauses from document order, skipping the foreword', () => {
    const document = schema.nodeFromJSON({
      type: 'doc',
      content: [
        { type: 'foreword', content: [{ type: 'paragraph' }] },
        clause('范围'),
        clause('要求', clause('一般要求'), clause('性能', clause('强度'), clause('硬度'))),
        clause('试验方法'),
      ],
    });
    const numbers = numberDocument(document)
      .elements.filter((element) => element.kind === 'clause')
      .map((element) => `${element.label} ${element.title}`);
    expect(numbers).toEqual(['1 范围', '2 要求', '2.1 一般要求', '2.2 性能', '2.2.1 强度', '2.2.2 硬度', '3 试验方法']);
  });
});
