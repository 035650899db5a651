/** npm run db:migrate — applies pending migrations to DATABASE_URL (default: the SQLite file). */
import '../load-env';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { databaseUrl, providerOf, redactUrl } from '@/lib/db/provider';

const url = databaseUrl();
const { applied } = await applyMigrations(url);
const where = `${providerOf(url)} ${redactUrl(url)}`;
console.log(applied.length ? `applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}` : `no pending migrations on ${where}`);
