import { expect, it } from 'vitest';
import { parseShare } from '../../../../client/components/rule-sets/parse-share';

it('reads shares as exact fractions, as a drafter would type them', () => {
  expect(parseShare('2/3')).toEqual({ numerator: 2, denominator: 3 });
  expect(parseShare(' 3 ／ 4 ')).toEqual({ numerator: 3, denominator: 4 });
  expect(parseShare('75%')).toEqual({ numerator: 75, denominator: 100 });
  expect(parseShare('1')).toEqual({ numerator: 1, denominator: 1 });
  for (const bad of ['', '4/3', '1/0', '0.75', '120%', 'two thirds']) expect(parseShare(bad), bad).toBeNull();
});
