export interface BenchSettings {
  mode: 'quick' | 'full';
  /** Runs per server of each scenario, alternating which server goes first. */
  repetitions: number;
  fanOutEditors: number[];
  warmupSeconds: number;
  measuredSeconds: number;
  editsPerSecond: number;
  manyDocuments: { documents: number; editorsPerDocument: number };
  durableUpdates: number;
  /** null replays the whole trace. */
  traceOperations: number | null;
  traceRepetitions: number;
  coldOpenRepetitions: number;
  keystrokes: number;
  commentStakeholders: number;
  commentRounds: number;
  panelMembers: number;
  ballotRounds: number;
}

const common = {
  fanOutEditors: [10, 50, 100, 200],
  editsPerSecond: 2,
  manyDocuments: { documents: 100, editorsPerDocument: 5 },
  commentStakeholders: 50,
  panelMembers: 50,
};

export function benchSettings(quick: boolean): BenchSettings {
  if (quick) {
    return {
      ...common,
      mode: 'quick',
      repetitions: 2,
      warmupSeconds: 0.5,
      measuredSeconds: 1.5,
      durableUpdates: 300,
      traceOperations: 1000,
      traceRepetitions: 1,
      coldOpenRepetitions: 2,
      keystrokes: 100,
      commentRounds: 1,
      ballotRounds: 1,
    };
  }
  return {
    ...common,
    mode: 'full',
    repetitions: 3,
    warmupSeconds: 1,
    measuredSeconds: 5,
    durableUpdates: 2000,
    traceOperations: null,
    traceRepetitions: 1,
    coldOpenRepetitions: 3,
    keystrokes: 400,
    commentRounds: 2,
    ballotRounds: 2,
  };
}
