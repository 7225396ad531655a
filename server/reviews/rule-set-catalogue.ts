import { z } from 'zod';
import { ruleSetParametersSchema } from '../../shared/api/reviews';
import { presetRuleSets, type ReviewRuleSet } from '../../shared/domain/review/rule-sets';
import type { Database } from '../db/client';
import { findCustomRuleSet, listCustomRuleSets, readSiteSetting, type StoredRuleSetRecord } from '../db/repos/review-rule-sets';
import { DomainError } from '../errors';

const storedRuleSetSchema = ruleSetParametersSchema.extend({ id: z.string() });

export const defaultRuleSetSetting = 'default_rule_set';
const fallbackDefaultRuleSetId = 'group_typical';

export interface CatalogueEntry {
  ruleSet: ReviewRuleSet;
  preset: boolean;
}

function customRuleSetOf(record: StoredRuleSetRecord): ReviewRuleSet {
  return { id: record.id, ...ruleSetParametersSchema.parse(record.definition) };
}

/** The presets, then the custom rule sets in the order they were defined. */
export function listRuleSetCatalogue(database: Database): CatalogueEntry[] {
  return [...presetRuleSets.map((ruleSet) => ({ ruleSet, preset: true })), ...listCustomRuleSets(database).map((record) => ({ ruleSet: customRuleSetOf(record), preset: false }))];
}

export function findRuleSet(database: Database, id: string): ReviewRuleSet | undefined {
  const preset = presetRuleSets.find((ruleSet) => ruleSet.id === id);
  if (preset) return preset;
  const custom = findCustomRuleSet(database, id);
  return custom ? customRuleSetOf(custom) : undefined;
}

export function requireRuleSet(database: Database, id: string): ReviewRuleSet {
  const ruleSet = findRuleSet(database, id);
  if (!ruleSet) throw new DomainError('unknown_rule_set', `There is no rule set "${id}"; GET /api/rule-sets lists them.`);
  return ruleSet;
}

export function defaultRuleSetId(database: Database): string {
  const configured = readSiteSetting(database, defaultRuleSetSetting);
  return configured !== undefined && findRuleSet(database, configured) ? configured : fallbackDefaultRuleSetId;
}

/** A rule set stored on a review or a motion (a copy taken then, so later edits of the catalogue change nothing). */
export function storedRuleSet(value: unknown): ReviewRuleSet {
  return storedRuleSetSchema.parse(value);
}
