import type { JSONContent } from '@tiptap/core';
import { updateYFragment } from '@tiptap/y-tiptap';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { OutlineResponse } from '../../../../shared/api/document-structure';
import { collaborationFragmentName } from '../../../../shared/editor/document-extensions';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../../../helpers/collaboration-client';
import { startServerWithStandard, type ServerWithStandard } from '../../../helpers/test-server';
import { readWordDocument } from '../office-readers';
import { smallStandardDocument } from './small-standard';

let world: ServerWithStandard;

beforeAll(async () => {
  world = await startServerWithStandard();
});

afterAll(async () => {
  await world.server.stop();
});

/** Every run of text the drafter typed outside the cover, in document order. */
function textsOf(node: JSONContent, insideCover = false): string[] {
  if (node.type === 'cover' || insideCover) return [];
  // A formula's TeX comes back as the equation's symbols: "\\%" is the percent sign.
  if (node.type === 'formula') return textsOf({ type: 'doc', content: node.content }).map((tex) => tex.replaceAll('\\%', '%'));
  if (node.type === 'text') return node.text?.trim() ? [node.text.trim()] : [];
  return (node.content ?? []).flatMap((child) => textsOf(child));
}

function headingOf(item: OutlineResponse['items'][number]): string[] {
  if (item.kind === 'clause') return [`${item.number}\u3000${item.title}`];
  if (item.kind === 'annex') return [`附录${item.number?.replace(/^附录/, '') ?? ''}`, item.title];
  if (item.kind === 'foreword') return ['前\u3000\u3000言'];
  if (item.kind === 'introduction') return ['引\u3000\u3000言'];
  return ['参\u3000考\u3000文\u3000献'];
}

it('the Word file of a frozen version, unzipped and read back, has the version’s clause numbers, titles and texts in order', async () => {
  const writer = connectCollaborationClient(world.secretariat, world.standardId);
  await waitForSynced(writer);
  writer.document.transact(() => {
    updateYFragment(writer.document, writer.document.getXmlFragment(collaborationFragmentName), smallStandardDocument(), { mapping: new Map(), isOMark: new Map() });
  });
  await waitForAllSaved(writer);
  writer.destroy();

  const frozen = await world.secretariat.post(`/api/standards/${world.standardId}/versions`, { name: '送审稿' });
  expect(frozen.status).toBe(201);
  const versionId = (frozen.body as { id: string }).id;
  const base = `/api/standards/${world.standardId}/versions/${versionId}`;
  const outline = (await world.secretariat.get(`${base}/outline`)).body as OutlineResponse;
  const version = (await world.secretariat.get(base)).body as { document: JSONContent };
  const response = await world.secretariat.fetchRaw(`${base}/document.docx`);
  expect(response.status).toBe(200);
  const { paragraphs, tables } = await readWordDocument(new Uint8Array(await response.arrayBuffer()));

  const clauses = outline.items.filter((item) => item.kind === 'clause');
  expect(clauses.length).toBeGreaterThan(8);
  expect(outline.items.some((item) => item.kind === 'annex')).toBe(true);
  // The body starts after the 目次, which lists the same headings.
  let from = paragraphs.indexOf('前\u3000\u3000言');
  expect(from).toBeGreaterThan(0);
  for (const item of outline.items) {
    for (const heading of headingOf(item)) {
      const index = paragraphs.findIndex((paragraph, position) => position >= from && paragraph.startsWith(heading));
      expect(index, `${heading} after paragraph ${from}`).toBeGreaterThanOrEqual(from);
      from = index + 1;
    }
  }

  // Formulas come back as Office Math, whose text has no spaces between the symbols.
  const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');
  const wholeText = withoutSpaces([...paragraphs, ...tables.flat(2)].join(''));
  const texts = textsOf(version.document);
  expect(texts.length).toBeGreaterThan(20);
  const missing = texts.filter((text) => !wholeText.includes(withoutSpaces(text)));
  expect(missing).toEqual([]);
}, 60_000);
