import type { z } from 'zod';
import type { createRuleSetRequestSchema } from '../../../shared/api/reviews';
import type { ReviewRuleSet } from '../../../shared/domain/review/rule-sets';
import type { Database } from '../../db/client';
import { insertCustomRuleSet } from '../../db/repos/review-rule-sets';
import { DomainError } from '../../errors';
import { findRuleSet } from '../rule-set-catalogue';

/** A custom rule set a site administrator defines from the same parameters as the presets. Authorization is the caller's job. */
export function createRuleSet({ database, actorId, request, now }: { database: Database; actorId: string; request: z.infer<typeof createRuleSetRequestSchema>; now: Date }): ReviewRuleSet {
  const { id, ...definition } = request;
  if (findRuleSet(database, id)) throw new DomainError('rule_set_exists', `A rule set with the id "${id}" exists already; choose another id.`);
  insertCustomRuleSet(database, { id, definition, createdBy: actorId, createdAt: now });
  return { id, ...definition };
}
