import { Show } from 'solid-js';
import { lintRuleSourceOf } from '../../../shared/document/lint/lint-rules';
import type { LintIssue, LintSeverity } from '../../../shared/document/lint/lint-types';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';
import { issueMessage } from './issue-message';

export const severityNames: Record<LintSeverity, MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

const severityIcons: Record<LintSeverity, string> = { error: '✕', warning: '!', info: 'i' };

export function SeverityIcon(props: { severity: LintSeverity }) {
  return (
    <span class="nd-severity-icon" classList={{ [`nd-severity-icon--${props.severity}`]: true }} role="img" aria-label={translate(severityNames[props.severity])} title={translate(severityNames[props.severity])}>
      {severityIcons[props.severity]}
    </span>
  );
}

interface ProblemItemProps {
  issue: LintIssue;
  /** Where the problem is, as the drafter reads it: "5.2", "表A.1", "附录B". */
  location: string | null;
  current: boolean;
  onSelect: () => void;
}

/** The clause a finding comes from, for the drafter to look up; the editor's own housekeeping cites none. */
function citedSource(ruleId: string): string | null {
  const source = lintRuleSourceOf(ruleId);
  return source === null || source === 'editor housekeeping' ? null : source;
}

export function ProblemItem(props: ProblemItemProps) {
  return (
    <li>
      <button
        type="button"
        class="nd-problem-item"
        classList={{ 'nd-problem-item--current': props.current }}
        data-testid="problem"
        data-rule-id={props.issue.ruleId}
        data-severity={props.issue.severity}
        aria-current={props.current ? 'true' : undefined}
        onClick={() => props.onSelect()}
      >
        <SeverityIcon severity={props.issue.severity} />
        <span class="nd-problem-item__message">
          {issueMessage(props.issue)}
          <Show when={citedSource(props.issue.ruleId)}>{(source) => <span class="nd-problem-item__source" data-testid="problem-source">{source()}</span>}</Show>
        </span>
        <span class="nd-problem-item__location">{props.location ?? ''}</span>
      </button>
    </li>
  );
}
