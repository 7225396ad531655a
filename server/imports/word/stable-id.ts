import { randomUUID } from 'node:crypto';

/** A fresh stable id for an element the import creates. */
export const stableId = (): string => randomUUID();

