import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';

/** One keystroke of a sequential trace: at `position`, delete `deleted` characters, then insert `inserted`. */
export interface TraceOperation {
  position: number;
  deleted: number;
  inserted: string;
}

export interface EditingTrace {
  name: string;
  operations: TraceOperation[];
  /** The text after all of `operations` (the trace's endContent when they are the whole trace). */
  expectedText: string;
  /** Operations in the whole trace, to say how much of it a prefix is. */
  totalOperations: number;
}

interface SequentialTraceFile {
  startContent: string;
  endContent: string;
  txns: Array<{ patches: Array<[number, number, string]> }>;
}

export const editingTracesDirectory = join(import.meta.dirname, '..', '..', 'shared', 'data', 'editing-traces');

function hasOnlyBasicPlaneCharacters(text: string): boolean {
  return [...text].length === text.length;
}

/**
 * Loads a trace from josephg/editing-traces, optionally only its first `operationLimit` operations. The trace counts
 * positions in code points and Yjs in UTF-16 units; they agree for the traces used here, which is checked.
 */
export function loadEditingTrace(fileName: string, operationLimit: number | null): EditingTrace {
  const file = JSON.parse(gunzipSync(readFileSync(join(editingTracesDirectory, fileName))).toString('utf8')) as SequentialTraceFile;
  if (!hasOnlyBasicPlaneCharacters(file.endContent) || file.startContent !== '') throw new Error(`${fileName}: only traces of BMP text starting empty are supported`);
  const all = file.txns.flatMap((transaction) => transaction.patches.map(([position, deleted, inserted]) => ({ position, deleted, inserted })));
  const operations = operationLimit === null ? all : all.slice(0, operationLimit);
  let expectedText = file.endContent;
  if (operations.length < all.length) {
    expectedText = '';
    for (const operation of operations) {
      expectedText = expectedText.slice(0, operation.position) + operation.inserted + expectedText.slice(operation.position + operation.deleted);
    }
  }
  return { name: fileName.replace(/\.json\.gz$/, ''), operations, expectedText, totalOperations: all.length };
}

/** Applies one operation as its own transaction, the way an editor sends each keystroke. */
export function applyTraceOperation(document: Y.Doc, text: Y.Text | Y.XmlText, operation: TraceOperation): void {
  document.transact(() => {
    if (operation.deleted > 0) text.delete(operation.position, operation.deleted);
    if (operation.inserted.length > 0) text.insert(operation.position, operation.inserted);
  });
}

export interface InProcessReplay {
  milliseconds: number;
  encodedBytes: number;
  heapGrowthBytes: number;
  matches: boolean;
}

/** The floor: the same operations applied to one Y.Doc in this process, with no network and no storage. */
export function replayInProcess(trace: EditingTrace): InProcessReplay {
  const collectGarbage = (globalThis as { gc?: () => void }).gc;
  collectGarbage?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const document = new Y.Doc();
  const text = document.getText('text');
  const start = performance.now();
  for (const operation of trace.operations) applyTraceOperation(document, text, operation);
  const milliseconds = performance.now() - start;
  collectGarbage?.();
  const heapGrowthBytes = process.memoryUsage().heapUsed - heapBefore;
  const result = { milliseconds, encodedBytes: Y.encodeStateAsUpdate(document).byteLength, heapGrowthBytes, matches: text.toString() === trace.expectedText };
  document.destroy();
  return result;
}
