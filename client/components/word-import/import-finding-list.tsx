import { For, Show } from 'solid-js';
import type { z } from 'zod';
import type { lintIssueSchema, lintSeveritySchema } from '../../../shared/api/document-structure';
import type { MessageKey } from '../../i18n/chinese';
import { localizedText } from '../../i18n/localized-text';
import { translate } from '../../i18n/translate';

type Finding = z.infer<typeof lintIssueSchema>;

const severityNames: Record<z.infer<typeof lintSeveritySchema>, MessageKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

interface ImportFindingListProps {
  findings: Finding[];
  /** Clause numbers and element references by id, once the outline of the imported draft has arrived. */
  locations: ReadonlyMap<string, string>;
}

/** The structure checker's findings on the imported draft, named as the editor's problems panel names them. */
export function ImportFindingList(props: ImportFindingListProps) {
  const count = (severity: Finding['severity']) => props.findings.filter((finding) => finding.severity === severity).length;
  const location = (finding: Finding) => (finding.targetId === null ? null : (props.locations.get(finding.targetId) ?? null));

  return (
    <Show
      when={props.findings.length > 0}
      fallback={
        <p class="nd-word-import-report__nothing-left-out" data-testid="word-import-findings-empty">
          {translate('wordImportFindingsEmpty')}
        </p>
      }
    >
      <p class="nd-muted" data-testid="word-import-findings-counts">
        {translate('problemsCounts', { errors: count('error'), warnings: count('warning') })}
      </p>
      <ul class="nd-word-import-report__findings" data-testid="word-import-findings">
        <For each={props.findings}>
          {(finding) => (
            <li class="nd-word-import-finding" data-testid="word-import-finding" data-rule-id={finding.ruleId} data-severity={finding.severity}>
              <span class="nd-word-import-finding__severity" classList={{ [`nd-word-import-finding__severity--${finding.severity}`]: true }}>
                {translate(severityNames[finding.severity])}
              </span>
              <span class="nd-word-import-finding__message">{localizedText(finding.message)}</span>
              <Show when={location(finding)}>{(where) => <span class="nd-word-import-finding__location">{where()}</span>}</Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
