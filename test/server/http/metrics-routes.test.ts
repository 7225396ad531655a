import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideMetricsAccess } from '../../../server/http/metrics-access';
import { createStandardAs, signedUpClient } from '../../helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../../helpers/collaboration-client';
import { paragraphTextOfChapter } from '../../helpers/draft-text';
import { histogramQuantileUpperBound, parsePrometheusText, sampleTotal } from '../../helpers/prometheus-text';
import { startTestServer, type TestServer } from '../../helpers/test-server';

describe('GET /metrics', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.stop();
  });

  it('answers a loopback scrape in the Prometheus text format with every metric an operator watches, labelled by route pattern', async () => {
    const api = await signedUpClient(server.url, 'secretary');
    const standardId = await createStandardAs(api);
    for (let request = 0; request < 3; request += 1) expect((await api.get(`/api/standards/${standardId}`)).status).toBe(200);
    const writer = connectCollaborationClient(api, standardId);
    try {
      await waitForSynced(writer);
      const text = paragraphTextOfChapter(writer.document, '范围');
      for (const character of '本文件规定了术语') text.insert(text.length, character);
      await waitForAllSaved(writer);
      const version = await api.post(`/api/standards/${standardId}/versions`, { name: '征求意见稿' });
      expect(version.status).toBe(201);
      const endsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
      expect((await api.post(`/api/standards/${standardId}/comment-periods`, { versionId: (version.body as { id: string }).id, endsAt })).status).toBe(201);

      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const exposition = parsePrometheusText(await response.text());

      expect(exposition.types.get('normdraft_open_drafts')).toBe('gauge');
      expect(sampleTotal(exposition, 'normdraft_open_drafts')).toBeGreaterThanOrEqual(1);
      expect(sampleTotal(exposition, 'normdraft_collaboration_connections')).toBe(1);
      expect(exposition.types.get('normdraft_updates_received_total')).toBe('counter');
      expect(sampleTotal(exposition, 'normdraft_updates_received_total')).toBeGreaterThanOrEqual(8);
      expect(exposition.types.get('normdraft_update_log_batch_size')).toBe('histogram');
      expect(sampleTotal(exposition, 'normdraft_update_log_batch_size_sum')).toBeGreaterThanOrEqual(8);
      expect(sampleTotal(exposition, 'normdraft_update_log_write_seconds_count')).toBeGreaterThanOrEqual(1);
      expect(sampleTotal(exposition, 'normdraft_acknowledgement_seconds_count')).toBeGreaterThanOrEqual(8);
      expect(histogramQuantileUpperBound(exposition, 'normdraft_acknowledgement_seconds', 0.99)).toBeGreaterThan(0);
      // Opening a comment period is a record in the record log.
      expect(sampleTotal(exposition, 'normdraft_record_log_appends_total')).toBeGreaterThanOrEqual(1);
      expect(sampleTotal(exposition, 'normdraft_http_requests_total', { method: 'GET', route: '/api/standards/:id', status: '200' })).toBe(3);
      const routes = exposition.samples.filter((sample) => sample.name === 'normdraft_http_requests_total').map((sample) => sample.labels.route ?? '');
      expect(routes.some((route) => route.includes(standardId))).toBe(false);
      expect(sampleTotal(exposition, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
      expect(sampleTotal(exposition, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
      expect(sampleTotal(exposition, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    } finally {
      writer.destroy();
    }
  });

  it('refuses a request a proxy forwarded when no METRICS_TOKEN is set, and any address that is not loopback', async () => {
    const forwarded = await fetch(`${server.url}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    expect(forwarded.status).toBe(403);
    expect(await forwarded.json()).toMatchObject({ error: { code: 'forbidden' } });
    const headers = new Headers();
    expect(decideMetricsAccess({ token: null, authorization: undefined, remoteAddress: '192.0.2.10', headers })).toBe('loopback_only');
    expect(decideMetricsAccess({ token: null, authorization: undefined, remoteAddress: '::ffff:127.0.0.1', headers })).toBe('allowed');
    expect(decideMetricsAccess({ token: null, authorization: undefined, remoteAddress: '::1', headers })).toBe('allowed');
  });

  it('asks for the Bearer token when METRICS_TOKEN is set, even from loopback, with 401', async () => {
    const token = 'a-metrics-token-of-some-length';
    const guarded = await startTestServer({ METRICS_TOKEN: token });
    try {
      const withoutToken = await fetch(`${guarded.url}/metrics`);
      expect(withoutToken.status).toBe(401);
      expect(withoutToken.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { Authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
      const withToken = await fetch(`${guarded.url}/metrics`, { headers: { Authorization: `Bearer ${token}`, 'X-Forwarded-For': '203.0.113.7' } });
      expect(withToken.status).toBe(200);
      expect(parsePrometheusText(await withToken.text()).samples.length).toBeGreaterThan(0);
    } finally {
      await guarded.stop();
    }
  });
});
