import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';
import type { IndexedNode, UnitIndex } from '../unit-index';

const leadInPattern = /^(?:下列|.+界定的以及下列)(?:符号|缩略语|符号和缩略语|符号、代号和缩略语|代号)适用于本文件。$/;
/** "P——功率", "P：功率", "P\u3000功率": the symbol before the dash, colon or space. */
const entryPattern = /^([^\s\u3000：:—]+)[\s\u3000]*(?:——|—|：|:|[\s\u3000])/;

function isSymbolsChapter(unit: UnitIndex): boolean {
  return unit.isSectionRoot && unit.chapterRole === 'symbolsAndAbbreviations';
}

/** The chapter's own paragraphs (not those in lists or notes), in order, with their positions. */
function paragraphsOf(unit: UnitIndex): IndexedNode[] {
  const paragraphs: IndexedNode[] = [];
  let position = 1;
  unit.node.forEach((child: ProseMirrorNode) => {
    if (child.type.name === nodeNames.paragraph && child.textContent.trim() !== '') paragraphs.push({ node: child, position, termEntry: null, targetId: unit.targetId });
    position += child.nodeSize;
  });
  return paragraphs;
}

/** 8.8: Latin capitals before small letters of the same letter, Latin before Greek, Greek before other symbols. */
function sortKeyOf(symbol: string): [number, string, number] {
  const first = symbol.charAt(0);
  if (/[A-Za-z]/.test(first)) return [0, first.toLowerCase() + symbol.slice(1).toLowerCase(), first === first.toUpperCase() ? 0 : 1];
  if (/[\u0370-\u03ff]/.test(first)) return [1, symbol.toLowerCase(), first === first.toUpperCase() ? 0 : 1];
  return [2, symbol, 0];
}

function comesBefore(first: string, second: string): boolean {
  const a = sortKeyOf(first);
  const b = sortKeyOf(second);
  if (a[0] !== b[0]) return a[0] < b[0];
  if (a[1].charAt(0) !== b[1].charAt(0)) return a[1] < b[1];
  if (a[2] !== b[2]) return a[2] < b[2];
  return a[1] <= b[1];
}

export const symbolsLeadIn: UnitLintRule = {
  id: 'symbols-lead-in',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.8',
  description: {
    zh: '“符号和缩略语”一章以引导语开头，如“下列符号适用于本文件。”',
    en: 'The symbols and abbreviations chapter opens with a lead-in such as "下列符号适用于本文件。".',
  },
  checkUnit(unit) {
    if (!isSymbolsChapter(unit)) return [];
    const first = paragraphsOf(unit)[0];
    if (first && leadInPattern.test(first.node.textContent.trim())) return [];
    return [findingAt(first ?? unit.itself, '本章应以引导语开头，如“下列符号适用于本文件。”或“下列缩略语适用于本文件。”', 'The chapter opens with a lead-in such as "下列符号适用于本文件。" or "下列缩略语适用于本文件。".')];
  },
};

export const symbolsNotNumbered: UnitLintRule = {
  id: 'symbols-not-numbered',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.8',
  description: {
    zh: '符号和缩略语不编号：每个一行，不用编号的列项，也不分条。',
    en: 'Symbols and abbreviations are not numbered: one per line, no numbered list and no clauses.',
  },
  checkUnit(unit) {
    if (!isSymbolsChapter(unit)) return [];
    const findings: LintFinding[] = [];
    const numberedList = unit.nodesOfType(nodeNames.orderedList)[0];
    if (numberedList) findings.push(findingAt(numberedList, '符号和缩略语不应编号；请把编号的列项改为每个符号一段。', 'Symbols and abbreviations are not numbered; turn the numbered list into one paragraph per symbol.'));
    if (unit.subunits.length > 0) {
      findings.push(findingAt(unit.itself, '本章的符号和缩略语不应分条编号；请将各条的内容移到本章下。', 'The symbols and abbreviations are not split into numbered clauses; move them into the chapter itself.'));
    }
    return findings;
  },
};

export const symbolsInOrder: UnitLintRule = {
  id: 'symbols-in-order',
  severity: 'warning',
  source: 'GB/T 1.1-2020 8.8',
  description: {
    zh: '符号和缩略语按字母顺序排列：拉丁字母在前（大写在小写之前），希腊字母其次，其他符号在后。',
    en: 'Symbols and abbreviations are in alphabetical order: Latin letters first (capitals before small letters), then Greek, then other symbols.',
  },
  checkUnit(unit) {
    if (!isSymbolsChapter(unit)) return [];
    const entries = paragraphsOf(unit)
      .filter((paragraph) => !leadInPattern.test(paragraph.node.textContent.trim()))
      .map((paragraph) => ({ paragraph, symbol: entryPattern.exec(paragraph.node.textContent.trim())?.[1] ?? null }))
      .filter((entry): entry is { paragraph: IndexedNode; symbol: string } => entry.symbol !== null);
    for (let index = 1; index < entries.length; index += 1) {
      const previous = entries[index - 1];
      const current = entries[index];
      if (!previous || !current || comesBefore(previous.symbol, current.symbol)) continue;
      return [
        findingAt(
          current.paragraph,
          `“${current.symbol}”应排在“${previous.symbol}”之前：符号和缩略语按字母顺序排列。`,
          `"${current.symbol}" belongs before "${previous.symbol}": symbols and abbreviations are in alphabetical order.`,
        ),
      ];
    }
    return [];
  },
};
