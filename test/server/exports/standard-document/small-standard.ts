import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { renderStandardDocx } from '../../../../server/exports/standard-document/render-standard-docx';
import type { FigureImage, StandardDocumentFacts } from '../../../../server/exports/standard-document/standard-document-facts';
import { buildDocument } from '../../../helpers/build-document';
import { createSampleStandardJson } from '../../../helpers/sample-standard';
import { appendToNodeWithId } from '../../../helpers/edit-standard-json';
import { clause, note, paragraph, termEntry } from '../../../helpers/standard-builder';

/** A 1 × 1 PNG. */
export const onePixelPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export const sampleProject = { title: '团体标准编写示例', titleEn: 'Sample group standard', bodyCode: 'CAS', sequenceNumber: '001' };

/** A table with a header cell over two columns and a body cell over two rows. */
function mergedTable(): JSONContent {
  const cell = (type: string, text: string, attrs: Record<string, number> = {}): JSONContent => ({ type, attrs: { colspan: 1, rowspan: 1, ...attrs }, content: [paragraph(text)] });
  return {
    type: 'tableBlock',
    attrs: { id: 'table-merged' },
    content: [
      { type: 'tableTitle', content: [{ type: 'text', text: '合并单元格' }] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', '项目'), cell('tableHeader', '指标', { colspan: 2 })] },
          { type: 'tableRow', content: [cell('tableCell', '尺寸', { rowspan: 2 }), cell('tableCell', '长'), cell('tableCell', '10 mm')] },
          { type: 'tableRow', content: [cell('tableCell', '宽'), cell('tableCell', '5 mm')] },
        ],
      },
    ],
  };
}

/** The checker's sample standard with a merged table, a note with two paragraphs of hostile text, and a term with a source. */
export function smallStandardJson(): JSONContent {
  let json = createSampleStandardJson();
  json = appendToNodeWithId(
    json,
    'chapter-terms',
    termEntry({ id: 'term-sourced', chinese: '标准化', english: 'standardization', definition: '为了在既定范围内获得最佳秩序的活动', source: 'GB/T 20000.1—2014，3.1' }),
  );
  json = appendToNodeWithId(json, 'chapter-requirements', clause('clause-merged', '合并的表格', paragraph('见下表。'), mergedTable(), note('note-hostile', '<w:p>&amp; "引号" ]]>'), note('note-second', '第二条注。')));
  return json;
}

export function smallStandardDocument(): ProseMirrorNode {
  return buildDocument(smallStandardJson());
}

export function factsOf(document: ProseMirrorNode, images: Record<string, FigureImage> = {}): StandardDocumentFacts {
  return { document, project: sampleProject, documentDate: new Date('2026-03-04T05:06:07.000Z'), timeZone: 'Asia/Shanghai', images: (id) => images[id] };
}

export function renderSmallStandard(images: Record<string, FigureImage> = { 'image-1': { contentType: 'image/png', bytes: onePixelPng } }): Promise<Uint8Array> {
  return renderStandardDocx(factsOf(smallStandardDocument(), images));
}
