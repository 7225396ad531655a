import type { z } from 'zod';
import type { ruleSetSchema } from '../../../shared/api/reviews';
import { formatFraction } from '../../../shared/domain/review/fraction';
import type { ThresholdBase } from '../../../shared/domain/review/rule-sets';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';

export type RuleSet = z.infer<typeof ruleSetSchema>;

function baseName(base: ThresholdBase, ruleSet: RuleSet): string {
  const keys: Record<ThresholdBase, MessageKey> = {
    participating: ruleSet.participation === 'attendance' ? 'ruleBasePresent' : 'ruleBaseReturned',
    cast: 'ruleBaseCast',
    eligible: 'ruleBaseEligible',
  };
  return translate(keys[base]);
}

/** A rule set's rules as sentences, e.g. "出席专家须达有表决权专家的 2/3；同意票须达出席专家的 3/4". */
export function ruleSetRules(ruleSet: RuleSet): string[] {
  const rules: string[] = [];
  if (ruleSet.quorum !== null) {
    rules.push(translate(ruleSet.participation === 'attendance' ? 'ruleQuorumAttendance' : 'ruleQuorumReturned', { share: formatFraction(ruleSet.quorum) }));
  }
  rules.push(translate('rulePass', { share: formatFraction(ruleSet.pass.share), base: baseName(ruleSet.pass.base, ruleSet) }));
  if (ruleSet.negativeCap !== null) {
    rules.push(translate('ruleNegativeCap', { share: formatFraction(ruleSet.negativeCap.share), base: baseName(ruleSet.negativeCap.base, ruleSet) }));
  }
  if (ruleSet.abstentionLimit !== null) {
    rules.push(translate('ruleAbstentionLimit', { share: formatFraction(ruleSet.abstentionLimit.share), base: baseName(ruleSet.abstentionLimit.base, ruleSet) }));
  }
  if (ruleSet.negativeNeedsReason) rules.push(translate(ruleSet.negativeWithoutReasonCounted ? 'ruleNegativeNeedsReason' : 'ruleNegativeNeedsReasonOrUncounted'));
  if (ruleSet.ballotsChangeableBeforeClose) rules.push(translate('ruleBallotsChangeable'));
  if (ruleSet.organisationShareLimit !== null) rules.push(translate('ruleOrganisationShare', { share: formatFraction(ruleSet.organisationShareLimit) }));
  if (ruleSet.excludeDraftingOrganisations) rules.push(translate('ruleExcludeDrafting'));
  if (ruleSet.kinds.includes('meeting') && ruleSet.noticePeriodDays > 0) rules.push(translate('ruleNoticePeriod', { days: ruleSet.noticePeriodDays }));
  return rules;
}

/** The rules joined into one line, in the reader's language. */
export function ruleSetInWords(ruleSet: RuleSet): string {
  const sentence = ruleSetRules(ruleSet).join(translate('ruleSeparator'));
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
