export type EmbeddableImageType = 'png' | 'jpg' | 'gif';

export interface EmbeddableImage {
  type: EmbeddableImageType;
  width: number;
  height: number;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function gifSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 10) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
}

/** Start-of-frame markers carry the size; C4 (Huffman tables), C8 and CC (arithmetic coding) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (view.getUint8(offset) !== 0xff) return null;
    const marker = view.getUint8(offset + 1);
    if (isStartOfFrame(marker)) return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

const readers: Record<string, { type: EmbeddableImageType; size: (bytes: Uint8Array) => { width: number; height: number } | null }> = {
  'image/png': { type: 'png', size: pngSize },
  'image/jpeg': { type: 'jpg', size: jpegSize },
  'image/gif': { type: 'gif', size: gifSize },
};

/**
 * The Word image type and pixel size of a stored figure image, read from its header; null for a type Word files
 * cannot hold here (WebP) or a header that gives no usable size.
 */
export function embeddableImage(contentType: string, bytes: Uint8Array): EmbeddableImage | null {
  const reader = readers[contentType];
  const size = reader?.size(bytes);
  if (!reader || !size || size.width <= 0 || size.height <= 0) return null;
  return { type: reader.type, width: size.width, height: size.height };
}
