import { nodeNames } from '../../../editor/node-names';
import type { LintRule } from '../lint-types';
import { indexDocument } from '../document-index';
import { capitalized, nameOfElementAt } from '../element-names';
import { findingAt, type LintFinding } from '../lint-finding';
import { termPartsOf } from '../term-parts';

export const termHasBothLanguages: LintRule = {
  id: 'term-has-both-languages',
  severity: 'error',
  description: {
    zh: '每个术语条目都应给出中文术语和英文对应词。',
    en: 'Every term entry gives the Chinese term and its English equivalent.',
  },
  check(context) {
    const { numbering } = context;
    const findings: LintFinding[] = [];
    for (const entry of indexDocument(context).nodesOfType(nodeNames.termEntry)) {
      const { chinese, english } = termPartsOf(entry.node);
      if (chinese !== '' && english !== '') continue;
      const name = nameOfElementAt(numbering, entry.position);
      const missing =
        chinese === '' && english === ''
          ? { zh: '中文术语和英文对应词', en: 'both the Chinese term and its English equivalent' }
          : chinese === ''
            ? { zh: '中文术语', en: 'the Chinese term' }
            : { zh: '英文对应词', en: 'the English equivalent' };
      findings.push(findingAt(entry, `${name.zh}缺少${missing.zh}，应补充。`, `${capitalized(name.en)} lacks ${missing.en}; fill it in.`));
    }
    return findings;
  },
};

export const termHasDefinition: LintRule = {
  id: 'term-has-definition',
  severity: 'error',
  description: {
    zh: '每个术语条目都应有定义。',
    en: 'Every term entry has a definition.',
  },
  check(context) {
    const { numbering } = context;
    const findings: LintFinding[] = [];
    for (const entry of indexDocument(context).nodesOfType(nodeNames.termEntry)) {
      const { chinese, definition } = termPartsOf(entry.node);
      if (definition && definition.textContent.trim() !== '') continue;
      const name = nameOfElementAt(numbering, entry.position);
      const quotedZh = chinese === '' ? '' : `“${chinese}”`;
      const quotedEn = chinese === '' ? '' : ` "${chinese}"`;
      findings.push(findingAt(entry, `${name.zh}${quotedZh}缺少定义，应补充定义。`, `${capitalized(name.en)}${quotedEn} has no definition; write one.`));
    }
    return findings;
  },
};
