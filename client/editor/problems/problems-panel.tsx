import type { Editor } from '@tiptap/core';
import { For, Show, createMemo, createSignal, onCleanup, onMount, untrack } from 'solid-js';
import type { LintRuleDescription } from '../../../shared/document/lint/lint-types';
import { translate } from '../../i18n/translate';
import { derivedNumbering } from '../elements/numbering/derived-numbers';
import { createEditorStateSignal } from '../elements/toolbar/editor-state-signal';
import { jumpToProblem } from './jump-to-problem';
import { startLintRunner } from './lint-runner';
import { LintRulesDialog } from './lint-rules-dialog';
import { ProblemItem } from './problem-item';
import type { MarkedProblem } from './problem-marks';
import { problemsOf } from './problems-plugin';
import { loadStructureCheck } from './structure-check';
import './problems.css';

interface ProblemsPanelProps {
  editor: Editor;
}

/** The structure problems GB/T 1.1 rules find in the draft, checked a moment after typing stops. */
export function ProblemsPanel(props: ProblemsPanelProps) {
  // One panel serves one editor for its whole life.
  const editor = untrack(() => props.editor);
  const state = createEditorStateSignal(editor);
  const [checked, setChecked] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>(null);
  const [problems, setProblems] = createSignal<MarkedProblem[]>([]);
  const [rulesOpen, setRulesOpen] = createSignal(false);
  const [rules, setRules] = createSignal<LintRuleDescription[]>([]);

  onMount(() => {
    let stop: (() => void) | undefined;
    let disposed = false;
    onCleanup(() => {
      disposed = true;
      stop?.();
    });
    loadStructureCheck()
      .then((structureCheck) => {
        if (disposed) return;
        setRules(structureCheck.rules);
        stop = startLintRunner(editor, {
          check: structureCheck.check,
          delay: 300,
          onChecked: (outcome) => {
            setFailure(outcome.failure);
            setProblems(outcome.problems);
            setChecked(true);
          },
        });
      })
      .catch((loadFailure: unknown) => {
        setFailure(loadFailure);
        setChecked(true);
      });
  });

  const currentKey = createMemo(() => problemsOf(state())?.currentKey ?? null);
  const counts = createMemo(() => ({
    errors: problems().filter((problem) => problem.issue.severity === 'error').length,
    warnings: problems().filter((problem) => problem.issue.severity !== 'error').length,
  }));
  // Read when the list is rendered, after a check: labels may lag behind typing by one check, never more.
  const location = (targetId: string | null) => (targetId ? (derivedNumbering(editor.state).byId.get(targetId)?.label ?? null) : null);

  return (
    <aside class="nd-problems" data-testid="problems-panel" aria-label={translate('problemsTitle')}>
      <header class="nd-problems__header">
        <h2 class="nd-problems__title">{translate('problemsTitle')}</h2>
        <Show when={checked() && problems().length > 0}>
          <span class="nd-problems__counts" data-testid="problem-counts">
            {translate('problemsCounts', { errors: counts().errors, warnings: counts().warnings })}
          </span>
        </Show>
        <button type="button" class="nd-button nd-button--quiet nd-problems__help" data-testid="lint-rules-help" onClick={() => setRulesOpen(true)}>
          {translate('lintRulesLink')}
        </button>
      </header>
      <Show when={failure() !== null}>
        <p class="nd-field__error" role="alert">
          {translate('problemsCheckFailed')}
        </p>
      </Show>
      <Show when={checked()} fallback={<p class="nd-muted">{translate('problemsChecking')}</p>}>
        <Show when={problems().length > 0} fallback={<p class="nd-problems__empty" data-testid="problems-empty">{translate('problemsEmpty')}</p>}>
          <ul class="nd-problems__list">
            <For each={problems()}>
              {(problem) => (
                <ProblemItem issue={problem.issue} location={location(problem.issue.targetId)} current={currentKey() === problem.key} onSelect={() => jumpToProblem(editor, problem)} />
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <Show when={rulesOpen()}>
        <LintRulesDialog rules={rules()} onClose={() => setRulesOpen(false)} />
      </Show>
    </aside>
  );
}
