// `npm test`: every vitest suite, then the Playwright browser flows against the built app; prints one total.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
mkdirSync('.test-output', { recursive: true });

function run(command, args) {
  return spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const vitestStatus = run(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-output/vitest.json']);
const vitest = readJson('.test-output/vitest.json');

let playwrightStatus = 1;
if (!ensureChromium()) {
  console.error('Skipping nothing: browser tests need Chromium, so the run fails.');
} else if (run(npm, ['run', 'build', '--silent']) !== 0) {
  console.error('The client build failed, so the browser tests cannot run.');
} else {
  playwrightStatus = run(npx, ['playwright', 'test']);
}
const playwright = readJson('.test-output/playwright.json');

// A suite whose hook failed counts no failed test, so it is counted on its own.
const failedSuites = (vitest?.testResults ?? []).filter((suite) => suite.status === 'failed' && (suite.assertionResults ?? []).every((test) => test.status !== 'failed')).length;
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed = (vitest?.numFailedTests ?? 0) + failedSuites + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0);
console.log(`\nvitest: ${vitest?.numPassedTests ?? 0} passed, ${vitest?.numFailedTests ?? 0} failed${failedSuites > 0 ? `, ${failedSuites} suites failed outside their tests` : ''}; playwright: ${playwright?.stats?.expected ?? 0} passed, ${playwright?.stats?.unexpected ?? 0} failed`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(vitestStatus !== 0 || playwrightStatus !== 0 || failed > 0 || passed === 0 ? 1 : 0);
