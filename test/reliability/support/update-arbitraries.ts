import fc from 'fast-check';
import * as Y from 'yjs';

export type Operation =
  | { kind: 'insertText'; at: number; text: string }
  | { kind: 'typeIntoExistingText'; which: number; at: number; text: string }
  | { kind: 'deleteFromExistingText'; which: number; at: number; length: number }
  | { kind: 'deleteText'; at: number; length: number }
  | { kind: 'formatText'; at: number; length: number; bold: boolean }
  | { kind: 'setMapEntry'; key: string; value: string | number | boolean | null }
  | { kind: 'insertElement'; at: number; name: string; attribute: string; text: string }
  | { kind: 'deleteElement'; at: number };

export const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('typeIntoExistingText' as const), which: fc.nat(), at: fc.nat(60), text: fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }) }),
  fc.record({ kind: fc.constant('deleteFromExistingText' as const), which: fc.nat(), at: fc.nat(60), length: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('insertText' as const), at: fc.nat(40), text: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }) }),
  fc.record({ kind: fc.constant('deleteText' as const), at: fc.nat(40), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('formatText' as const), at: fc.nat(40), length: fc.integer({ min: 1, max: 8 }), bold: fc.boolean() }),
  fc.record({ kind: fc.constant('setMapEntry' as const), key: fc.string({ maxLength: 6 }), value: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null)) }),
  fc.record({ kind: fc.constant('insertElement' as const), at: fc.nat(6), name: fc.constantFrom('paragraph', 'clause', 'clauseTitle', 'table'), attribute: fc.string({ maxLength: 8 }), text: fc.string({ maxLength: 10 }) }),
  fc.record({ kind: fc.constant('deleteElement' as const), at: fc.nat(6) }),
);

/** Every XmlText under the editor's fragment, in document order. */
function existingTexts(fragment: Y.XmlFragment): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  const visit = (node: Y.XmlFragment | Y.XmlElement): void => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child);
      else if (child instanceof Y.XmlElement) visit(child);
    }
  };
  visit(fragment);
  return texts;
}

function applyOperation(document: Y.Doc, operation: Operation): void {
  const text = document.getText('fuzz-text');
  const fragment = document.getXmlFragment('default');
  switch (operation.kind) {
    case 'typeIntoExistingText':
    case 'deleteFromExistingText': {
      const texts = existingTexts(fragment);
      const target = texts[operation.which % Math.max(texts.length, 1)];
      if (!target) break;
      const at = Math.min(operation.at, target.length);
      if (operation.kind === 'typeIntoExistingText') target.insert(at, operation.text);
      else target.delete(at, Math.min(operation.length, target.length - at));
      break;
    }
    case 'insertText':
      text.insert(Math.min(operation.at, text.length), operation.text);
      break;
    case 'deleteText': {
      const at = Math.min(operation.at, text.length);
      text.delete(at, Math.min(operation.length, text.length - at));
      break;
    }
    case 'formatText': {
      const at = Math.min(operation.at, text.length);
      text.format(at, Math.min(operation.length, text.length - at), { bold: operation.bold || null });
      break;
    }
    case 'setMapEntry':
      document.getMap('fuzz-map').set(operation.key, operation.value);
      break;
    case 'insertElement': {
      const element = new Y.XmlElement(operation.name);
      element.setAttribute('id', operation.attribute);
      element.insert(0, [new Y.XmlText(operation.text)]);
      fragment.insert(Math.min(operation.at, fragment.length), [element]);
      break;
    }
    case 'deleteElement':
      if (fragment.length > 0) fragment.delete(Math.min(operation.at, fragment.length - 1), 1);
      break;
  }
}

/**
 * Well-formed updates: the changes one client makes to a document that starts as `baseState`, encoded as the
 * provider would send them (one update for all operations).
 */
export function buildUpdate(baseState: Uint8Array, operations: readonly Operation[]): Uint8Array {
  const document = new Y.Doc();
  Y.applyUpdate(document, baseState);
  const before = Y.encodeStateVector(document);
  document.transact(() => {
    for (const operation of operations) applyOperation(document, operation);
  });
  const update = Y.encodeStateAsUpdate(document, before);
  document.destroy();
  return update;
}

export const operationsArbitrary = fc.array(operationArbitrary, { minLength: 1, maxLength: 8 });

export function validUpdateArbitrary(baseState: Uint8Array = new Uint8Array([0, 0])): fc.Arbitrary<Uint8Array> {
  return operationsArbitrary.map((operations) => buildUpdate(baseState, operations));
}

export type Mutation =
  | { kind: 'setByte'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insertBytes'; at: number; bytes: Uint8Array }
  | { kind: 'deleteRange'; at: number; length: number }
  | { kind: 'duplicateRange'; at: number; length: number }
  | { kind: 'hugeNumber'; at: number };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('setByte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insertBytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('deleteRange' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('duplicateRange' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('hugeNumber' as const), at: fc.nat() }),
);

export function mutate(bytes: Uint8Array, mutation: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : mutation.at % bytes.length;
  switch (mutation.kind) {
    case 'setByte': {
      const copy = bytes.slice();
      if (copy.length > 0) copy[at] = mutation.value;
      return copy;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'insertBytes':
      return Uint8Array.from([...bytes.slice(0, at), ...mutation.bytes, ...bytes.slice(at)]);
    case 'deleteRange':
      return Uint8Array.from([...bytes.slice(0, at), ...bytes.slice(at + mutation.length)]);
    case 'duplicateRange':
      return Uint8Array.from([...bytes.slice(0, at + mutation.length), ...bytes.slice(at)]);
    case 'hugeNumber':
      // A varUint far larger than any clock, length or client id (2^35 - 1).
      return Uint8Array.from([...bytes.slice(0, at), 0xff, 0xff, 0xff, 0xff, 0x7f, ...bytes.slice(at + 1)]);
  }
}

/** A well-formed update with one to four byte-level mutations: most are malformed, some still decode. */
export function mutatedUpdateArbitrary(baseState?: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.tuple(validUpdateArbitrary(baseState), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 })).map(([update, mutations]) => mutations.reduce(mutate, update));
}

/** Two updates glued together, or an update followed by noise (Yjs reads the first and ignores the rest). */
export function concatenatedUpdateArbitrary(baseState?: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(validUpdateArbitrary(baseState), fc.oneof(validUpdateArbitrary(baseState), fc.uint8Array({ minLength: 1, maxLength: 16 })))
    .map(([first, second]) => Uint8Array.from([...first, ...second]));
}
