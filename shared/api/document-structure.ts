import { z } from 'zod';

export const localizedTextSchema = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'LocalizedText' });

export const outlineItemSchema = z
  .object({
    id: z.string().nullable(),
    kind: z.enum(['foreword', 'introduction', 'clause', 'annex', 'bibliography']),
    number: z.string().nullable(),
    title: z.string(),
    level: z.number().int().min(1),
  })
  .meta({ id: 'OutlineItem' });

/** A term entry, table, figure, formula, note or example that a comment or a change can name. */
export const outlineElementSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['term', 'table', 'figure', 'formula', 'note', 'example']),
    /** "3.1", "表2", "图A.1", "式(1)", "5.2 注2". */
    reference: z.string(),
    title: z.string(),
    /** The clause or annex of the outline it sits in. */
    withinId: z.string().nullable(),
  })
  .meta({ id: 'OutlineElement' });

export const outlineResponseSchema = z.object({ items: z.array(outlineItemSchema), elements: z.array(outlineElementSchema) }).meta({ id: 'Outline' });

export const lintSeveritySchema = z.enum(['error', 'warning', 'info']);

export const lintIssueSchema = z
  .object({
    ruleId: z.string(),
    severity: lintSeveritySchema,
    message: localizedTextSchema,
    targetId: z.string().nullable(),
  })
  .meta({ id: 'LintIssue' });

export const lintResponseSchema = z.object({ issues: z.array(lintIssueSchema) }).meta({ id: 'LintReport' });

export const lintRuleSchema = z
  .object({ id: z.string(), severity: lintSeveritySchema, source: z.string(), description: localizedTextSchema })
  .meta({ id: 'LintRule' });

export const lintRulesResponseSchema = z.object({ rules: z.array(lintRuleSchema) }).meta({ id: 'LintRules' });

export type OutlineResponse = z.infer<typeof outlineResponseSchema>;
export type LintResponse = z.infer<typeof lintResponseSchema>;
export type LintRulesResponse = z.infer<typeof lintRulesResponseSchema>;
