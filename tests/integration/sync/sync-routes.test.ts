import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/sync/route';
import { GET as getRun } from '@/app/api/sync/runs/[id]/route';
import { GET as listRuns } from '@/app/api/sync/runs/route';
import { getDb } from '@/lib/db/client';
import { startMayarFake, type MayarFake } from '@/tests/fakes/mayar/start-mayar-fake';
import { createApiCallers, useDatabaseForRoutes, withToken, type ApiCallers } from '../../support/customer-api-callers';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
let callers: ApiCallers;
let mayar: MayarFake;

beforeAll(async () => {
  database = await createTestDatabase();
  useDatabaseForRoutes(database.url);
  // Slow enough pages that a second request arrives while the first sync runs.
  mayar = await startMayarFake({ size: 300, seed: 51, faults: { latencyMs: 150 } });
  vi.stubEnv('MAYAR_API_BASE_URL', mayar.url);
  vi.stubEnv('MAYAR_API_KEY', mayar.apiKey);
  vi.stubEnv('MAYAR_PAGE_SIZE', '100');
  vi.stubEnv('MAYAR_RATE_LIMIT_PER_MINUTE', '0');
  vi.stubEnv('CUSTOMERS_API_BASE_URL', '');
  vi.stubEnv('CUSTOMERS_API_KEY', '');
  callers = await createApiCallers(database.db);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await mayar.close();
  await getDb().$disconnect();
  await database.drop();
});

const post = (body: string, headers: Record<string, string> = withToken(callers.admin)) =>
  POST(new Request('http://hub.test/api/sync', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }));

async function answer(response: Response | Promise<Response>) {
  const settled = await response;
  return { status: settled.status, body: await settled.json() };
}

async function waitForIdle() {
  for (;;) {
    const running = await answer(listRuns(new Request('http://hub.test/api/sync/runs?status=running', { headers: withToken(callers.admin) })));
    if (running.body.count === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('POST /api/sync', () => {
  it('answers 401 without credentials and 403 for staff, starting nothing', async () => {
    expect(await answer(post('{"source":"mayar"}', {}))).toMatchObject({ status: 401 });
    expect(await answer(post('{"source":"mayar"}', withToken(callers.staff)))).toEqual({
      status: 403,
      body: { detail: 'You do not have permission to perform this action.' },
    });
    expect(await database.db.syncRun.count()).toBe(0);
  });

  it.each([
    ['not JSON', 'source=mayar', { detail: expect.stringMatching(/JSON parse error/) }],
    ['an unknown source', '{"source":"stripe"}', { source: [expect.any(String)] }],
    ['an unknown mode', '{"source":"mayar","mode":"partial"}', { mode: [expect.any(String)] }],
    ['an unexpected field', '{"source":"mayar","force":true}', { non_field_errors: [expect.stringMatching(/force/)] }],
  ])('answers 400 for %s', async (_case, body, errors) => {
    expect(await answer(post(body))).toEqual({ status: 400, body: errors });
  });

  it('answers 503 for an upstream that is not configured', async () => {
    expect(await answer(post('{"source":"customers"}'))).toEqual({
      status: 503,
      body: {
        detail: expect.stringMatching(/^The customers upstream is not configured: set CUSTOMERS_API_BASE_URL/),
        refused: [{ source: 'customers', code: 'not_configured', detail: expect.any(String) }],
      },
    });
  });

  it('starts a sync in the background (202), refuses a second one while it runs (409), and audits both', async () => {
    const started = await answer(post('{"source":"mayar","mode":"full"}'));
    expect(started).toMatchObject({ status: 202, body: { runs: [{ id: expect.any(Number), source: 'mayar', mode: 'full' }], refused: [] } });
    const runId = started.body.runs[0].id as number;

    const again = await answer(post('{"source":"mayar"}'));
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(new RegExp(`^A mayar sync is already running \\(run #${runId}, started `));

    const audits = await database.db.auditEvent.findMany({ where: { action: 'sync.trigger' }, orderBy: { id: 'asc' } });
    expect(audits.map((event) => [event.actorEmail, event.targetId])).toEqual([
      ['admin@customers.test', null],
      ['admin@customers.test', String(runId)],
      ['admin@customers.test', null],
    ]);
    expect(audits[1]!.details).toMatchObject({ source: 'mayar', mode: 'full', started: [{ id: runId }] });

    await waitForIdle();
    const run = await answer(getRun(new Request(`http://hub.test/api/sync/runs/${runId}`, { headers: withToken(callers.admin) }), { params: Promise.resolve({ id: String(runId) }) }));
    expect(run).toMatchObject({
      status: 200,
      body: { id: runId, source: 'mayar', mode: 'full', status: 'succeeded', trigger: 'api', triggered_by: 'admin@customers.test', seen: 300, created: 300, invalid_rows: [] },
    });
  });
});

describe('GET /api/sync/runs', () => {
  const list = (query: string, key = callers.admin) => answer(listRuns(new Request(`http://hub.test/api/sync/runs${query}`, { headers: withToken(key) })));

  it('lists runs newest first for admins, filtered and paged', async () => {
    const all = await list('?source=mayar&limit=1');
    expect(all).toMatchObject({ status: 200, body: { count: 1, results: [{ source: 'mayar', status: 'succeeded', customers_per_second: expect.any(Number) }] } });
    expect(all.body.results[0]).not.toHaveProperty('invalid_rows');
    expect(await list('?source=customers')).toMatchObject({ status: 200, body: { count: 0, results: [] } });
  });

  it('answers 403 for staff, 400 for bad parameters and 404 for an unknown run', async () => {
    expect((await list('', callers.staff)).status).toBe(403);
    expect(await list('?limit=0')).toMatchObject({ status: 400, body: { limit: [expect.any(String)] } });
    const missing = await answer(getRun(new Request('http://hub.test/api/sync/runs/999', { headers: withToken(callers.admin) }), { params: Promise.resolve({ id: '999' }) }));
    expect(missing).toEqual({ status: 404, body: { detail: 'Not found.' } });
  });
});
