import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import fc from 'fast-check';
import { forewordStandardSentence, noNormativeReferencesSentence, noTermsSentence, normativeReferencesLeadIn, termsAndDefinitionsLeadIn } from '../../../shared/document/skeleton';
import { documentSchema } from '../../helpers/build-document';
import { clause, crossReference, figure, footnote, formula, note, orderedList, paragraph, referenceEntry, tableBlock, termEntry } from '../../helpers/standard-builder';

/** One edit a drafter could make; the numbers pick where, which node and what, whatever the document looks like. */
export interface DocumentEdit {
  kind: 'type' | 'replaceText' | 'deleteText' | 'deleteNode' | 'insertNode' | 'moveNode' | 'copyNode' | 'setAttribute' | 'insertInline';
  /** Picks the block or node to edit. */
  target: number;
  /** Picks the offset, the destination or the value. */
  choice: number;
  /** Picks the text typed or the node inserted. */
  content: number;
}

/** Text that rules look at: requirement wording, document numbers, typed labels, look-alike digits, chapter roles, terms. */
const typedTexts = [
  '字',
  '应',
  '宜采用',
  'GB/T 1.1—2020',
  'GB/T 9999—2001',
  'GB/T 10037.2',
  'ISO 9001:2015',
  '表1',
  '图1',
  '附录A',
  '附录B',
  '4.O.1',
  '２０２０',
  '。',
  '：',
  '注：',
  '是指',
  '外壳耐温性能指标1',
  '电源模块绝缘电阻指标2',
  '范围',
  '术语和定义',
  '规范性引用文件',
  '符号和缩略语',
  '第3章',
  ' ',
];

const titleTexts = ['', '范围', '规范性引用文件', '术语和定义', '符号和缩略语', '参考文献', '试验方法', '5.1 试验方法', '第4章 要求', '附录A 数据', '表2 参数', '图3 装置', '试验方法。'];

/** Whole texts, by the type of block they replace, that change what rules decide. */
const replacementTexts: Record<string, readonly string[]> = {
  clauseTitle: titleTexts,
  annexTitle: titleTexts,
  tableTitle: titleTexts,
  figureTitle: titleTexts,
  // Phrases the body already uses, so renaming a term to one of them changes what counts as used.
  termChinese: ['', '外壳耐温性能指标1', '电源模块绝缘电阻指标2', '3.1 材料', '试验设备', '环境温度', '样品'],
  termEnglish: ['', 'material'],
  termDefinition: ['', '是指一种材料。', '样品应干燥的状态', '表征产品的量值'],
  formula: ['', 'x = 1'],
  referenceEntry: ['', '标准化工作指南'],
  paragraph: [
    '',
    '注：说明',
    '示例：样品',
    '样品应干燥。',
    'GB/T 1.1-2020',
    forewordStandardSentence,
    '本文件按照GB/T 1.1的规定起草。',
    termsAndDefinitionsLeadIn,
    noTermsSentence,
    normativeReferencesLeadIn,
    noNormativeReferencesSentence,
  ],
};

const insertedIds = ['edit-a', 'edit-b', 'clause-0-0', 'term-1', 'reference-2', 'chapter-scope'];

function insertedNode(content: number): JSONContent {
  const id = insertedIds[content % insertedIds.length] ?? 'edit-a';
  const blocks: JSONContent[] = [
    clause(id, '新增条', paragraph('新增条的内容应符合GB/T 1.1—2020。')),
    clause(id, '', paragraph('无标题的条。')),
    clause(id, '只有标题'),
    // Nested clauses whose findings depend on where they stand: no id of their own, a term or a reference inside, an unlisted citation.
    clause('', '无标识的条', paragraph('样品应符合GB/T 9999—2001的规定。')),
    clause(id, '条中的术语', termEntry({ id: `${id}-term`, chinese: '条中术语', english: '', definition: '' })),
    clause(id, '条中的引用文件', referenceEntry(`${id}-reference`, '', '无编号的文件')),
    tableBlock({ id, title: '新增表', rows: [['项目', '要求'], ['温度', '≥5']] }),
    tableBlock({ id, title: '', rows: [['甲', '乙']], notes: [['表注中应注明单位。']], footnotes: [['适用于', footnote('脚注。'), '。'], ['其他。']] }),
    note(id, '注中不应有要求。'),
    paragraph('见', crossReference(id), '及', crossReference('clause-0-1'), '。'),
    paragraph('数值按规定修约', footnote('修约间隔为1。'), '。'),
    termEntry({ id, chinese: '新增术语', english: 'new term', definition: '是指新增的术语。' }),
    referenceEntry(id, 'GB/T 20000.2—2009', '标准化工作指南　第2部分'),
    figure({ id, title: '示意图' }),
    formula(id, ''),
    orderedList(['甲；', '乙。'], 3),
    paragraph('试验结果见表1和附录B。'),
  ];
  return blocks[content % blocks.length] ?? paragraph();
}

interface Located {
  node: ProseMirrorNode;
  position: number;
}

const movableTypes = new Set(['clause', 'tableBlock', 'note', 'example', 'figure', 'formula', 'termEntry', 'referenceEntry', 'paragraph', 'orderedList', 'bulletList', 'annex']);
const containerTypes = new Set(['doc', 'clause', 'annex', 'bibliography', 'foreword', 'introduction', 'termEntry', 'note']);

function collect(document: ProseMirrorNode): { textblocks: Located[]; movable: Located[]; boundaries: number[]; attributed: Located[] } {
  const textblocks: Located[] = [];
  const movable: Located[] = [];
  const attributed: Located[] = [];
  const boundaries: number[] = [];
  const containerBoundaries = (node: ProseMirrorNode, contentStart: number): void => {
    let position = contentStart;
    boundaries.push(position);
    node.forEach((child) => {
      position += child.nodeSize;
      boundaries.push(position);
    });
  };
  containerBoundaries(document, 0);
  document.descendants((node, position) => {
    if (node.isTextblock) textblocks.push({ node, position });
    if (movableTypes.has(node.type.name)) movable.push({ node, position });
    if (containerTypes.has(node.type.name)) containerBoundaries(node, position + 1);
    if (['crossReference', 'referenceEntry', 'footnote', 'figure', 'orderedList', 'formula'].includes(node.type.name)) attributed.push({ node, position });
    return true;
  });
  return { textblocks, movable, boundaries, attributed };
}

function pick<Item>(items: readonly Item[], seed: number): Item | undefined {
  return items.length === 0 ? undefined : items[seed % items.length];
}

/** Picks a node type first, then a node of that type, so rare types (titles, term parts) are edited as often as paragraphs. */
function pickByType(located: readonly Located[], seed: number): Located | undefined {
  const types = [...new Set(located.map(({ node }) => node.type.name))];
  const type = pick(types, seed);
  return pick(
    located.filter(({ node }) => node.type.name === type),
    Math.floor(seed / Math.max(1, types.length)),
  );
}

function changedAttributes(located: Located, edit: DocumentEdit, document: ProseMirrorNode): Record<string, unknown> {
  const ids: string[] = [];
  document.descendants((node) => {
    if (typeof node.attrs.id === 'string' && node.attrs.id !== '') ids.push(node.attrs.id);
    return true;
  });
  switch (located.node.type.name) {
    case 'crossReference':
      return { targetId: edit.content % 5 === 0 ? 'gone' : (pick(ids, edit.choice) ?? '') };
    case 'referenceEntry':
      return { documentNumber: pick(['', 'GB/T 1.1—2020', 'GB/T 10037.2—2011', 'ISO 9001:2015', 'GB/T 20001（所有部分）', 'GB/T 1.1-2020'], edit.content) };
    case 'footnote':
      return { text: pick(['', '修约间隔为0.1。', '见GB/T 9999—2001。'], edit.content) };
    case 'figure':
      return { imageId: pick(['', 'image-1'], edit.content) };
    case 'orderedList':
      return { start: pick([1, 2, 3], edit.content) };
    default:
      return { numbered: edit.content % 2 === 0 };
  }
}

function transformFor(document: ProseMirrorNode, edit: DocumentEdit): Transform | null {
  const { textblocks, movable, boundaries, attributed } = collect(document);
  const transform = new Transform(document);
  const block = pickByType(textblocks, edit.target);
  switch (edit.kind) {
    case 'type': {
      if (!block) return null;
      const position = block.position + 1 + (edit.choice % (block.node.content.size + 1));
      return transform.insert(position, documentSchema().text(typedTexts[edit.content % typedTexts.length] ?? '字'));
    }
    case 'replaceText': {
      if (!block) return null;
      const texts = replacementTexts[block.node.type.name] ?? ['', '文字'];
      const text = texts[edit.content % texts.length] ?? '';
      const from = block.position + 1;
      const to = from + block.node.content.size;
      return text === '' ? transform.delete(from, to) : transform.replaceWith(from, to, documentSchema().text(text));
    }
    case 'deleteText': {
      if (!block || block.node.content.size === 0) return null;
      const from = block.position + 1 + (edit.choice % block.node.content.size);
      const to = Math.min(block.position + 1 + block.node.content.size, from + 1 + (edit.content % 6));
      return transform.delete(from, to);
    }
    case 'insertInline': {
      if (!block || !block.node.type.spec.content?.includes('inline')) return null;
      const position = block.position + 1 + (edit.choice % (block.node.content.size + 1));
      const inline = edit.content % 2 === 0 ? footnote(edit.content % 4 === 0 ? '' : '脚注。') : crossReference(pick(insertedIds, edit.content) ?? 'edit-a');
      return transform.insert(position, documentSchema().nodeFromJSON(inline));
    }
    case 'deleteNode': {
      const located = pickByType(movable, edit.target);
      return located ? transform.delete(located.position, located.position + located.node.nodeSize) : null;
    }
    case 'insertNode': {
      const position = pick(boundaries, edit.choice);
      return position === undefined ? null : transform.insert(position, documentSchema().nodeFromJSON(insertedNode(edit.content)));
    }
    case 'moveNode': {
      const located = pickByType(movable, edit.target);
      const destination = pick(boundaries, edit.choice);
      if (!located || destination === undefined) return null;
      transform.delete(located.position, located.position + located.node.nodeSize);
      return transform.insert(transform.mapping.map(destination), located.node);
    }
    case 'copyNode': {
      // The very same node object then stands twice in the document, as after pasting what was copied.
      const located = pickByType(movable, edit.target);
      const destination = pick(boundaries, edit.choice);
      return located && destination !== undefined ? transform.insert(destination, located.node) : null;
    }
    case 'setAttribute': {
      const located = pickByType(attributed, edit.target);
      if (!located) return null;
      return transform.setNodeMarkup(located.position, undefined, { ...located.node.attrs, ...changedAttributes(located, edit, document) });
    }
  }
}

/** The document after the edit, sharing every untouched node with the one before; null when the edit does not fit the schema. */
export function applyEdit(document: ProseMirrorNode, edit: DocumentEdit): ProseMirrorNode | null {
  try {
    const transform = transformFor(document, edit);
    if (!transform || !transform.docChanged) return null;
    transform.doc.check();
    return transform.doc;
  } catch {
    return null;
  }
}

/** The same document made of new nodes, so nothing remembered about the old ones applies: a computation from scratch. */
export function freshCopy(document: ProseMirrorNode): ProseMirrorNode {
  return documentSchema().nodeFromJSON(document.toJSON());
}

export const documentEdit: fc.Arbitrary<DocumentEdit> = fc.record({
  kind: fc.constantFrom<DocumentEdit['kind']>('type', 'type', 'type', 'replaceText', 'deleteText', 'deleteNode', 'insertNode', 'moveNode', 'copyNode', 'setAttribute', 'insertInline'),
  target: fc.nat(),
  choice: fc.nat(),
  content: fc.nat(),
});
