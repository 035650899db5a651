/** npm run db:derive — writes prisma/postgresql/schema.prisma from the SQLite source. */
import { readFileSync, writeFileSync } from 'node:fs';
import { schemaPath } from '@/lib/db/migrations/files';
import { derivePostgresSchema } from '@/lib/db/schema/derive-postgres-schema';

const derived = derivePostgresSchema(readFileSync(schemaPath('sqlite'), 'utf8'));
const target = schemaPath('postgresql');
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {}
if (current === derived) {
  console.log('prisma/postgresql/schema.prisma is up to date');
} else {
  writeFileSync(target, derived);
  console.log('wrote prisma/postgresql/schema.prisma');
}
