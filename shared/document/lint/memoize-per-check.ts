import type { LintContext } from './lint-rule';

/**
 * Computes a value once per check and shares it between the rules: `lintDocument` hands every rule the same
 * context object. Only the latest check's value is kept, and it is dropped by the next check. A WeakMap keyed by
 * contexts would do the same in principle, but a long-lived WeakMap keeps young values through minor garbage
 * collections, so every check's value, with the numbering it refers to, would reach the old generation.
 */
export function memoizePerCheck<Result>(compute: (context: LintContext) => Result): (context: LintContext) => Result {
  let latest: { context: LintContext; result: Result } | null = null;
  return (context) => {
    if (latest?.context === context) return latest.result;
    const result = compute(context);
    latest = { context, result };
    return result;
  };
}
