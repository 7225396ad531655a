import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** Numbers and labels the document derives from order, typed by hand at the start of a title or a note. */
const typedNumberPatterns: ReadonlyMap<string, RegExp> = new Map([
  [nodeNames.clauseTitle, /^(?:第\s*[0-9一二三四五六七八九十百]+\s*[章条节]|[A-Z](?:\.\d+)+|\d+(?:\.\d+)+|\d+(?=[\s\u3000、．.]))/],
  [nodeNames.annexTitle, /^(?:附录\s*[A-Z]|[（(]\s*(?:规范性|资料性)\s*[）)])/],
  [nodeNames.tableTitle, /^表\s*(?:[A-Z]\.)?\d+/],
  [nodeNames.figureTitle, /^图\s*(?:[A-Z]\.)?\d+/],
  [nodeNames.termChinese, /^\d+(?:\.\d+)+/],
]);
const notePattern = /^注\s*\d*\s*[：:]/;
const examplePattern = /^示例\s*\d*\s*[：:]/;

export const typedNumber: UnitLintRule = {
  id: 'typed-number',
  severity: 'warning',
  source: 'GB/T 1.1-2020 7.4',
  description: {
    zh: '章条编号、附录编号、表号、图号、术语条目编号以及“注：”“示例：”由系统按顺序自动生成，不应手工输入。',
    en: 'Clause, annex, table, figure and term numbers and the "注：" / "示例：" labels are generated from document order and must not be typed.',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const block of unit.textBlocks) {
      const typed = typedNumberPatterns.get(block.node.type.name)?.exec(block.text.trimStart());
      if (!typed) continue;
      findings.push(
        findingAt(
          block,
          `“${typed[0]}”是手工输入的编号；编号由系统按顺序自动生成，请删除。`,
          `"${typed[0]}" is a typed number; numbers are generated from document order, so delete it.`,
        ),
      );
    }
    const labelled = [
      ...unit.nodesOfType(nodeNames.note).map((note) => ({ indexed: note, pattern: notePattern })),
      ...unit.nodesOfType(nodeNames.example).map((example) => ({ indexed: example, pattern: examplePattern })),
    ];
    for (const { indexed, pattern } of labelled) {
      const typed = pattern.exec(indexed.node.firstChild?.textContent.trimStart() ?? '');
      if (!typed) continue;
      findings.push(
        findingAt(
          indexed,
          `“${typed[0]}”是手工输入的标签；“注：”“示例：”及其编号由系统自动生成，请删除。`,
          `"${typed[0]}" is a typed label; the "注：" and "示例：" labels and their numbers are generated, so delete it.`,
        ),
      );
    }
    return findings;
  },
};
