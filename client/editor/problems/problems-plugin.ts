import { Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import type { EditorView } from '@tiptap/pm/view';
import { DecorationSet } from '@tiptap/pm/view';
import type { LintIssue } from '../../../shared/document/lint/lint-types';
import { documentDifference } from '../elements/numbering/text-only-change';
import type { MarkedProblem } from './problem-marks';
import { problemDecorations } from './problem-marks';

export interface ProblemsState {
  problems: MarkedProblem[];
  currentKey: string | null;
  decorations: DecorationSet;
}

export interface ProblemsOptions {
  /** The message in the interface language, read whenever the marks are rebuilt. */
  message: (issue: LintIssue) => string;
}

interface ProblemsMeta {
  problems?: MarkedProblem[];
  currentKey?: string | null;
}

export const problemsPluginKey = new PluginKey<ProblemsState>('problems');

function rebuild(state: Pick<ProblemsState, 'problems' | 'currentKey'>, transaction: Transaction, options: ProblemsOptions): ProblemsState {
  return { ...state, decorations: DecorationSet.create(transaction.doc, problemDecorations(transaction.doc, state.problems, options.message, state.currentKey)) };
}

/** Keeps the last check's problems attached to their nodes while people type, until the next check replaces them. */
function nextProblems(transaction: Transaction, previous: ProblemsState, options: ProblemsOptions): ProblemsState {
  const meta = transaction.getMeta(problemsPluginKey) as ProblemsMeta | undefined;
  if (meta) return rebuild({ problems: meta.problems ?? previous.problems, currentKey: meta.currentKey === undefined ? previous.currentKey : meta.currentKey }, transaction, options);
  if (!transaction.docChanged) return previous;
  const difference = documentDifference(transaction.before, transaction.doc);
  if (!difference) return previous;
  const problems = previous.problems.map((problem) => ({ ...problem, issue: { ...problem.issue, position: difference.map.map(problem.issue.position, 1) } }));
  return { problems, currentKey: previous.currentKey, decorations: previous.decorations.map(new Mapping([difference.map]), transaction.doc) };
}

export function setProblems(transaction: Transaction, problems: MarkedProblem[]): Transaction {
  return transaction.setMeta(problemsPluginKey, { problems } satisfies ProblemsMeta).setMeta('addToHistory', false);
}

export function setCurrentProblem(transaction: Transaction, currentKey: string | null): Transaction {
  return transaction.setMeta(problemsPluginKey, { currentKey } satisfies ProblemsMeta).setMeta('addToHistory', false);
}

/** Rebuilds the marks with the same problems, e.g. after the interface language changed. */
export function refreshProblemMarks(view: EditorView): void {
  view.dispatch(setProblems(view.state.tr, problemsOf(view.state)?.problems ?? []));
}

export function problemsOf(state: EditorState): ProblemsState | undefined {
  return problemsPluginKey.getState(state);
}

export function createProblemsPlugin(options: ProblemsOptions): Plugin<ProblemsState> {
  return new Plugin<ProblemsState>({
    key: problemsPluginKey,
    state: {
      init: () => ({ problems: [], currentKey: null, decorations: DecorationSet.empty }),
      apply: (transaction, previous) => nextProblems(transaction, previous, options),
    },
    props: {
      decorations: (state) => problemsPluginKey.getState(state)?.decorations,
    },
  });
}

/** Marks the checker's problems in the text: a wavy underline or a bar in the margin, with the message as title. */
export const ProblemMarks = Extension.create<ProblemsOptions>({
  name: 'problemMarks',

  addOptions() {
    return { message: (issue: LintIssue) => issue.message.zh };
  },

  addProseMirrorPlugins() {
    return [createProblemsPlugin(this.options)];
  },
});
