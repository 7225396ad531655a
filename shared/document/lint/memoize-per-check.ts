import type { LintContext } from './lint-rule';

/**
 * Computes a value once per check and shares it between the rules. `lintDocument` hands every rule the same
 * context object, so it is the cache key; the value dies with the check instead of living as long as the
 * document, which keeps it out of the old generation of the garbage collector on every keystroke.
 */
export function memoizePerCheck<Result>(compute: (context: LintContext) => Result): (context: LintContext) => Result {
  const cache = new WeakMap<LintContext, Result>();
  return (context) => {
    const cached = cache.get(context);
    if (cached !== undefined) return cached;
    const result = compute(context);
    cache.set(context, result);
    return result;
  };
}
