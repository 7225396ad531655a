import { nodeNames } from '../../../editor/node-names';
import type { UnitLintRule } from '../lint-rule';
import { capitalized } from '../element-names';
import { unitFindingAt, type UnitFinding } from '../lint-finding';
import { termPartsOf } from '../term-parts';

export const termHasBothLanguages: UnitLintRule = {
  id: 'term-has-both-languages',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.7.3',
  description: {
    zh: '每个术语条目都应给出中文术语和英文对应词。',
    en: 'Every term entry gives the Chinese term and its English equivalent.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const entry of unit.nodesOfType(nodeNames.termEntry)) {
      const { chinese, english } = termPartsOf(entry.node);
      if (chinese !== '' && english !== '') continue;
      const missing =
        chinese === '' && english === ''
          ? { zh: '中文术语和英文对应词', en: 'both the Chinese term and its English equivalent' }
          : chinese === ''
            ? { zh: '中文术语', en: 'the Chinese term' }
            : { zh: '英文对应词', en: 'the English equivalent' };
      findings.push(
        unitFindingAt(entry, (names) => {
          const name = names.nameAt(entry.position);
          return { zh: `${name.zh}缺少${missing.zh}，应补充。`, en: `${capitalized(name.en)} lacks ${missing.en}; fill it in.` };
        }),
      );
    }
    return findings;
  },
};

export const termHasDefinition: UnitLintRule = {
  id: 'term-has-definition',
  severity: 'error',
  source: 'GB/T 1.1-2020 8.7.3',
  description: {
    zh: '每个术语条目都应有定义。',
    en: 'Every term entry has a definition.',
  },
  checkUnit(unit) {
    const findings: UnitFinding[] = [];
    for (const entry of unit.nodesOfType(nodeNames.termEntry)) {
      const { chinese, definition } = termPartsOf(entry.node);
      if (definition && definition.textContent.trim() !== '') continue;
      const quotedZh = chinese === '' ? '' : `“${chinese}”`;
      const quotedEn = chinese === '' ? '' : ` "${chinese}"`;
      findings.push(
        unitFindingAt(entry, (names) => {
          const name = names.nameAt(entry.position);
          return { zh: `${name.zh}${quotedZh}缺少定义，应补充定义。`, en: `${capitalized(name.en)}${quotedEn} has no definition; write one.` };
        }),
      );
    }
    return findings;
  },
};
