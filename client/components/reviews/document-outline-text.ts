import { nodeNames } from '../../../shared/editor/node-names';

/** A node of ProseMirror JSON as the server sends it. */
export interface DocumentJson {
  type?: unknown;
  text?: unknown;
  content?: unknown;
}

/** One line of the plain reading of a draft: a numbered heading, or a paragraph of text. */
export type DocumentLine = { kind: 'heading'; level: number; text: string } | { kind: 'paragraph'; text: string; prefix: string | null };

function childrenOf(node: DocumentJson): DocumentJson[] {
  return Array.isArray(node.content) ? node.content.filter((child): child is DocumentJson => typeof child === 'object' && child !== null) : [];
}

function textOf(node: DocumentJson): string {
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node).map(textOf).join('');
}

const headingNodes = new Set<unknown>([nodeNames.clauseTitle, nodeNames.annexTitle]);
const prefixedBlocks: Record<string, 'note' | 'example'> = { [nodeNames.note]: 'note', [nodeNames.example]: 'example' };
const annexLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

interface Labels {
  foreword: string;
  introduction: string;
  bibliography: string;
  annex: (letter: string) => string;
  note: string;
  example: string;
}

/**
 * The draft as headings and paragraphs, numbered the simple way (chapters 1, 2 …, clauses 1.1 …, annexes A, B …):
 * enough for a panel member to read the 送审稿 without the editor. The exact numbering lives in the exports.
 */
export function documentLines(document: DocumentJson, labels: Labels): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let chapter = 0;
  let annex = 0;

  function walk(node: DocumentJson, number: string, level: number): void {
    let child = 0;
    for (const part of childrenOf(node)) {
      const type = part.type;
      if (headingNodes.has(type)) {
        lines.push({ kind: 'heading', level, text: `${number}${number === '' ? '' : '\u3000'}${textOf(part)}` });
      } else if (type === nodeNames.clause || type === nodeNames.termEntry) {
        child += 1;
        if (type === nodeNames.termEntry) {
          const [chinese, english, ...rest] = childrenOf(part);
          lines.push({ kind: 'heading', level: level + 1, text: `${number}.${child}\u3000${textOf(chinese ?? {})} ${textOf(english ?? {})}`.trim() });
          for (const block of rest) lines.push({ kind: 'paragraph', text: textOf(block), prefix: null });
        } else {
          walk(part, `${number}.${child}`, level + 1);
        }
      } else if (typeof type === 'string' && type in prefixedBlocks) {
        lines.push({ kind: 'paragraph', text: textOf(part), prefix: prefixedBlocks[type] === 'note' ? labels.note : labels.example });
      } else if (type === nodeNames.bulletList || type === nodeNames.orderedList) {
        for (const item of childrenOf(part)) lines.push({ kind: 'paragraph', text: textOf(item), prefix: '—' });
      } else if (type === nodeNames.tableRow) {
        lines.push({ kind: 'paragraph', text: childrenOf(part).map(textOf).join(' | '), prefix: null });
      } else if (childrenOf(part).some((grandchild) => typeof grandchild.text === 'string')) {
        lines.push({ kind: 'paragraph', text: textOf(part), prefix: null });
      } else {
        walk(part, number, level);
      }
    }
  }

  for (const part of childrenOf(document)) {
    const type = part.type;
    if (type === nodeNames.cover) continue;
    if (type === nodeNames.foreword || type === nodeNames.introduction || type === nodeNames.bibliography) {
      const heading = type === nodeNames.foreword ? labels.foreword : type === nodeNames.introduction ? labels.introduction : labels.bibliography;
      lines.push({ kind: 'heading', level: 1, text: heading });
      walk(part, '', 2);
    } else if (type === nodeNames.clause) {
      chapter += 1;
      walk(part, String(chapter), 1);
    } else if (type === nodeNames.annex) {
      const letter = annexLetters[annex] ?? String(annex + 1);
      annex += 1;
      lines.push({ kind: 'heading', level: 1, text: labels.annex(letter) });
      walk(part, letter, 1);
    }
  }
  return lines.filter((line) => line.text.trim() !== '');
}
