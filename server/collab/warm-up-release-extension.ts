import type { connectedPayload, Extension } from '@hocuspocus/server';
import type { DocumentWarmUp } from './document-warm-up';

/** Ends the hold of a warmed-up draft once a client's connection to it is in. */
export class WarmUpReleaseExtension implements Extension {
  extensionName = 'WarmUpRelease';

  constructor(private readonly warmUp: DocumentWarmUp) {}

  async connected({ documentName }: connectedPayload): Promise<void> {
    this.warmUp.release(documentName);
  }
}
