import type { JSONContent } from '@tiptap/core';
import { comparisonResponseSchema, type ClauseComparison, type ComparisonResponse } from '../../../../shared/api/versions';
import { compareDocuments } from '../../../../shared/document/compare/compare-documents';
import { buildDocument } from '../../../helpers/build-document';
import { clause, minimalStandard, paragraph } from '../../../helpers/standard-builder';

export const appearance = clause('clause-4-1', '外观', paragraph('外壳表面应平整，无明显划痕。'));
export const dimensions = clause('clause-4-2', '尺寸', paragraph('长度偏差应不大于10 mm。'));
export const temperature = clause('clause-5-1', '耐温', paragraph('样品应在70 ℃下保持2 h。'));
export const insulation = clause('clause-5-2', '绝缘', paragraph('绝缘电阻应不小于100 MΩ。'));
export const strength = clause('clause-5-3', '强度', paragraph('外壳应承受50 N的压力而不变形。'));

export function generalChapter(...clauses: JSONContent[]): JSONContent {
  return clause('chapter-general', '一般要求', ...clauses);
}

export function performanceChapter(...clauses: JSONContent[]): JSONContent {
  return clause('chapter-performance', '性能要求', ...clauses);
}

/** 1 范围, 2 规范性引用文件, 3 术语和定义, 4 一般要求 (4.1, 4.2), 5 性能要求 (5.1, 5.2, 5.3). */
export function baseStandard(): JSONContent {
  return minimalStandard(generalChapter(appearance, dimensions), performanceChapter(temperature, insulation, strength));
}

export interface ComparedPair {
  comparison: ComparisonResponse;
  entry: (id: string) => ClauseComparison;
  changeOf: (id: string) => ClauseComparison['change'];
  /** The ids of the entries with this change, in the comparison's order. */
  idsWith: (change: ClauseComparison['change']) => string[];
}

/** Builds both versions through the real schema, compares them and checks the result against the API contract. */
export function compare(from: JSONContent, to: JSONContent): ComparedPair {
  const comparison = comparisonResponseSchema.parse(compareDocuments(buildDocument(from), buildDocument(to)));
  const entry = (id: string): ClauseComparison => {
    const found = comparison.clauses.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no comparison entry for ${id}`);
    return found;
  };
  return {
    comparison,
    entry,
    changeOf: (id) => entry(id).change,
    idsWith: (change) => comparison.clauses.filter((candidate) => candidate.change === change).map((candidate) => candidate.id),
  };
}
