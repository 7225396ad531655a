import type { JSONContent } from '@tiptap/core';
import { numberDocument } from '../../../shared/document/numbering';
import { nodeNames } from '../../../shared/editor/node-names';
import { documentSchema } from '../../documents/document-schema';

/** The nodes whose text may name another element; titles, terms and sources never hold a live reference. */
const textContainers: ReadonlySet<string> = new Set([nodeNames.paragraph, nodeNames.termDefinition, nodeNames.tableNote, nodeNames.tableFootnote]);

interface Targets {
  /** "表1", "图A.1", "附录B", "式(3)" → id. */
  labelled: Map<string, string>;
  /** "5.2", "3.1", "A.1" → id, linked only after words such as 见 or 按. */
  numbered: Map<string, string>;
  /** A referenced document's number → the reference entry's id. */
  documents: Map<string, string>;
}

function targetsOf(document: JSONContent): Targets {
  const numbering = numberDocument(documentSchema.nodeFromJSON(document));
  const targets: Targets = { labelled: new Map(), numbered: new Map(), documents: new Map() };
  for (const element of numbering.elements) {
    if (element.id === null) continue;
    switch (element.kind) {
      case 'table':
      case 'figure':
      case 'annex':
        targets.labelled.set(element.label, element.id);
        break;
      case 'formula':
        targets.labelled.set(`式${element.label}`, element.id);
        break;
      case 'clause':
      case 'term':
        if (element.number !== null && !targets.numbered.has(element.number)) targets.numbered.set(element.number, element.id);
        break;
      case 'reference':
        if (element.label !== '' && !targets.documents.has(element.label)) targets.documents.set(element.label, element.id);
        break;
      default:
        break;
    }
  }
  return targets;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function referencePattern(targets: Targets): RegExp {
  const documents = [...targets.documents.keys()].sort((first, second) => second.length - first.length).map(escape);
  const alternatives = [
    '(?<labelKind>表|图)[\\s\\u3000]*(?<labelNumber>(?:[A-Z]\\.)?\\d{1,3})(?![\\d.])',
    '附录[\\s\\u3000]*(?<annex>[A-Z])(?![A-Za-z])',
    '式[\\s\\u3000]*[（(][\\s\\u3000]*(?<formula>(?:[A-Z]\\.)?\\d{1,3})[\\s\\u3000]*[)）]',
    '(?<lead>(?:见|按|按照|符合|依据|参照|参见|根据)[\\s\\u3000]*(?:第[\\s\\u3000]*)?)(?<clause>\\d{1,2}(?:\\.\\d{1,3}){1,4}|[A-Z](?:\\.\\d{1,3}){1,4}|\\d{1,2}(?=[\\s\\u3000]*章))(?![\\d.])',
    ...(documents.length > 0 ? [`(?<document>${documents.join('|')})(?![\\d.—\\-–])`] : []),
  ];
  return new RegExp(alternatives.join('|'), 'gu');
}

interface Found {
  start: number;
  end: number;
  targetId: string;
}

function matchesIn(text: string, pattern: RegExp, targets: Targets): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(pattern)) {
    const groups = match.groups ?? {};
    const start = match.index;
    let targetId: string | undefined;
    let offset = 0;
    if (groups.labelKind !== undefined) targetId = targets.labelled.get(`${groups.labelKind}${groups.labelNumber ?? ''}`);
    else if (groups.annex !== undefined) targetId = targets.labelled.get(`附录${groups.annex}`);
    else if (groups.formula !== undefined) targetId = targets.labelled.get(`式(${groups.formula})`);
    else if (groups.clause !== undefined) {
      targetId = targets.numbered.get(groups.clause);
      offset = (groups.lead ?? '').length;
    } else if (groups.document !== undefined) targetId = targets.documents.get(groups.document);
    if (targetId !== undefined) found.push({ start: start + offset, end: start + match[0].length, targetId });
  }
  return found;
}

function linkedText(node: JSONContent, pattern: RegExp, targets: Targets, counter: { links: number }): JSONContent[] {
  const text = node.text ?? '';
  const found = matchesIn(text, pattern, targets);
  if (found.length === 0) return [node];
  const pieces: JSONContent[] = [];
  let cursor = 0;
  for (const { start, end, targetId } of found) {
    if (start > cursor) pieces.push({ ...node, text: text.slice(cursor, start) });
    pieces.push({ type: nodeNames.crossReference, attrs: { targetId } });
    counter.links += 1;
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ ...node, text: text.slice(cursor) });
  return pieces;
}

function linkNode(node: JSONContent, pattern: RegExp, targets: Targets, counter: { links: number }, inContainer: boolean): JSONContent {
  if (!node.content) return node;
  const container = textContainers.has(node.type ?? '');
  const content = node.content.flatMap((child) => (child.type === 'text' && (inContainer || container) ? linkedText(child, pattern, targets, counter) : [linkNode(child, pattern, targets, counter, container)]));
  return { ...node, content };
}

/**
 * Turns the numbers a drafter typed ("见5.2", "按表A.1", "附录B", "式(3)", "符合GB/T 191") into live cross-references
 * wherever they name an element of the imported draft; numbers that name nothing stay text.
 */
export function linkTypedReferences(document: JSONContent): { document: JSONContent; links: number } {
  const targets = targetsOf(document);
  const counter = { links: 0 };
  const linked = linkNode(document, referencePattern(targets), targets, counter, false);
  return { document: linked, links: counter.links };
}
