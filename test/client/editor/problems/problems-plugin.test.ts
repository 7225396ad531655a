import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../../../shared/document/lint/lint-document';
import { markProblems } from '../../../../client/editor/problems/lint-runner';
import { createProblemsPlugin, problemsOf, setCurrentProblem, setProblems } from '../../../../client/editor/problems/problems-plugin';
import { sampleStandard } from '../elements/standard-fixture';

function startState(): EditorState {
  return EditorState.create({ doc: sampleStandard(), plugins: [createProblemsPlugin({ message: (issue) => issue.message.en })] });
}

/** A position inside the text of the scope chapter, before every located problem but the document-level ones. */
function insideScopeText(state: EditorState): number {
  let position = -1;
  state.doc.descendants((node, offset) => {
    if (position < 0 && node.isText && node.text?.startsWith('本文件规定了要求')) position = offset + 2;
    return position < 0;
  });
  return position;
}

function checked(state: EditorState): EditorState {
  return state.apply(setProblems(state.tr, markProblems(lintDocument(state.doc))));
}

describe('problem marks', () => {
  it('gives each problem a key that survives a new check after text was typed above it', () => {
    const before = checked(startState());
    const typed = before.apply(before.tr.insertText('新增的文字', insideScopeText(before)));
    const keysBefore = problemsOf(before)!.problems.map((problem) => problem.key);
    const keysAfter = problemsOf(checked(typed))!.problems.map((problem) => problem.key);
    expect(keysAfter).toEqual(keysBefore);
    expect(new Set(keysBefore).size).toBe(keysBefore.length);
  });

  it('marks every located problem and keeps it on its node while text is typed before it', () => {
    let state = checked(startState());
    const problems = problemsOf(state)!.problems;
    expect(problems.length).toBeGreaterThan(0);
    const located = problems.filter((problem) => problem.issue.position > 0);
    expect(problemsOf(state)!.decorations.find().length).toBeGreaterThan(0);
    const before = located.map((problem) => state.doc.nodeAt(problem.issue.position)?.type.name);
    state = state.apply(state.tr.insertText('前面加的字', insideScopeText(state)));
    const after = problemsOf(state)!.problems.filter((problem) => problem.issue.position > 0).map((problem) => state.doc.nodeAt(problem.issue.position)?.type.name);
    expect(after).toEqual(before);
  });

  it('keeps positions through a change applied as a replacement of the whole document, as remote changes are', () => {
    let state = checked(startState());
    const target = problemsOf(state)!.problems.at(-1)!;
    const typeName = state.doc.nodeAt(target.issue.position)?.type.name;
    const edited = state.apply(state.tr.insertText('远程', insideScopeText(state))).doc;
    state = state.apply(state.tr.replaceWith(0, state.doc.content.size, edited.content));
    const moved = problemsOf(state)!.problems.find((problem) => problem.key === target.key)!;
    expect(moved.issue.position).toBe(target.issue.position + 2);
    expect(state.doc.nodeAt(moved.issue.position)?.type.name).toBe(typeName);
  });

  it('highlights the chosen problem', () => {
    let state = checked(startState());
    const chosen = problemsOf(state)!.problems.find((problem) => problem.issue.position > 0)!;
    state = state.apply(setCurrentProblem(state.tr, chosen.key));
    expect(problemsOf(state)!.currentKey).toBe(chosen.key);
  });
});
