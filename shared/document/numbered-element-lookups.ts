import type { NumberedElement } from './numbered-elements';

/**
 * A run of numbered elements in document order, with its lookups: a section's elements (kept with the section and
 * reused while it does not change) or every element of a list. Positions in the lookup count from `start`.
 */
export interface NumberedRun {
  start: number;
  elements: readonly NumberedElement[];
  /** Position minus `start` → index of the element there; a later element at the same position wins, as in a Map. */
  indexByOffset: ReadonlyMap<number, number>;
  /** Stable id → index of the first element with that id. */
  indexById: ReadonlyMap<string, number>;
}

/** Builds the lookups of elements already in document order, counting positions from `start`. */
export function numberedRun(elements: readonly NumberedElement[], start: number): NumberedRun {
  const indexByOffset = new Map<number, number>();
  const indexById = new Map<string, number>();
  elements.forEach((element, index) => {
    indexByOffset.set(element.position - start, index);
    if (element.id && !indexById.has(element.id)) indexById.set(element.id, index);
  });
  return { start, elements, indexByOffset, indexById };
}

/** The last run starting at or before the position; runs are in document order and do not overlap. */
function runAt(runs: readonly NumberedRun[], position: number): NumberedRun | undefined {
  let low = 0;
  let high = runs.length - 1;
  let found: NumberedRun | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle];
    if (run && run.start <= position) {
      found = run;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Numbered elements by position: looks in the run the position falls in, so no map of the whole document is built. */
export class ElementsByPosition implements ReadonlyMap<number, NumberedElement> {
  readonly #runs: readonly NumberedRun[];
  readonly #size: number;

  constructor(runs: readonly NumberedRun[]) {
    this.#runs = runs;
    this.#size = runs.reduce((size, run) => size + run.indexByOffset.size, 0);
  }

  get size(): number {
    return this.#size;
  }

  get(position: number): NumberedElement | undefined {
    const run = runAt(this.#runs, position);
    const index = run?.indexByOffset.get(position - run.start);
    return index === undefined ? undefined : run?.elements[index];
  }

  has(position: number): boolean {
    return this.get(position) !== undefined;
  }

  *entries(): MapIterator<[number, NumberedElement]> {
    for (const run of this.#runs) {
      for (const [offset, index] of run.indexByOffset) {
        const element = run.elements[index];
        if (element) yield [run.start + offset, element];
      }
    }
  }

  *keys(): MapIterator<number> {
    for (const [position] of this.entries()) yield position;
  }

  *values(): MapIterator<NumberedElement> {
    for (const [, element] of this.entries()) yield element;
  }

  forEach(callback: (element: NumberedElement, position: number, map: ReadonlyMap<number, NumberedElement>) => void): void {
    for (const run of this.#runs) {
      run.indexByOffset.forEach((index, offset) => {
        const element = run.elements[index];
        if (element) callback(element, run.start + offset, this);
      });
    }
  }

  [Symbol.iterator](): MapIterator<[number, NumberedElement]> {
    return this.entries();
  }
}

/** The run each id first occurs in; the same directory serves every numbering while no run's ids change. */
type IdDirectory = Pick<ReadonlyMap<string, number>, 'get' | 'has' | 'size'>;

function sameIds(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number> | undefined): boolean {
  if (left === right) return true;
  if (!right || left.size !== right.size) return false;
  const rightIds = right.keys();
  for (const id of left.keys()) {
    if (rightIds.next().value !== id) return false;
  }
  return true;
}

let lastDirectory: { idsByRun: readonly ReadonlyMap<string, number>[]; directory: IdDirectory } | null = null;

/** Typing changes no id, so the directory of the previous numbering is reused; this spares a map of every id per keystroke. */
function directoryOf(runs: readonly NumberedRun[]): IdDirectory {
  const idsByRun = runs.map((run) => run.indexById);
  const previous = lastDirectory;
  if (previous && previous.idsByRun.length === idsByRun.length && idsByRun.every((ids, index) => sameIds(ids, previous.idsByRun[index]))) {
    lastDirectory = { idsByRun, directory: previous.directory };
    return previous.directory;
  }
  const directory = new Map<string, number>();
  idsByRun.forEach((ids, runIndex) => {
    for (const id of ids.keys()) {
      if (!directory.has(id)) directory.set(id, runIndex);
    }
  });
  lastDirectory = { idsByRun, directory };
  return directory;
}

/** Numbered elements by stable id, the first in document order winning. */
export class ElementsById implements ReadonlyMap<string, NumberedElement> {
  readonly #runs: readonly NumberedRun[];
  readonly #directory: IdDirectory;

  constructor(runs: readonly NumberedRun[]) {
    this.#runs = runs;
    const only = runs.length === 1 ? runs[0] : undefined;
    this.#directory = only ? { get: (id) => (only.indexById.has(id) ? 0 : undefined), has: (id) => only.indexById.has(id), size: only.indexById.size } : directoryOf(runs);
  }

  get size(): number {
    return this.#directory.size;
  }

  get(id: string): NumberedElement | undefined {
    const runIndex = this.#directory.get(id);
    const run = runIndex === undefined ? undefined : this.#runs[runIndex];
    const index = run?.indexById.get(id);
    return index === undefined ? undefined : run?.elements[index];
  }

  has(id: string): boolean {
    return this.#directory.has(id);
  }

  *entries(): MapIterator<[string, NumberedElement]> {
    for (let runIndex = 0; runIndex < this.#runs.length; runIndex += 1) {
      const run = this.#runs[runIndex];
      if (!run) continue;
      for (const [id, index] of run.indexById) {
        const element = run.elements[index];
        if (element && this.#directory.get(id) === runIndex) yield [id, element];
      }
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<NumberedElement> {
    for (const [, element] of this.entries()) yield element;
  }

  forEach(callback: (element: NumberedElement, id: string, map: ReadonlyMap<string, NumberedElement>) => void): void {
    this.#runs.forEach((run, runIndex) => {
      run.indexById.forEach((index, id) => {
        const element = run.elements[index];
        if (element && this.#directory.get(id) === runIndex) callback(element, id, this);
      });
    });
  }

  [Symbol.iterator](): MapIterator<[string, NumberedElement]> {
    return this.entries();
  }
}
