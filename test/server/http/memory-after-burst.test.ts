import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentImportContentTypes } from '../../../shared/api/comment-import';
import { columnsAToXfdWorkbook } from '../../fixtures/templates/hostile-workbooks';
import { createStandardAs, signedUpClient } from '../../helpers/api-client';
import { rawHttpRequest } from '../../helpers/raw-http-request';

const mebibyte = 1024 * 1024;

interface ProbeMessage {
  kind: 'ready' | 'heap';
  url?: string;
  memory?: NodeJS.MemoryUsage;
}

function nextMessage(child: ChildProcess, kind: ProbeMessage['kind']): Promise<ProbeMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ProbeMessage) => {
      if (message.kind !== kind) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
}

describe('the server gives memory back after a burst of large requests', () => {
  let child: ChildProcess;
  let url: string;

  async function settledMemory(): Promise<NodeJS.MemoryUsage> {
    const answer = nextMessage(child, 'heap');
    child.send({ kind: 'heap' });
    const { memory } = await answer;
    if (!memory) throw new Error('the server sent no memory figures');
    return memory;
  }

  beforeAll(async () => {
    child = fork(join(import.meta.dirname, '..', '..', 'helpers', 'memory-probe-server.ts'), [], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    url = (await nextMessage(child, 'ready')).url ?? '';
  }, 30_000);

  afterAll(() => {
    child.disconnect();
  });

  it('returns to within 50 MB of its idle heap', async () => {
    const secretariat = await signedUpClient(url, 'secretary');
    await secretariat.request('PUT', '/api/me/stakeholder-profile', { fullName: '秘书处', organisation: '某研究院', email: 'secretary@example.com' });
    const standardId = await createStandardAs(secretariat);
    const versionId = ((await secretariat.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' })).body as { id: string }).id;
    const periodId = ((await secretariat.post(`/api/standards/${standardId}/comment-periods`, { versionId, endsAt: new Date(Date.now() + 86_400_000).toISOString() })).body as { id: string }).id;
    const idle = await settledMemory();

    const json = { origin: url, 'content-type': 'application/json' };
    const statuses: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (let index = 0; index < 5; index += 1) statuses.push((await rawHttpRequest({ url: `${url}/api/auth/login`, headers: json, bodyBytes: 200 * mebibyte })).status);
      for (let index = 0; index < 20; index += 1) statuses.push((await rawHttpRequest({ url: `${url}/api/auth/login`, headers: json, bodyBytes: 60 * 1024 })).status);
      const wrongPasswords = Array.from({ length: 300 }, (_, index) =>
        fetch(`${url}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ username: `attacker_${round}_${index}`, password: 'x'.repeat(2000) }) }).then((response) => response.status),
      );
      statuses.push(...(await Promise.all(wrongPasswords)));
      statuses.push((await secretariat.postBytes(`/api/comment-periods/${periodId}/comment-imports`, await columnsAToXfdWorkbook(1500), commentImportContentTypes.xlsx)).status);
      const cookie = secretariat.sessionCookie ?? '';
      const upload = { origin: url, cookie, 'content-type': commentImportContentTypes.xlsx };
      for (let index = 0; index < 4; index += 1) statuses.push((await rawHttpRequest({ url: `${url}/api/comment-periods/${periodId}/comment-imports`, headers: upload, bodyBytes: 5 * mebibyte - 1024 })).status);
      statuses.push((await rawHttpRequest({ url: `${url}/api/standards/${standardId}/images`, headers: { origin: url, cookie, 'content-type': 'image/png' }, bodyBytes: 5 * mebibyte - 1024 })).status);
    }
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    const afterBurst = await settledMemory();
    const megabytes = (memory: NodeJS.MemoryUsage) => `heap ${(memory.heapUsed / mebibyte).toFixed(1)} MB, external ${(memory.external / mebibyte).toFixed(1)} MB, rss ${(memory.rss / mebibyte).toFixed(1)} MB`;
    console.log(`idle: ${megabytes(idle)}; after the burst and gc: ${megabytes(afterBurst)}; statuses ${JSON.stringify(Object.fromEntries(statuses.map((status) => [status, statuses.filter((other) => other === status).length])))}`);
    expect(afterBurst.heapUsed).toBeLessThan(idle.heapUsed + 50 * mebibyte);
    expect(afterBurst.external).toBeLessThan(idle.external + 50 * mebibyte);
  }, 240_000);
});
