import { EditorState } from '@tiptap/pm/state';
import { lintDocument } from '../shared/document/lint/lint-document';
import { numberDocument } from '../shared/document/numbering';
import { documentSchema } from '../server/documents/document-schema';
import { createLargeStandardJson } from '../test/helpers/large-standard';
import { summarizeLatencies, type LatencySummary } from './statistics';

export interface NumberingAndCheckingResult {
  clauses: number;
  tables: number;
  /** Applying the keystroke's transaction alone: the floor every editor pays. */
  transaction: LatencySummary;
  numbering: LatencySummary;
  numberingAndChecking: LatencySummary;
  issues: number;
}

/** A 150-page standard (about 600 clauses and 40 tables); every keystroke re-derives all numbers and re-runs every rule. */
export function runNumberingAndCheckingScenario(keystrokes: number): NumberingAndCheckingResult {
  const document = documentSchema.nodeFromJSON(createLargeStandardJson({ chapters: 15, clausesPerChapter: 50, tables: 40 }));
  let state = EditorState.create({ doc: document });
  const numbering = numberDocument(document);
  const clauses = numbering.elements.filter((element) => element.kind === 'clause').length;
  const tables = numbering.elements.filter((element) => element.kind === 'table').length;
  const paragraphIndexes = (): number[] => {
    const positions: number[] = [];
    state.doc.descendants((node, position) => {
      if (node.type.name === 'paragraph' && node.content.size > 0) positions.push(position + 1);
      return node.type.name !== 'paragraph';
    });
    return positions;
  };

  const transactionTimes: number[] = [];
  const numberingTimes: number[] = [];
  const totalTimes: number[] = [];
  let issues = 0;
  for (let keystroke = 0; keystroke < keystrokes; keystroke += 1) {
    const positions = paragraphIndexes();
    const target = positions[(keystroke * 7919) % positions.length] ?? 1;
    const start = performance.now();
    state = state.apply(state.tr.insertText('字', target));
    const afterTransaction = performance.now();
    const derived = numberDocument(state.doc);
    const afterNumbering = performance.now();
    issues = lintDocument(state.doc, derived).length;
    const afterChecking = performance.now();
    transactionTimes.push(afterTransaction - start);
    numberingTimes.push(afterNumbering - afterTransaction);
    totalTimes.push(afterChecking - afterTransaction);
  }
  return {
    clauses,
    tables,
    transaction: summarizeLatencies(transactionTimes),
    numbering: summarizeLatencies(numberingTimes),
    numberingAndChecking: summarizeLatencies(totalTimes),
    issues,
  };
}
