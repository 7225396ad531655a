import type { JSONContent } from '@tiptap/core';

/** A sample that breaks one rule and a sample that keeps it. */
export interface RuleCase {
  ruleId: string;
  /** What the failing sample gets wrong. */
  fails: string;
  failing: JSONContent;
  /** The stable id the issue must point at: the node's own or its nearest ancestor's; null for unidentified elements. */
  targetId: string | null;
  /** Text both messages must quote, such as the offending number, or what each language calls it. */
  messageQuotes?: string | { zh: string; en: string };
  /** What the passing sample does right. */
  passes: string;
  passing: JSONContent;
}
