import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../../../shared/document/lint/lint-document';
import { numberDocument } from '../../../../shared/document/numbering';
import { buildDocument } from '../../../helpers/build-document';
import { createLargeStandardJson } from '../../../helpers/large-standard';

const warmUpRuns = 10;
const measuredRuns = 20;
/**
 * The browser budget is one frame (16 ms). Shared test machines make the median swing with load, so the bound
 * is on the fastest run: loose enough to hold on a busy machine, tight enough to catch a pass that went quadratic.
 */
const fastestRunBoundMilliseconds = 40;

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function firstParagraphAfterMiddle(document: ProseMirrorNode): number {
  let found = -1;
  document.descendants((node, position) => {
    if (found < 0 && node.type.name === 'paragraph' && position > document.content.size / 2) found = position + 1;
    return found < 0;
  });
  return found;
}

describe('lintDocument on a 150-page standard', () => {
  it('numbers and checks the document within a frame after each keystroke', () => {
    let state = EditorState.create({ doc: buildDocument(createLargeStandardJson({ chapters: 20, clausesPerChapter: 35, tables: 40 })) });
    const typingPosition = firstParagraphAfterMiddle(state.doc);
    const numberingTimes: number[] = [];
    const lintTimes: number[] = [];
    const totals: number[] = [];
    for (let run = 0; run < warmUpRuns + measuredRuns; run += 1) {
      // Each run checks a new document, as the editor does after each change; unchanged nodes are shared.
      state = state.apply(state.tr.insertText('字', typingPosition + run));
      const start = performance.now();
      const numbering = numberDocument(state.doc);
      const numbered = performance.now();
      lintDocument(state.doc, numbering);
      const end = performance.now();
      if (run < warmUpRuns) continue;
      numberingTimes.push(numbered - start);
      lintTimes.push(end - numbered);
      totals.push(end - start);
    }
    const clauses = numberDocument(state.doc).elements.filter((element) => element.kind === 'clause').length;
    console.info(
      `numberDocument ${median(numberingTimes).toFixed(2)} ms + lintDocument ${median(lintTimes).toFixed(2)} ms = ${median(totals).toFixed(2)} ms ` +
        `(median of ${measuredRuns}; fastest ${Math.min(...totals).toFixed(2)} ms; ${clauses} clauses, ${state.doc.textContent.length} characters)`,
    );
    expect(Math.min(...totals)).toBeLessThan(fastestRunBoundMilliseconds);
  });
});
