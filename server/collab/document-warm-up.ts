import type { DirectConnection } from '@hocuspocus/server';

interface HeldDocument {
  connection: Promise<DirectConnection>;
  expiry: ReturnType<typeof setTimeout>;
}

/**
 * Loads a draft as soon as someone is given a ticket for it, so the server reads and decodes it while the browser
 * is still starting the editor, and holds it with a direct connection until a client's connection to it is in (or
 * the ticket could no longer be used). Without the hold Hocuspocus would unload it again at once.
 */
export class DocumentWarmUp {
  private readonly held = new Map<string, HeldDocument>();

  constructor(
    private readonly openDirectConnection: (documentName: string) => Promise<DirectConnection>,
    private readonly holdMilliseconds: number,
  ) {}

  warm(documentName: string): void {
    if (this.held.has(documentName)) return;
    const connection = this.openDirectConnection(documentName);
    const expiry = setTimeout(() => this.release(documentName), this.holdMilliseconds);
    expiry.unref();
    this.held.set(documentName, { connection, expiry });
    connection.catch(() => this.held.delete(documentName));
  }

  /** A client's connection to the draft is in, so the draft stays loaded without the hold. */
  release(documentName: string): void {
    const held = this.held.get(documentName);
    if (!held) return;
    this.held.delete(documentName);
    clearTimeout(held.expiry);
    void held.connection.then((connection) => connection.disconnect()).catch(() => undefined);
  }

  async releaseAll(): Promise<void> {
    const connections = [...this.held.values()].map((held) => {
      clearTimeout(held.expiry);
      return held.connection.then((connection) => connection.disconnect()).catch(() => undefined);
    });
    this.held.clear();
    await Promise.all(connections);
  }
}
