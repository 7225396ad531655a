import type { Database } from '../../db/client';
import { writeSiteSetting } from '../../db/repos/review-rule-sets';
import { defaultRuleSetSetting, requireRuleSet } from '../rule-set-catalogue';

/** The rule set a new review gets when the secretariat names none. Authorization is the caller's job. */
export function setDefaultRuleSet({ database, actorId, ruleSetId, now }: { database: Database; actorId: string; ruleSetId: string; now: Date }): void {
  requireRuleSet(database, ruleSetId);
  writeSiteSetting(database, defaultRuleSetSetting, ruleSetId, actorId, now);
}
