/**
 * npm run db:generate — derives the PostgreSQL schema, then generates both Prisma clients.
 * `prisma generate` never runs the schema engine, but the CLI refuses to start without one on
 * disk and cannot download it here; pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file
 * passes that check (see ../shared/notes/prisma-offline.md).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { PROVIDERS, schemaPath } from '@/lib/db/migrations/files';

execFileSync(process.execPath, ['--import', 'tsx', 'scripts/db/derive.ts'], { stdio: 'inherit' });

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
for (const provider of PROVIDERS) {
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', schemaPath(provider)], { stdio: 'inherit', env });
}
