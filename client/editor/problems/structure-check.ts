import type { LintRuleDescription } from '../../../shared/document/lint/lint-types';
import type { LintCheck } from './lint-runner';

export interface StructureCheck {
  check: LintCheck;
  rules: LintRuleDescription[];
}

/** The checker and its rules load after the editor, in a chunk of their own, so opening a draft is not slowed. */
export async function loadStructureCheck(): Promise<StructureCheck> {
  const [{ lintDocument }, { describeLintRules }] = await Promise.all([
    import('../../../shared/document/lint/lint-document'),
    import('../../../shared/document/lint/lint-rules'),
  ]);
  return { check: lintDocument, rules: describeLintRules() };
}
