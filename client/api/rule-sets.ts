import type { z } from 'zod';
import { endpoints } from '../../shared/api/contract';
import type { createRuleSetRequestSchema, ruleSetListResponseSchema } from '../../shared/api/reviews';
import { callEndpoint } from './call-endpoint';

export type RuleSetCatalogue = z.infer<typeof ruleSetListResponseSchema>;
export type CustomRuleSetRequest = z.infer<typeof createRuleSetRequestSchema>;

export function fetchRuleSetCatalogue(): Promise<RuleSetCatalogue> {
  return callEndpoint(endpoints.listRuleSets);
}

export function defineRuleSet(request: CustomRuleSetRequest): Promise<RuleSetCatalogue> {
  return callEndpoint(endpoints.createRuleSet, { body: request });
}

export function chooseDefaultRuleSet(ruleSetId: string): Promise<RuleSetCatalogue> {
  return callEndpoint(endpoints.setDefaultRuleSet, { body: { ruleSetId } });
}
