/**
 * npm run bench:sync -- [--size 100000] [--page-size 1000] [--sources mayar,customers]
 *                       [--providers sqlite,postgresql]
 * Full sync of a fake with no rate limit, then a no-change full re-sync (and, for the customer
 * service, the incremental re-sync `npm run sync` makes by default), on each provider:
 * customers/s, peak RSS, upstream requests against ceil(customers / page size), and rows the
 * re-syncs wrote. The fake runs in its own process, as a real upstream would; each sync runs in
 * a fresh worker process started exactly as package.json's `sync` script starts (same node flags,
 * scripts/run-bundled.mjs), so its peak RSS (VmHWM) is the sync's alone.
 * PostgreSQL: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/customer_hub_bench_sync), recreated.
 * Targets: ≥ 10,000 customers/s on SQLite, peak RSS ≤ 300 MB, requests ≤ ceil(n / page size) + 1,
 * re-sync ≥ 3× faster and writing nothing.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createDb, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { createSyncSource } from '@/lib/sync/create-sync-source';
import { runSync } from '@/lib/sync/run-sync';
import type { SyncMode } from '@/lib/db/types';
import { CUSTOMER_SOURCE_OF, SYNC_SOURCE_NAMES, type SyncSourceName } from '@/lib/sync/types';
import type { UpstreamConfig } from '@/lib/upstream/config';
import { dropPostgresDatabase } from '@/tests/support/postgres-admin';

const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/customer_hub_bench_sync';
const SQLITE_URL = 'file:./data/bench-sync.db';
const TSX = ['--import', 'tsx/esm', '--conditions=react-server'];

interface WorkerJob {
  url: string;
  source: SyncSourceName;
  mode: SyncMode;
  config: UpstreamConfig;
  batchSize: number;
}

interface WorkerResult {
  status: string;
  error: string | null;
  seconds: number;
  cpuSeconds: number;
  seen: number;
  pages: number;
  requests: number;
  peakRssMb: number;
}

/** In the worker: one full sync, measured from the inside. */
async function runWorker(job: WorkerJob): Promise<void> {
  const db = createDb(job.url);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const run = await runSync(db, {
    source: createSyncSource(job.source, job.config)!,
    mode: job.mode,
    trigger: 'cli',
    settings: { leaseSeconds: 60, batchSize: job.batchSize },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await db.$disconnect();
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
  const result: WorkerResult = {
    status: run.status,
    error: run.error,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    seen: run.seenCount,
    pages: run.pagesFetched,
    requests: run.requestsMade,
    peakRssMb: Math.round(hwm / 1000),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function spawnOutput(args: string[], env: Record<string, string>, until: (output: string) => boolean) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (until(output)) resolve(output);
    });
    child.on('exit', (code) => (until(output) ? resolve(output) : reject(new Error(`${args.join(' ')} exited with ${code}: ${output}`))));
  });
  return { child, ready };
}

async function startFake(name: SyncSourceName, size: number) {
  const script = name === 'mayar' ? 'scripts/fake-mayar.ts' : 'scripts/fake-customers.ts';
  const { child, ready } = spawnOutput([...TSX, script, '--port', '0', '--size', String(size)], {}, (output) => /_API_KEY=\S+\n/.test(output));
  const output = await ready;
  return { child, baseUrl: /_API_BASE_URL=(\S+)/.exec(output)![1]!, apiKey: /_API_KEY=(\S+)/.exec(output)![1]! };
}

/** `node <flags…> scripts/run-bundled.mjs scripts/sync.ts` in package.json → the flags and the runner. */
function npmRunSyncArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  return scripts.sync!.trim().split(/\s+/).slice(1, -1);
}

async function syncInWorker(job: WorkerJob): Promise<WorkerResult> {
  const { ready } = spawnOutput([...npmRunSyncArgs(), 'scripts/bench-sync.ts', '--worker'], { BENCH_SYNC_JOB: JSON.stringify(job), LOG_LEVEL: 'error' }, (output) =>
    output.includes('\n'),
  );
  const result = JSON.parse((await ready).trim()) as WorkerResult;
  if (result.status !== 'SUCCEEDED') throw new Error(`${job.source} sync ${result.status}: ${result.error}`);
  return result;
}

async function freshDatabase(provider: 'sqlite' | 'postgresql'): Promise<string> {
  const url = provider === 'sqlite' ? SQLITE_URL : POSTGRES_URL;
  if (provider === 'sqlite') for (const suffix of ['', '-wal', '-shm']) rmSync(`./data/bench-sync.db${suffix}`, { force: true });
  else await dropPostgresDatabase(url);
  await applyMigrations(url);
  return url;
}

/** Customer rows a sync touched (every write sets lastSyncedAt) plus snapshots it added. */
async function rowsWrittenSince(db: Db, name: SyncSourceName, since: Date, snapshotsBefore: number): Promise<number> {
  const customers = await db.customer.count({ where: { source: CUSTOMER_SOURCE_OF[name], lastSyncedAt: { gte: since } } });
  return customers + (await db.customerSnapshot.count()) - snapshotsBefore;
}

async function runBenchmark() {
  const argsSchema = z.object({
    size: z.coerce.number().int().positive(),
    pageSize: z.coerce.number().int().positive(),
    batchSize: z.coerce.number().int().positive(),
    sources: z.string().transform((value) => z.array(z.enum(SYNC_SOURCE_NAMES)).parse(value.split(','))),
    providers: z.string().transform((value) => z.array(z.enum(['sqlite', 'postgresql'])).parse(value.split(','))),
  });
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100000' },
      'page-size': { type: 'string', default: '1000' },
      'batch-size': { type: 'string', default: '1000' },
      sources: { type: 'string', default: 'mayar,customers' },
      providers: { type: 'string', default: 'sqlite,postgresql' },
    },
  });
  const args = argsSchema.parse({ ...values, pageSize: values['page-size'], batchSize: values['batch-size'] });
  console.log(`${args.size} customers, page size ${args.pageSize}, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);

  const results: Record<string, string | number>[] = [];
  for (const name of args.sources) {
    const fake = await startFake(name, args.size);
    try {
      for (const provider of args.providers) {
        const url = await freshDatabase(provider);
        const client = { baseUrl: fake.baseUrl, apiKey: fake.apiKey, pageSize: args.pageSize, ratePerMinute: 0, timeoutMs: 60_000, maxRetries: 2 };
        const config: UpstreamConfig =
          name === 'mayar' ? { mayar: { ...client, version: 'v1' }, customerService: null } : { mayar: null, customerService: client };
        const job: WorkerJob = { url, source: name, mode: 'FULL', config, batchSize: args.batchSize };
        const first = await syncInWorker(job);
        const db = createDb(url);
        const resync = async (mode: SyncMode) => {
          const snapshots = await db.customerSnapshot.count();
          const since = new Date();
          const result = await syncInWorker({ ...job, mode });
          return { ...result, written: await rowsWrittenSince(db, name, since, snapshots) };
        };
        const again = await resync('FULL');
        const incremental = createSyncSource(name, config)!.modes.includes('INCREMENTAL') ? await resync('INCREMENTAL') : null;
        await db.$disconnect();
        results.push({
          source: name,
          provider,
          customers: first.seen,
          'full s': Number(first.seconds.toFixed(2)),
          'customers/s': Math.round(first.seen / first.seconds),
          'cpu s': Number(first.cpuSeconds.toFixed(2)),
          'peak RSS MB': Math.max(first.peakRssMb, again.peakRssMb, incremental?.peakRssMb ?? 0),
          pages: first.pages,
          // The customer service's list pages, plus the watermark read before them.
          'list requests': name === 'mayar' ? first.requests : first.pages + 1,
          'ceil(n/page)': Math.ceil(args.size / args.pageSize),
          'all requests': first.requests,
          're-sync s': Number(again.seconds.toFixed(2)),
          speedup: Number((first.seconds / again.seconds).toFixed(1)),
          're-sync rows written': again.written,
          // What `npm run sync` does by default where the upstream has a change filter.
          'incremental re-sync s': incremental ? Number(incremental.seconds.toFixed(2)) : '-',
          'incremental speedup': incremental ? Number((first.seconds / incremental.seconds).toFixed(1)) : '-',
          'incremental rows written': incremental?.written ?? '-',
        });
        console.log(JSON.stringify(results.at(-1)));
      }
    } finally {
      fake.child.kill('SIGTERM');
    }
  }
  console.table(results);
  console.log('Customer-service "all requests" also count the has_token=true and is_online=true id lists each sync reads.');
}

if (process.argv.includes('--worker')) await runWorker(JSON.parse(process.env.BENCH_SYNC_JOB ?? ''));
else await runBenchmark();
process.exit(0);
