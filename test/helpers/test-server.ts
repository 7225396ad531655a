import { startNormdraftServer, type RunningServer } from '../../server/normdraft-server';
import { createStandardAs, signedUpClient, type ApiClient } from './api-client';
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

export interface ServerWithStandard {
  server: TestServer;
  secretariat: ApiClient;
  standardId: string;
}

/** A real server with one signed-up secretariat and a standard it created: the start of most HTTP tests. */
export async function startServerWithStandard(): Promise<ServerWithStandard> {
  const server = await startTestServer();
  const secretariat = await signedUpClient(server.url, 'secretary');
  const standardId = await createStandardAs(secretariat);
  return { server, secretariat, standardId };
}
