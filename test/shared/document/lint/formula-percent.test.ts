import { expect, it } from 'vitest';
import { hasUnescapedPercent } from '../../../../shared/document/lint/rules/formula-parses';

it('tells a bare % (a TeX comment) from an escaped one', () => {
  expect(hasUnescapedPercent('100%')).toBe(true);
  expect(hasUnescapedPercent('%')).toBe(true);
  expect(hasUnescapedPercent('a \\\\% b')).toBe(true);
  expect(hasUnescapedPercent('100\\%')).toBe(false);
  expect(hasUnescapedPercent('\\frac{a}{b}')).toBe(false);
});
