import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import type { RefreshExplanatoryStatementFactsResponse } from '../../shared/api/explanatory-statements';
import { documentNameForExplanatoryStatement } from '../../shared/collab/document-name';
import { draftersParagraphs, workProcessParagraphs } from '../../shared/document/explanatory-statement/explanatory-statement-skeleton';
import { collaborationFragmentName } from '../../shared/editor/document-extensions';
import { nodeNames } from '../../shared/editor/node-names';
import type { LiveDocumentGateway } from '../commands/live-document-gateway';
import type { Database } from '../db/client';
import type { StandardRecord } from '../db/repos/standards';
import { collectExplanatoryStatementFacts } from './collect-explanatory-statement-facts';
import { openExplanatoryStatement } from './open-explanatory-statement';

export interface RefreshExplanatoryStatementFactsProps {
  database: Database;
  liveDocuments: LiveDocumentGateway;
  standard: StandardRecord;
  timeZone: string;
}

function titleOf(clause: Y.XmlElement): string {
  const title = clause.get(0);
  return title instanceof Y.XmlElement && title.nodeName === nodeNames.clauseTitle ? title.toArray().map((part) => (part instanceof Y.XmlText ? part.toString() : '')).join('') : '';
}

function clausesWithin(parent: Y.XmlFragment | Y.XmlElement): Y.XmlElement[] {
  return parent.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement && child.nodeName === nodeNames.clause);
}

function paragraphElement(paragraph: JSONContent): Y.XmlElement {
  const element = new Y.XmlElement(nodeNames.paragraph);
  const text = (paragraph.content ?? []).map((part) => part.text ?? '').join('');
  if (text !== '') element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** Replaces what stands between a clause's title and its first sub-clause. */
function replaceBody(clause: Y.XmlElement, paragraphs: JSONContent[]): void {
  const children = clause.toArray();
  const firstSubClause = children.findIndex((child, index) => index > 0 && child instanceof Y.XmlElement && child.nodeName === nodeNames.clause);
  const bodyEnd = firstSubClause === -1 ? children.length : firstSubClause;
  if (bodyEnd > 1) clause.delete(1, bodyEnd - 1);
  clause.insert(1, paragraphs.map(paragraphElement));
}

/**
 * "更新事实": rewrites only the two sub-clauses that are nothing but facts, 主要工作过程 and 主要起草单位和起草人及其分工,
 * found by their title anywhere under a chapter; text elsewhere, where facts are mixed with the drafters' own words,
 * is left for the drafters. A sub-clause they renamed is theirs and is not touched.
 */
export async function refreshExplanatoryStatementFacts({ database, liveDocuments, standard, timeZone }: RefreshExplanatoryStatementFactsProps): Promise<RefreshExplanatoryStatementFactsResponse> {
  await openExplanatoryStatement({ database, liveDocuments, standard, timeZone });
  const facts = collectExplanatoryStatementFacts(database, standard, timeZone);
  const replacements = new Map<string, JSONContent[]>([
    ['主要工作过程', workProcessParagraphs(facts)],
    ['主要起草单位和起草人及其分工', draftersParagraphs(facts)],
  ]);
  const refreshed: string[] = [];
  await liveDocuments.transact(documentNameForExplanatoryStatement(standard.id), (document) => {
    for (const chapter of clausesWithin(document.getXmlFragment(collaborationFragmentName))) {
      for (const clause of clausesWithin(chapter)) {
        const title = titleOf(clause);
        const paragraphs = replacements.get(title);
        if (!paragraphs || refreshed.includes(title)) continue;
        replaceBody(clause, paragraphs);
        refreshed.push(title);
      }
    }
  });
  return { refreshedClauses: refreshed };
}
