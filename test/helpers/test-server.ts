import { startNormdraftServer, type RunningServer } from '../../server/normdraft-server';
import { createTemporaryDirectory } from './temporary-directory';
import { testEnvironment } from './test-environment';

export interface TestServer extends RunningServer {
  databasePath: string;
  stop(): Promise<void>;
}

/** A real server on port 0 with its own SQLite file in a temporary folder. */
export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const directory = createTemporaryDirectory();
  const environment = testEnvironment(directory.path, overrides);
  const server = await startNormdraftServer(environment);
  return {
    ...server,
    databasePath: environment.databasePath,
    async stop() {
      await server.close();
      directory.remove();
    },
  };
}
