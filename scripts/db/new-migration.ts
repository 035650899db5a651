/** npm run db:migration -- --name <what-changed> — writes the next migration for both providers. */
import { parseArgs } from 'node:util';
import { writeMigration } from '@/lib/db/migrations/write';

const { values } = parseArgs({ options: { name: { type: 'string' } } });
if (!values.name) {
  console.error('usage: npm run db:migration -- --name <what-changed>');
  process.exit(2);
}
const written = await writeMigration({ name: values.name });
if (!written) {
  console.log('prisma/sqlite/schema.prisma has not changed since the last migration: nothing to write');
} else {
  console.log(`wrote ${written.name} for sqlite and postgresql:\n  ${written.dirs.join('\n  ')}`);
  console.log('Review the SQL (add data moves by hand if needed), then run `npm run db:migrate`.');
}
