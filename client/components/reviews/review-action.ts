import { createSignal } from 'solid-js';

export interface ReviewAction {
  busy: () => boolean;
  failure: () => unknown;
  /** Waits for one request; while it runs `busy` is true. Answers its result, or undefined after a refusal, which `failure` then holds. */
  track: <Result>(pending: Promise<Result>) => Promise<{ result: Result } | undefined>;
}

/** The busy flag and the last refusal of a button or form that sends one request at a time. */
export function createReviewAction(): ReviewAction {
  const [busy, setBusy] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();
  return {
    busy,
    failure,
    async track(pending) {
      setBusy(true);
      setFailure(undefined);
      try {
        return { result: await pending };
      } catch (error) {
        setFailure(error);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
  };
}
