import { decodeBase64, encodeBase64 } from '@oslojs/encoding';
import * as Y from 'yjs';

/** A Yjs relative position as text, for JSON and the database. */
export function relativePositionToText(position: Y.RelativePosition): string {
  return encodeBase64(Y.encodeRelativePosition(position));
}

/** The relative position stored by `relativePositionToText`, or null when the text is not one. */
export function relativePositionFromText(text: string): Y.RelativePosition | null {
  if (text === '') return null;
  try {
    return Y.decodeRelativePosition(decodeBase64(text));
  } catch {
    return null;
  }
}
