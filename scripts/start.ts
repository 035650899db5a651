/**
 * npm start — applies pending migrations, then serves the built portal with `next start`.
 * It refuses to start (with the reason) rather than serve a database it could not migrate.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { databaseUrl, providerOf, redactUrl } from '@/lib/db/provider';

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

const port = process.env.PORT ?? '3000';
const next = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', port], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));
next.on('exit', (code) => process.exit(code ?? 0));
