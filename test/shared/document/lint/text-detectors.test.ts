import { describe, expect, it } from 'vitest';
import { findDocumentNumbers, familyKeysOf, isStandardPrefix, parseDocumentNumber } from '../../../../shared/document/lint/document-numbers';
import { findLookAlikeCharacters } from '../../../../shared/document/lint/look-alike-characters-detector';
import { findRequirementWording } from '../../../../shared/document/lint/requirement-wording';
import { chapterRoleOf } from '../../../../shared/document/lint/chapter-roles';

describe('findRequirementWording', () => {
  it.each([
    ['样品应干燥。', '应'],
    ['样品不应受潮。', '不应'],
    ['试验宜在上午进行。', '宜'],
    ['不宜使用明火。', '不宜'],
    ['供应商应提供证明。', '应'],
    ['不得加热。', '不得'],
    ['必须停机。', '必须'],
  ])('finds the wording in "%s"', (text, word) => {
    expect(findRequirementWording(text)).toBe(word);
  });

  it.each(['响应时间小于1 s。', '相应的方法见附录A。', '本文件的应用范围。', '适宜在室温下测量。', '有关事宜另行规定。', '供应链', '应急处置', '产品可以回收。'])(
    'finds none in "%s"',
    (text) => {
      expect(findRequirementWording(text)).toBeNull();
    },
  );
});

describe('findDocumentNumbers', () => {
  it('reads national, group, industry and international numbers with their years', () => {
    const found = findDocumentNumbers('按GB/T 1.1—2020、T/CAS 290—2017、JB/T 10001、ISO/IEC 17025:2017和IEC 60335-2-24:2020的规定。');
    expect(found.map((number) => [number.key, number.year])).toEqual([
      ['GB/T 1.1', '2020'],
      ['T/CAS 290', '2017'],
      ['JB/T 10001', null],
      ['ISO/IEC 17025', '2017'],
      ['IEC 60335-2-24', '2020'],
    ]);
  });

  it('reads a hyphenated year as a look-alike separator, and full-width characters as their half-width keys', () => {
    expect(parseDocumentNumber('GB/T 1.1-2020')).toMatchObject({ key: 'GB/T 1.1', year: '2020', yearSeparator: '-' });
    expect(parseDocumentNumber('ＧＢ／Ｔ　１．１—２０２０')).toMatchObject({ key: 'GB/T 1.1', year: '2020', written: 'ＧＢ／Ｔ　１．１—２０２０' });
  });

  it('knows which prefixes are standards and which documents a part belongs to', () => {
    expect(['GB', 'GB/T', 'GB/Z', 'T/CAS', 'ISO', 'IEC', 'ISO/IEC', 'JB/T', 'DB11/T', 'JJF'].every(isStandardPrefix)).toBe(true);
    expect(['CO', 'M', 'PE', 'H'].some(isStandardPrefix)).toBe(false);
    const part = parseDocumentNumber('GB/T 20001.10—2014');
    expect(part && familyKeysOf(part)).toEqual(['GB/T 20001']);
  });
});

describe('findLookAlikeCharacters', () => {
  it.each([
    ['见4.O.1的规定。', '4.O.1'],
    ['发布于2O20年。', '2O20'],
    ['见４．１。', '４．１'],
    ['符合GB/T 1.1-2020。', 'GB/T 1.1-2020'],
    ['符合GB/T 1.1一2020。', 'GB/T 1.1一2020'],
    ['符合ＧＢ／Ｔ 1.1—2020。', 'ＧＢ／Ｔ 1.1—2020'],
  ])('flags "%s"', (text, quoted) => {
    const found = findLookAlikeCharacters(text);
    expect(found?.zh).toContain(quoted);
    expect(found?.en).toContain(quoted);
  });

  it.each(['见4.0.1的规定。', 'CO2与H2O2', 'ISO 9001:2015', 'GB/T 1.1—2020', '二〇二〇年', '温度为(23±2) ℃，湿度为45%～75%。'])('accepts "%s"', (text) => {
    expect(findLookAlikeCharacters(text)).toBeNull();
  });
});

describe('chapterRoleOf', () => {
  it.each([
    ['范围', 'scope'],
    ['规范性引用文件', 'normativeReferences'],
    ['术语和定义', 'termsAndDefinitions'],
    ['术语、定义和缩略语', 'termsAndDefinitions'],
    ['符号和缩略语', 'symbolsAndAbbreviations'],
    ['参考文献', 'misplacedElement'],
    ['附录A 数据', 'misplacedElement'],
    ['技术要求', 'technical'],
  ])('reads "%s" as %s', (title, role) => {
    expect(chapterRoleOf(title)).toBe(role);
  });
});
