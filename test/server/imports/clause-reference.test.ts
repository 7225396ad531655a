import { describe, expect, it } from 'vitest';
import { elementFinderOf, normaliseElementReference } from '../../../shared/document/element-references';
import { numberDocument } from '../../../shared/document/numbering';
import { buildDocument } from '../../helpers/build-document';
import { createSampleStandardJson } from '../../helpers/sample-standard';

describe('clause references written in templates', () => {
  it('reduces the ways people write a clause number to the number', () => {
    expect(['5.2', '５．２', '第5.2条', '5.2条', 'Clause 5.2', ' 5.2. ', '第5章'].map(normaliseElementReference)).toEqual(['5.2', '5.2', '5.2', '5.2', '5.2', '5.2', '5']);
    expect(['附录A', 'Annex A', 'Table 2', '公式（1）', '5.2 Note 2'].map(normaliseElementReference)).toEqual(['附录A', '附录A', '表2', '式(1)', '5.2注2']);
  });

  it('finds clauses, term entries, annexes and tables of the sample standard by their numbers', () => {
    const document = buildDocument(createSampleStandardJson());
    const numbering = numberDocument(document);
    const find = elementFinderOf(document, numbering);
    const byNumber = (number: string) => numbering.elements.find((element) => element.number === number && (element.kind === 'clause' || element.kind === 'term'));
    expect(find('4.2')?.id).toBe(byNumber('4.2')?.id);
    expect(find('第 4.2 条')?.id).toBe(byNumber('4.2')?.id);
    expect(find('4.2 尺寸')?.id).toBe(byNumber('4.2')?.id);
    expect(find('3.1')?.kind).toBe('term');
    expect(find('前言')).toBeUndefined();
    expect(find('附录A')?.kind).toBe('annex');
    expect(find('9.9')).toBeUndefined();
    expect(find('4.2, 4.3')).toBeUndefined();
    const firstTable = numbering.elements.find((element) => element.kind === 'table');
    expect(firstTable).toBeDefined();
    expect(find('表1')?.id).toBe(firstTable?.id);
  });
});
