import { For } from 'solid-js';
import type { LintRuleDescription } from '../../../shared/document/lint/lint-types';
import { currentLanguage } from '../../i18n/language';
import { translate } from '../../i18n/translate';
import { ElementDialog } from '../elements/dialogs/element-dialog';
import { SeverityIcon } from './problem-item';

interface LintRulesDialogProps {
  rules: LintRuleDescription[];
  onClose: () => void;
}

/** Every rule the structure check applies, so a drafter can read why something is flagged. */
export function LintRulesDialog(props: LintRulesDialogProps) {
  return (
    <ElementDialog title={translate('lintRulesTitle')} testId="lint-rules-dialog" onClose={() => props.onClose()}>
      <p class="nd-muted">{translate('lintRulesExplanation')}</p>
      <ul class="nd-lint-rules">
        <For each={props.rules}>
          {(rule) => (
            <li class="nd-lint-rules__rule" data-testid="lint-rule" data-rule-id={rule.id}>
              <SeverityIcon severity={rule.severity} />
              <span class="nd-lint-rules__description">{currentLanguage() === 'zh-CN' ? rule.description.zh : rule.description.en}</span>
              <span class="nd-lint-rules__source" data-testid="lint-rule-source">
                {rule.source === 'editor housekeeping' ? translate('lintRuleHousekeeping') : rule.source}
              </span>
              <code class="nd-lint-rules__id">{rule.id}</code>
            </li>
          )}
        </For>
      </ul>
    </ElementDialog>
  );
}
