import { describe, expect, it } from 'vitest';
import { ApiClient, signedUpClient } from '../helpers/api-client';
import { startTestServer } from '../helpers/test-server';
import { scaled } from './support/reliability-scale';

const password = 'correct horse battery';

async function logIn(baseUrl: string, username: string, attempt: string): Promise<{ status: number; code: string | null }> {
  const response = await new ApiClient(baseUrl).post('/api/auth/login', { username, password: attempt });
  return { status: response.status, code: (response.body as { error?: { code?: string } }).error?.code ?? null };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

describe('login brute force', () => {
  it('throttles one account after repeated failures, whatever the spelling, while other accounts still sign in', async () => {
    const server = await startTestServer({ LOGIN_FREE_ATTEMPTS: '4', LOGIN_ATTEMPTS_PER_ACCOUNT: '5', LOGIN_ATTEMPTS_PER_ADDRESS: '1000' });
    try {
      await signedUpClient(server.url, 'alice');
      await signedUpClient(server.url, 'bob');
      for (let attempt = 0; attempt < 5; attempt += 1) expect(await logIn(server.url, 'alice', `guess-${attempt}`)).toEqual({ status: 401, code: 'invalid_credentials' });
      expect(await logIn(server.url, 'alice', password)).toEqual({ status: 429, code: 'too_many_attempts' });
      expect(await logIn(server.url, 'ALICE', password)).toEqual({ status: 429, code: 'too_many_attempts' });
      expect((await logIn(server.url, 'bob', password)).status).toBe(200);
      for (let attempt = 0; attempt < 5; attempt += 1) await logIn(server.url, 'nobody-here', `guess-${attempt}`);
      expect(await logIn(server.url, 'nobody-here', 'another guess')).toEqual({ status: 429, code: 'too_many_attempts' });
    } finally {
      await server.stop();
    }
  });

  it('throttles one address that tries many accounts, even for the right password of another account', async () => {
    const server = await startTestServer({ LOGIN_ATTEMPTS_PER_ACCOUNT: '1000', LOGIN_ATTEMPTS_PER_ADDRESS: '8' });
    try {
      await signedUpClient(server.url, 'carol');
      for (let account = 0; account < 8; account += 1) expect((await logIn(server.url, `sprayed-${account}`, 'Winter2026!')).status).toBe(401);
      expect(await logIn(server.url, 'carol', password)).toEqual({ status: 429, code: 'too_many_attempts' });
    } finally {
      await server.stop();
    }
  });

  it('takes as long for an unknown username as for a known one with a wrong password', async () => {
    const server = await startTestServer({ LOGIN_FREE_ATTEMPTS: '100000', LOGIN_ATTEMPTS_PER_ACCOUNT: '100000', LOGIN_ATTEMPTS_PER_ADDRESS: '100000' });
    const pairs = scaled(15, 60);
    // A real difference (no argon2 for unknown names) is 10× or more; loaded machines slow both sides alike.
    const tolerance = 2;
    try {
      await signedUpClient(server.url, 'known-user');
      // The first unknown name also hashes the decoy password once; that is not part of the comparison.
      await logIn(server.url, 'warm-up-unknown', 'wrong password');
      await logIn(server.url, 'known-user', 'wrong password');
      const ratios: number[] = [];
      for (let round = 0; round < 3; round += 1) {
        const unknown: number[] = [];
        const known: number[] = [];
        for (let pair = 0; pair < pairs; pair += 1) {
          for (const [username, durations] of pair % 2 === 0 ? ([['unknown-' + pair, unknown], ['known-user', known]] as const) : ([['known-user', known], ['unknown-' + pair, unknown]] as const)) {
            const start = performance.now();
            expect((await logIn(server.url, username, `wrong password ${pair}`)).status).toBe(401);
            durations.push(performance.now() - start);
          }
        }
        const ratio = median(unknown) / median(known);
        ratios.push(ratio);
        console.info(`login timing round ${round + 1}: median unknown ${median(unknown).toFixed(1)} ms, known ${median(known).toFixed(1)} ms, ratio ${ratio.toFixed(2)} over ${pairs} pairs`);
        if (ratio <= tolerance && ratio >= 1 / tolerance) break;
      }
      expect(ratios.some((ratio) => ratio <= tolerance && ratio >= 1 / tolerance), `median ratios unknown/known: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}`).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
