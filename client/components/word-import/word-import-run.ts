import { createSignal, onCleanup } from 'solid-js';
import type { RunningWordImport, WordImportPhase } from '../../api/word-imports';

export type WordImportState<Response> =
  | { step: 'idle' }
  | { step: 'running'; phase: WordImportPhase }
  | { step: 'cancelled' }
  | { step: 'failed'; error: unknown }
  | { step: 'done'; response: Response };

export type StartWordImport<Response> = (onPhase: (phase: WordImportPhase) => void) => RunningWordImport<Response>;

/** One import at a time, from the first byte sent to the report; leaving the page cancels an import still running. */
export function createWordImportRun<Response>() {
  const [state, setState] = createSignal<WordImportState<Response>>({ step: 'idle' });
  let running: RunningWordImport<Response> | null = null;

  async function start(begin: StartWordImport<Response>): Promise<Response | null> {
    running = begin((phase) => setState({ step: 'running', phase }));
    try {
      const outcome = await running.outcome;
      if (outcome.kind === 'cancelled') {
        setState({ step: 'cancelled' });
        return null;
      }
      setState({ step: 'done', response: outcome.response });
      return outcome.response;
    } catch (error) {
      setState({ step: 'failed', error });
      return null;
    } finally {
      running = null;
    }
  }

  onCleanup(() => running?.cancel());

  return {
    state,
    start,
    cancel: () => running?.cancel(),
    reset: () => setState({ step: 'idle' }),
    isRunning: () => state().step === 'running',
    phase: () => {
      const now = state();
      return now.step === 'running' ? now.phase : null;
    },
    response: () => {
      const now = state();
      return now.step === 'done' ? now.response : null;
    },
    failure: () => {
      const now = state();
      return now.step === 'failed' ? { error: now.error } : null;
    },
  };
}
