import { readEnvironment } from './env';
import { startNormdraftServer } from './normdraft-server';

const environment = readEnvironment();
const server = await startNormdraftServer(environment);
console.log(`Normdraft is running at ${server.url}`);
console.log(`Database: ${environment.databasePath}`);
console.log(`Answers to the host names: ${server.knownHosts.join(', ')}${environment.publicUrl ? '' : ' (set PUBLIC_URL or ALLOWED_HOSTS to add others)'}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
