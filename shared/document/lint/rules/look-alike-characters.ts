import { nodeNames } from '../../../editor/node-names';
import type { LocalizedText } from '../lint-types';
import type { UnitLintRule } from '../lint-rule';
import { findingAt, type LintFinding, type LintTarget } from '../lint-finding';
import { findLookAlikeCharacters } from '../look-alike-characters-detector';
import { textFactsOf } from '../node-text-facts';

const numberedCoverFields = ['icsCode', 'ccsCode', 'bodyCode', 'sequenceNumber', 'year'] as const;
const onTheCover: LocalizedText = { zh: '封面', en: 'Cover' };
const inAFootnote: LocalizedText = { zh: '脚注', en: 'Footnote' };

function report(findings: LintFinding[], target: LintTarget, found: LocalizedText | null, where: LocalizedText | null): void {
  if (!found) return;
  findings.push(where ? findingAt(target, `${where.zh}：${found.zh}`, `${where.en}: ${found.en}`) : findingAt(target, found.zh, found.en));
}

export const lookAlikeCharacters: UnitLintRule = {
  id: 'look-alike-characters',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.4.1',
  description: {
    zh: '编号中不应混入形似的字符，如字母“O”代替数字“0”、全角数字、用“-”或“一”代替一字线“—”。',
    en: 'Numbers contain no look-alike characters: the letter "O" for zero, full-width digits, "-" or "一" for the dash "—".',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const cover of unit.nodesOfType(nodeNames.cover)) {
      for (const field of numberedCoverFields) report(findings, cover, findLookAlikeCharacters(String(cover.node.attrs[field] ?? '')), onTheCover);
    }
    for (const entry of unit.nodesOfType(nodeNames.referenceEntry)) {
      report(findings, entry, findLookAlikeCharacters(String(entry.node.attrs.documentNumber ?? '')), null);
    }
    for (const block of unit.textBlocks) report(findings, block, block.facts.lookAlikeCharacters(), null);
    for (const footnote of unit.nodesOfType(nodeNames.footnote)) report(findings, footnote, textFactsOf(footnote.node).lookAlikeCharacters(), inAFootnote);
    return findings;
  },
};
