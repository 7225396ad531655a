import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { parseDocumentNumber } from '../document-numbers';
import { findingAt, type LintFinding } from '../lint-finding';

/** The brackets and the word 来源 are printed around the source; typed ones would print twice. */
const typedFrame = /^[[［〔(（]?[\s\u3000]*来源[：:]|^[[［〔]/;

export const termSourceForm: UnitLintRule = {
  id: 'term-source-form',
  severity: 'warning',
  source: 'GB/T 1.1-2020 9.5.4.3',
  description: {
    zh: '术语的来源写成“文件编号，条号”（有修改时加“，有修改”），由产品印成〔来源：…〕。',
    en: 'A term’s source is written as "document number, clause" (with "，有修改" when modified); the product prints it as 〔来源：…〕.',
  },
  checkUnit(unit) {
    const findings: LintFinding[] = [];
    for (const entry of unit.nodesOfType(nodeNames.termEntry)) {
      const source = entry.node.lastChild;
      if (source?.type.name !== nodeNames.termSource) continue;
      const text = source.textContent.trim();
      if (text === '') continue;
      if (typedFrame.test(text)) {
        findings.push(findingAt(entry, '术语来源中不必输入“〔来源：〕”，产品会自动加上；请只写文件编号和条号。', 'Do not type "〔来源：〕" in the source of a term; the product adds it. Write only the document number and the clause.'));
        continue;
      }
      const firstPart = text.split(/[，,]/)[0] ?? '';
      if (parseDocumentNumber(firstPart) === null) {
        findings.push(
          findingAt(
            entry,
            `术语来源“${text}”应以文件编号开头，如“GB/T 20000.1—2014，3.1.1”。`,
            `The term source "${text}" starts with a document number, for example "GB/T 20000.1—2014，3.1.1".`,
          ),
        );
      }
    }
    return findings;
  },
};
