/**
 * npm run sync -- [--source mayar|customers|all] [--full]
 * Syncs from the configured upstreams (incremental unless --full; Mayar is always a full pass),
 * with a live progress bar per source and a summary table. With no upstream configured it syncs
 * from the bundled fakes (demo mode). Exits non-zero when a sync fails, is interrupted or refused.
 * The database must be migrated already (`npm run db:migrate`, which setup and start run).
 * Ctrl-C stops between pages and records the run as INTERRUPTED.
 */
import './load-env';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { Prisma } from '@/lib/db/types';
import { summariseRun } from '@/lib/sync/describe-run';
import type { SyncProgress } from '@/lib/sync/run-sync';
import { SyncAlreadyRunningError } from '@/lib/sync/sync-errors';
import { SYNC_TARGETS } from '@/lib/sync/sync-targets';
import { resolveUpstreams } from '@/lib/sync/resolve-upstreams';
import { triggerSyncs } from '@/lib/sync/trigger-syncs';
import type { SyncSourceName } from '@/lib/sync/types';

const argsSchema = z.object({ source: z.enum(SYNC_TARGETS), full: z.boolean() });

function readArgs() {
  try {
    return argsSchema.safeParse(parseArgs({ options: { source: { type: 'string', default: 'all' }, full: { type: 'boolean', default: false } } }).values);
  } catch {
    return null;
  }
}
const parsed = readArgs();
if (!parsed?.success) {
  console.error(`usage: npm run sync -- [--source ${SYNC_TARGETS.join('|')}] [--full]`);
  process.exit(2);
}
const args = parsed.data;

const upstreams = await resolveUpstreams();
if (upstreams.demoSources.length) {
  console.log(`Demo mode: no upstream is configured, so syncing from the bundled fakes (${upstreams.demoSources.join(', ')}).`);
}
const { config } = upstreams;

const bars = new cliProgress.MultiBar(
  {
    format: '{source} [{bar}] {percentage}% | {value}/{total} customers | {pages} pages | {rate}/s | ETA {eta_formatted} | {phase}',
    hideCursor: true,
    etaBuffer: 20,
  },
  cliProgress.Presets.shades_classic,
);
const barOf = new Map<SyncSourceName, cliProgress.SingleBar>();
function showProgress(source: SyncSourceName, { tally, phase, startedAt }: SyncProgress) {
  const bar = barOf.get(source) ?? barOf.set(source, bars.create(1, 0)).get(source)!;
  const seconds = (Date.now() - startedAt.getTime()) / 1000;
  const total = Math.max(tally.upstreamTotal ?? 0, tally.seenCount, 1);
  bar.setTotal(total);
  bar.update(tally.seenCount, { source: source.padEnd(9), pages: tally.pagesFetched, rate: seconds > 0 ? Math.round(tally.seenCount / seconds) : 0, phase });
}

const stop = new AbortController();
process.once('SIGINT', () => {
  stop.abort(new Error('Stopped by the operator (Ctrl-C).'));
  process.once('SIGINT', () => process.exit(130));
});

const db = getDb();
const { started, refused } = await triggerSyncs(db, {
  target: args.source,
  mode: args.full ? 'full' : 'incremental',
  trigger: 'cli',
  config,
  signal: stop.signal,
  onProgress: showProgress,
}).catch((error: unknown) => {
  // P2021: a table is missing, i.e. the database has not been migrated yet.
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2021') {
    console.error('The database is not set up yet: run `npm run db:migrate` (or `npm run setup`) first.');
    process.exit(1);
  }
  throw error;
});
const runs = await Promise.all(started.map(({ sync }) => sync.finished));
bars.stop();
await upstreams.close();

if (runs.length) console.table(runs.map(summariseRun));
for (const run of runs) {
  if (run.notice) console.log(`run #${run.id}: ${run.notice}`);
  if (run.error) console.error(`run #${run.id} ${run.status}: ${run.error}`);
}
// `all` means every configured source: one that is not configured is a remark, not a failure.
const failedToStart = refused.filter(({ error }) => args.source !== 'all' || error instanceof SyncAlreadyRunningError);
for (const { error } of refused) console.error(error.message);
await db.$disconnect();
process.exit(!runs.length || failedToStart.length || runs.some((run) => run.status !== 'SUCCEEDED') ? 1 : 0);
