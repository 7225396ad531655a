import type { Accessor } from 'solid-js';
import { createSignal, onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Comment } from '../../../shared/api/comments';
import { listStandardComments } from '../../api/comments';

export interface CommentFeed {
  /**
   * The last list read, kept while a later read fails; null before the first answer. Each comment stays the same
   * object across reads (updated in place), so open threads and half-written replies survive a refresh.
   */
  comments: Accessor<Comment[] | null>;
  failure: Accessor<unknown>;
  reload: () => void;
}

/** New comments arrive by polling; a comment period brings a few a day, so a quarter of a minute is prompt enough. */
const pollInterval = 15_000;

/** The standard's comments, read now, every few seconds and whenever `reload` is called. */
export function createCommentFeed(standardId: string): CommentFeed {
  const [store, setStore] = createStore<{ comments: Comment[] | null }>({ comments: null });
  const [failure, setFailure] = createSignal<unknown>();
  let latestRequest = 0;

  function reload(): void {
    latestRequest += 1;
    const request = latestRequest;
    listStandardComments(standardId)
      .then((list) => {
        if (request !== latestRequest) return;
        setStore('comments', reconcile(list, { key: 'id' }));
        setFailure(undefined);
      })
      .catch((error: unknown) => {
        if (request === latestRequest) setFailure(error);
      });
  }

  reload();
  const timer = setInterval(reload, pollInterval);
  onCleanup(() => {
    clearInterval(timer);
    latestRequest += 1;
  });
  return { comments: () => store.comments, failure, reload };
}
