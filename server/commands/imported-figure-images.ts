import type { JSONContent } from '@tiptap/core';
import { fileTypeFromBuffer } from 'file-type';
import { acceptedImageTypes } from '../../shared/api/images';
import type { WordImportNote } from '../../shared/api/word-import';
import { nodeNames } from '../../shared/editor/node-names';
import { generateRandomIdentifier } from '../auth/session-token';
import type { ImageRecord } from '../db/repos/images';
import type { ImportedImage } from '../imports/word/word-import';

export interface ImportedFigureImages {
  /** The draft with each figure pointing at its stored image, or at none when its image could not be used. */
  document: JSONContent;
  records: ImageRecord[];
  notes: WordImportNote[];
}

function withImageIds(node: JSONContent, storedIds: ReadonlyMap<string, string>): JSONContent {
  if (node.type === nodeNames.figure) {
    const placeholder = String(node.attrs?.imageId ?? '');
    return { ...node, attrs: { ...node.attrs, imageId: storedIds.get(placeholder) ?? '' } };
  }
  return node.content ? { ...node, content: node.content.map((child) => withImageIds(child, storedIds)) } : node;
}

/**
 * The embedded images as the figure upload stores them: the type read from the bytes, only PNG, JPEG, GIF and
 * WebP. Word's EMF and WMF drawings cannot be shown in a browser; their figures stay, without an image, and the
 * report names them.
 */
export async function importedFigureImages(document: JSONContent, images: readonly ImportedImage[], standardId: string, uploadedBy: string, now: Date): Promise<ImportedFigureImages> {
  const storedIds = new Map<string, string>();
  const records: ImageRecord[] = [];
  const notes: WordImportNote[] = [];
  for (const image of images) {
    const detected = await fileTypeFromBuffer(image.bytes);
    const contentType = detected?.mime;
    if (!contentType || !(acceptedImageTypes as readonly string[]).includes(contentType)) {
      notes.push({
        kind: 'image',
        where: image.placeholderId.replace('imported-image-', '第 ') + ' 幅图',
        message: {
          zh: `这幅图的格式（${detected?.ext ?? '未知'}）不能在网页中显示，未导入；请另存为 PNG 或 JPEG 后在编辑器中上传到该图。`,
          en: `This image's format (${detected?.ext ?? 'unknown'}) cannot be shown in a browser and was not imported; save it as PNG or JPEG and upload it to the figure in the editor.`,
        },
      });
      continue;
    }
    const id = generateRandomIdentifier(12);
    storedIds.set(image.placeholderId, id);
    records.push({ id, standardId, contentType, bytes: Buffer.from(image.bytes), uploadedBy, createdAt: now });
  }
  return { document: withImageIds(document, storedIds), records, notes };
}
