import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocumentNumbering } from '../../../shared/document/numbering';
import type { LintIssue } from '../../../shared/document/lint/lint-types';
import { derivedNumbering } from '../elements/numbering/derived-numbers';
import type { MarkedProblem } from './problem-marks';
import { setProblems } from './problems-plugin';

export type LintCheck = (document: ProseMirrorNode, numbering?: DocumentNumbering) => LintIssue[];

export interface LintRunnerOptions {
  check: LintCheck;
  /** Quiet time after the last change before checking. */
  delay: number;
  onChecked: (outcome: { problems: MarkedProblem[]; failure: unknown }) => void;
}

function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}

/**
 * Keys survive a new check: they name the rule and the node it points at (by stable id when it has one), not
 * positions, which move whenever someone types above, so the problem a person selected stays selected.
 */
export function markProblems(issues: LintIssue[]): MarkedProblem[] {
  const occurrences = new Map<string, number>();
  return issues.map((issue) => {
    const base = `${issue.ruleId}@${issue.targetId ?? `position-${issue.position}`}`;
    const occurrence = occurrences.get(base) ?? 0;
    occurrences.set(base, occurrence + 1);
    return { key: `${base}#${occurrence}`, issue };
  });
}

/**
 * Checks the document off the keystroke path: after `delay` ms without changes and when the browser is idle.
 * Returns the function that stops it.
 */
export function startLintRunner(editor: Editor, options: LintRunnerOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;

  function run(): void {
    if (editor.isDestroyed) return;
    try {
      const problems = markProblems(options.check(editor.state.doc, derivedNumbering(editor.state)));
      editor.view.dispatch(setProblems(editor.state.tr, problems));
      options.onChecked({ problems, failure: null });
    } catch (failure) {
      options.onChecked({ problems: [], failure });
    }
  }

  function schedule(): void {
    clearTimeout(timer);
    cancelIdle?.();
    timer = setTimeout(() => {
      cancelIdle = whenIdle(run);
    }, options.delay);
  }

  editor.on('update', schedule);
  schedule();
  return () => {
    editor.off('update', schedule);
    clearTimeout(timer);
    cancelIdle?.();
  };
}
