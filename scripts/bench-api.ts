/**
 * npm run bench:api — GET /api/customers under load, over HTTP, on both databases.
 *
 * Loads 100,000 generated customers into a fresh SQLite database and 1,000,000 into a fresh
 * PostgreSQL database (BENCH_POSTGRES_URL), starts the built app (`next start` of the build in
 * BENCH_DIST_DIR, default .next-api; built first when missing) against each, and runs a fixed
 * mix with autocannon: p50/p95/p99 latency and requests/s per query, at each number of
 * connections given (default 1 — one caller's latency, no queue — and 16 — the load). Each mix
 * runs twice: with the default count cache, and with CUSTOMERS_COUNT_CACHE_SECONDS=0 (every
 * request counts).
 *
 *   npm run bench:api -- [--seconds 10] [--connections 1,16] [--reuse] [--only sqlite|postgresql]
 *                        [--sqlite-count 100000] [--postgres-count 1000000]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureQuery, type QueryFigures } from './bench-api/measure-query';
import { prepareDatabase } from './bench-api/prepare-database';
import { startApp } from './bench-api/start-app';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,16' },
    reuse: { type: 'boolean', default: false },
    only: { type: 'string' },
    'sqlite-count': { type: 'string', default: '100000' },
    'postgres-count': { type: 'string', default: '1000000' },
  },
});

const MIX = [
  { name: 'plain page', query: '' },
  { name: 'search by name fragment', query: 'search=wati' },
  { name: 'three filters + ordering', query: 'is_active=true&has_email=true&gender=female&ordering=-created_at' },
  { name: 'deep offset', query: 'offset=50000' },
  { name: 'date range', query: 'created_from=2024-01-01&created_to=2024-03-31' },
];

// Not part of the mix: the same load on routes that do (almost) nothing, to show the floor the
// framework and this machine set before any query runs.
const FLOORS = [
  { name: 'floor: /api/health', path: '/api/health' },
  { name: 'floor: static JSON', path: '/api/openapi.json' },
];

const TARGETS = [
  { provider: 'sqlite', count: Number(args['sqlite-count']), url: `file:${path.resolve('data/bench-api/customers.db')}`, p95TargetMs: 25 },
  {
    provider: 'postgresql',
    count: Number(args['postgres-count']),
    url: process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/customer_hub_bench',
    p95TargetMs: 50,
  },
].filter((target) => !args.only || target.provider === args.only);

const distDir = process.env.BENCH_DIST_DIR ?? '.next-api';
const connectionCounts = args.connections.split(',').map(Number);
const seconds = Number(args.seconds);

function ensureBuild() {
  if (existsSync(path.join(distDir, 'BUILD_ID'))) return;
  console.log(`No build in ${distDir}/: building (next build, a few minutes)…`);
  // next build adds its output folder's type globs to tsconfig.json; the checkout keeps its own.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const built = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  });
  writeFileSync('tsconfig.json', tsconfig);
  if (built.status !== 0) process.exit(built.status ?? 1);
}

function printTable(title: string, rows: { name: string; figures: QueryFigures }[], p95TargetMs: number) {
  console.log(`\n  ${title} (load average ${loadavg().map((value) => value.toFixed(1)).join(' ')})`);
  console.log(`  ${'query'.padEnd(26)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s'.padStart(7)}  target p95 ≤ ${p95TargetMs} ms`);
  for (const { name, figures } of rows) {
    const verdict = figures.failures ? `${figures.failures} FAILED` : figures.p95 <= p95TargetMs ? 'met' : 'MISSED';
    console.log(
      `  ${name.padEnd(26)} ${figures.p50.toFixed(1).padStart(7)} ${figures.p95.toFixed(1).padStart(7)} ${figures.p99.toFixed(1).padStart(7)} ${figures.perSecond.toFixed(0).padStart(7)}  ${verdict}`,
    );
  }
}

ensureBuild();
mkdirSync('data/bench-api', { recursive: true });
console.log(`GET /api/customers over HTTP, ${connectionCounts.join(' and ')} connections, ${seconds} s per query.`);
for (const target of TARGETS) {
  console.log(`\n${target.provider}: ${target.count.toLocaleString('en')} customers`);
  const token = await prepareDatabase(target.url, target.count, { reuse: args.reuse, now: new Date() });
  for (const [label, env] of [
    ['count cache on (default, 5 s)', {}],
    ['count cache off (CUSTOMERS_COUNT_CACHE_SECONDS=0)', { CUSTOMERS_COUNT_CACHE_SECONDS: '0' }],
  ] as const) {
    const app = await startApp({ distDir, databaseUrl: target.url, env });
    try {
      for (const connections of connectionCounts) {
        const options = { connections, seconds };
        const rows = [];
        for (const item of MIX) {
          const url = `${app.baseUrl}/api/customers${item.query ? `?${item.query}` : ''}`;
          rows.push({ ...item, figures: await measureQuery(url, token, options) });
        }
        if (!('CUSTOMERS_COUNT_CACHE_SECONDS' in env)) {
          for (const floor of FLOORS) rows.push({ name: floor.name, figures: await measureQuery(`${app.baseUrl}${floor.path}`, token, options) });
        }
        printTable(`${target.provider}, ${label}, ${connections} connection${connections === 1 ? '' : 's'}`, rows, target.p95TargetMs);
      }
    } finally {
      await app.stop();
    }
  }
}
console.log('\nQueries:');
for (const item of MIX) console.log(`  ${item.name.padEnd(26)} /api/customers?${item.query}`);
