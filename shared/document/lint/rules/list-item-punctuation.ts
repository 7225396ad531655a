import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

function isList(node: ProseMirrorNode): boolean {
  return node.type.name === nodeNames.bulletList || node.type.name === nodeNames.orderedList;
}

/** The text of an item's first paragraph, where its own punctuation is. */
function itemText(item: ProseMirrorNode): string {
  return item.firstChild?.textContent.trim() ?? '';
}

/**
 * The items of a list that carry punctuation: each but the last ends with "；" and the last with "。" (a list whose
 * items end with no punctuation at all, or each with "。" as whole sentences, is left alone).
 */
function firstBadItem(list: ProseMirrorNode): { text: string; expected: '；' | '。' } | null {
  const texts: string[] = [];
  list.forEach((item) => texts.push(itemText(item)));
  if (!texts.some((text) => text.endsWith('；'))) return null;
  for (const [index, text] of texts.entries()) {
    const expected = index === texts.length - 1 ? '。' : '；';
    if (!text.endsWith(expected)) return { text, expected };
  }
  return null;
}

export const listItemPunctuation: UnitLintRule = {
  id: 'list-item-punctuation',
  severity: 'info',
  source: 'GB/T 1.1-2020 7.5',
  description: {
    zh: '列项中各项之后用分号“；”，最后一项之后用句号“。”。',
    en: 'List items end with "；", and the last one with "。".',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    let position = 1;
    unit.node.forEach((child) => {
      if (isList(child)) {
        const bad = firstBadItem(child);
        if (bad) {
          findings.push(
            findingAt(
              { position, targetId: unit.targetId },
              `列项“${bad.text.slice(0, 20)}”之后应使用“${bad.expected}”：各项之后用分号，最后一项之后用句号。`,
              `The list item "${bad.text.slice(0, 20)}" ends with "${bad.expected}": items end with "；", the last with "。".`,
            ),
          );
        }
      }
      position += child.nodeSize;
    });
    return findings;
  },
};
