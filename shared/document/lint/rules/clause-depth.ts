import type { DocumentLintRule } from '../lint-rule';
import { findingAt, type LintFinding } from '../lint-finding';

/** Chapters are level 1, so five clause levels below them end at level 6; an annex's chapters (A.1) are level 2. */
const deepestBodyLevel = 6;
const deepestAnnexLevel = 7;

export const clauseDepth: DocumentLintRule = {
  id: 'clause-depth',
  severity: 'error',
  source: 'GB/T 1.1-2020 7.3.1',
  description: {
    zh: '条最多可分到第五层次（如5.1.1.1.1.1）。',
    en: 'Clauses go at most five levels below a chapter (e.g. 5.1.1.1.1.1).',
  },
  checkDocument({ numbering }) {
    const findings: LintFinding[] = [];
    for (const element of numbering.elements) {
      if (element.kind !== 'clause' || element.number === null || element.level <= deepestBodyLevel) continue;
      const deepest = /^[A-Z]/.test(element.number) ? deepestAnnexLevel : deepestBodyLevel;
      // Only the first level too deep is reported; fixing it fixes everything below.
      if (element.level !== deepest + 1) continue;
      findings.push(
        findingAt(
          { position: element.position, targetId: element.id },
          `${element.number}条超过了第五层次，条最多可分到第五层次；应减少细分层次，或改用列项。`,
          `Clause ${element.number} is more than five levels below its chapter; flatten the structure or use a list instead.`,
        ),
      );
    }
    return findings;
  },
};
