/**
 * npm start — applies pending migrations, then serves the built portal with `next start`.
 * It refuses to start (with the reason) rather than serve a database it could not migrate.
 * This process also runs the optional sync schedule and, when no upstream is configured, the
 * bundled fake upstreams (demo mode) with a first sync, so a new user sees a real one.
 */
import './load-env';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { databaseUrl, providerOf, redactUrl } from '@/lib/db/provider';
import { logger } from '@/lib/log/logger';
import { resolveUpstreams } from '@/lib/sync/resolve-upstreams';
import { startSyncSchedule } from '@/lib/sync/schedule';
import { triggerSyncs } from '@/lib/sync/trigger-syncs';

const distDir = process.env.NEXT_DIST_DIR || '.next';
if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.error(`No production build in ${distDir}/. Run \`npm run setup\` (or \`npm run build\`) first.`);
  process.exit(1);
}

const url = databaseUrl();
try {
  const { applied } = await applyMigrations(url);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
} catch (error) {
  console.error(`Refusing to start: migrating ${providerOf(url)} ${redactUrl(url)} failed.\n${(error as Error).message}`);
  process.exit(1);
}

const upstreams = await resolveUpstreams();
const { config, env } = upstreams;
const stopSchedule = startSyncSchedule({ config });
if (upstreams.demoSources.length) {
  console.log(`Demo mode: ${upstreams.demoSources.join(' and ')} served by the bundled fakes; syncing from them now.`);
  const { started } = await triggerSyncs(getDb(), { target: 'all', mode: 'incremental', trigger: 'setup', config });
  for (const { source, sync } of started) {
    sync.finished.then((run) => logger.info('demo sync finished', { source, runId: run.id, status: run.status }));
  }
}

const port = process.env.PORT ?? '3000';
const next = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', port], {
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
next.on('exit', async (code) => {
  stopSchedule();
  await upstreams.close();
  process.exit(code ?? 0);
});
