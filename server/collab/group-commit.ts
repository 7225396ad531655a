import type { Database } from '../db/client';

interface PendingWrite {
  write: (transaction: Database) => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Writes queued during one turn of the event loop commit together in one transaction, so concurrent editors share
 * one fsync instead of paying one each; every promise settles only after that commit (or its failure).
 */
export class GroupCommit {
  private pending: PendingWrite[] = [];

  constructor(private readonly database: Database) {}

  enqueue(write: (transaction: Database) => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    try {
      this.database.transaction((transaction) => {
        for (const { write } of batch) write(transaction);
      });
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    for (const { resolve } of batch) resolve();
  }
}
