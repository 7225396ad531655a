import type { UnitIndex } from './unit-index';

/**
 * Computes a fact about one unit (a section or a clause in it) once and keeps it with the unit's index, which is
 * itself kept with the unit's node. An edit replaces the units on its path only, so the next check works out the
 * fact again for those few. The fact must depend on nothing but the unit, and is never undefined.
 */
export function memoizePerUnit<Result>(compute: (unit: UnitIndex) => Result): (unit: UnitIndex) => Result {
  const cache = new WeakMap<UnitIndex, Result>();
  return (unit) => {
    const cached = cache.get(unit);
    if (cached !== undefined) return cached;
    const result = compute(unit);
    cache.set(unit, result);
    return result;
  };
}
