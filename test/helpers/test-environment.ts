import { join } from 'node:path';
import { readEnvironment, type Environment } from '../../server/env';

export function testEnvironment(directory: string, overrides: Record<string, string> = {}): Environment {
  return readEnvironment({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_PATH: join(directory, 'normdraft.db'),
    CLIENT_DIRECTORY: join(directory, 'no-client'),
    LOG_LEVEL: 'silent',
    // Suites create many accounts from 127.0.0.1; the sign-up limit has its own test with the real figure.
    SIGNUPS_PER_ADDRESS_PER_HOUR: '1000',
    ...overrides,
  });
}
