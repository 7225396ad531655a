import { getSchema } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { createDocumentExtensions } from '../../../../shared/editor/document-extensions';

export const schema = getSchema(createDocumentExtensions());

export function text(value: string): JSONContent {
  return { type: 'text', text: value };
}

export function paragraph(value = '', ...inline: JSONContent[]): JSONContent {
  const content = [...(value ? [text(value)] : []), ...inline];
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function clause(id: string, title: string, ...body: JSONContent[]): JSONContent {
  return { type: 'clause', attrs: { id }, content: [{ type: 'clauseTitle', content: title ? [text(title)] : undefined }, ...body] };
}

export function table(id: string, title: string): JSONContent {
  const row = (type: string) => ({ type: 'tableRow', content: [{ type, content: [paragraph('x')] }, { type, content: [paragraph()] }] });
  return { type: 'tableBlock', attrs: { id }, content: [{ type: 'tableTitle', content: [text(title)] }, { type: 'table', content: [row('tableHeader'), row('tableCell')] }] };
}

export function annex(id: string, title: string, ...body: JSONContent[]): JSONContent {
  return { type: 'annex', attrs: { id, normative: true }, content: [{ type: 'annexTitle', content: [text(title)] }, ...body] };
}

export function term(id: string, chinese: string, english: string, definition: string): JSONContent {
  return {
    type: 'termEntry',
    attrs: { id },
    content: [
      { type: 'termChinese', content: [text(chinese)] },
      { type: 'termEnglish', content: [text(english)] },
      { type: 'termDefinition', content: [text(definition)] },
    ],
  };
}

/** A small standard with one of each numbered element, built against the shared schema and checked. */
export function sampleStandard(): ProseMirrorNode {
  const document = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'cover', attrs: { proposingUnit: '中国标准化协会', draftingUnits: '某研究院' } },
      { type: 'foreword', content: [paragraph('本文件按照GB/T 1.1—2020的规定起草。')] },
      clause('c1', '范围', paragraph('本文件规定了要求，见', { type: 'crossReference', attrs: { targetId: 't2' } }, text('。')), { type: 'note', attrs: { id: 'n1' }, content: [paragraph('注的内容')] }),
      clause('c2', '规范性引用文件', { type: 'referenceEntry', attrs: { id: 'r1', documentNumber: 'GB/T 1.1—2020' }, content: [text('标准化工作导则')] }),
      clause('c3', '术语和定义', paragraph('下列术语和定义适用于本文件。'), term('e1', '充电器', 'charger', '为蓄电池充电的装置')),
      clause('c4', '要求', paragraph('充电器应可靠', { type: 'footnote', attrs: { text: '见附录A。' } }), table('t1', '充电参数'), { type: 'formula', attrs: { id: 'f1', numbered: true }, content: [text('P = U × I')] }, clause('c41', '一般要求', paragraph('通用条款内容')), clause('c42', '特殊要求', paragraph('专用条款内容'))),
      annex('a1', '试验方法', paragraph('试验如下。'), table('t2', '试验条件')),
    ],
  });
  document.check();
  return document;
}
