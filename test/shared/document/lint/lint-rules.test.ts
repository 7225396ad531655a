import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../../../shared/document/lint/lint-document';
import { describeLintRules, lintRules } from '../../../../shared/document/lint/lint-rules';
import type { LintIssue } from '../../../../shared/document/lint/lint-types';
import { buildDocument } from '../../../helpers/build-document';
import { captionCases } from './cases/caption-cases';
import { gbtClauseCases } from './cases/gbt-clause-cases';
import { provisionCases } from './cases/provision-cases';
import { referenceCases } from './cases/reference-cases';
import type { RuleCase } from './cases/rule-case';
import { structureCases } from './cases/structure-cases';
import { termCases } from './cases/term-cases';
import { wordingCases } from './cases/wording-cases';

const ruleCases: RuleCase[] = [...structureCases, ...wordingCases, ...termCases, ...referenceCases, ...captionCases, ...provisionCases, ...gbtClauseCases];

/** The id of the node at the position, or of its nearest ancestor that has one. */
function nearestIdAt(document: ProseMirrorNode, position: number): string | null {
  const node = document.nodeAt(position);
  const own: unknown = node?.attrs.id;
  if (typeof own === 'string' && own !== '') return own;
  const resolved = document.resolve(position);
  for (let depth = resolved.depth; depth > 0; depth -= 1) {
    const id: unknown = resolved.node(depth).attrs.id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return null;
}

function issuesOf(document: ProseMirrorNode, ruleId: string): LintIssue[] {
  return lintDocument(document).filter((issue) => issue.ruleId === ruleId);
}

describe('lint rules', () => {
  it('have unique kebab-case ids', () => {
    const ids = lintRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('number at least 22 and describe themselves in Chinese and English', () => {
    const descriptions = describeLintRules();
    expect(descriptions.length).toBeGreaterThanOrEqual(22);
    for (const description of descriptions) {
      expect(['error', 'warning', 'info']).toContain(description.severity);
      expect(description.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(description.description.en).toMatch(/^[A-Z]/);
      expect(description.source).toMatch(/^(?:GB\/T 1\.1-2020 \d|editor housekeeping$)/);
    }
    const housekeeping = descriptions.filter((description) => description.source === 'editor housekeeping').map((description) => description.id);
    expect(housekeeping.sort()).toEqual(['duplicate-reference', 'empty-clause', 'figure-has-image', 'footnote-has-text', 'formula-has-content', 'unique-stable-ids']);
  });

  it('each have a failing and a passing sample below', () => {
    const untested = lintRules.map((rule) => rule.id).filter((id) => !ruleCases.some((ruleCase) => ruleCase.ruleId === id));
    expect(untested).toEqual([]);
  });
});

describe.each(ruleCases)('$ruleId', (ruleCase) => {
  const rule = lintRules.find((candidate) => candidate.id === ruleCase.ruleId);

  it(`reports when ${ruleCase.fails}`, () => {
    expect(rule, `no rule ${ruleCase.ruleId}`).toBeDefined();
    const document = buildDocument(ruleCase.failing);
    const issues = issuesOf(document, ruleCase.ruleId);
    const issue = issues.find((candidate) => candidate.targetId === ruleCase.targetId);
    expect(issue, `issues: ${JSON.stringify(issues, null, 1)}`).toBeDefined();
    if (!issue || !rule) return;
    expect(issue.severity).toBe(rule.severity);
    const aboutTheWholeDocument = issue.targetId === null && issue.position === 0;
    if (!aboutTheWholeDocument) expect(nearestIdAt(document, issue.position)).toBe(ruleCase.targetId);
    expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(issue.message.en).toMatch(/^[A-Z"]/);
    expect(issue.message.en).toMatch(/[a-z]+ [a-z]+ [a-z]+/);
    const quotes = ruleCase.messageQuotes;
    if (quotes !== undefined) {
      expect(issue.message.zh).toContain(typeof quotes === 'string' ? quotes : quotes.zh);
      expect(issue.message.en).toContain(typeof quotes === 'string' ? quotes : quotes.en);
    }
  });

  it(`stays quiet when ${ruleCase.passes}`, () => {
    expect(issuesOf(buildDocument(ruleCase.passing), ruleCase.ruleId)).toEqual([]);
  });
});
