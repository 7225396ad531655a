// `npm run bench:ballots [-- --rounds N]`: the ballot burst alone, for looking at refusals without the whole bench.
// Each round checks the record-log export, and one account may export it six times a minute: at most 5 rounds.
import { disposeTarget, startTarget } from './bench-servers';
import { benchSettings } from './bench-settings';
import { closeBallotBurst, prepareBallotBurst, runBallotBurst, type BallotBurstRun } from './ballot-burst-scenario';
import { ballotBurstFigures } from './figures';

const roundsArgument = process.argv.indexOf('--rounds');
const rounds = roundsArgument > 0 ? Number(process.argv[roundsArgument + 1]) : 5;
const settings = benchSettings(false);
const target = await startTarget('normdraft');
const setup = await prepareBallotBurst(target, settings.panelMembers);
const runs: BallotBurstRun[] = [];
for (let round = 1; round <= rounds; round += 1) runs.push(await runBallotBurst(target, setup, round));
closeBallotBurst(setup);
await disposeTarget(target);
process.stdout.write(`${JSON.stringify(ballotBurstFigures(runs), null, 2)}\n`);
