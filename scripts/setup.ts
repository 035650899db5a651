/**
 * npm run setup — everything between `npm ci` and `npm start`: migrate the database, create the
 * first users (generated passwords are printed once, here, and must be changed at first sign-in),
 * mirror demo customers with a real sync (from the bundled fakes when no upstream is configured),
 * add demo groups, and build.
 */
import './load-env';
import { spawnSync } from 'node:child_process';
import { getDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { databaseUrl, providerOf, redactUrl } from '@/lib/db/provider';
import { seedDemoGroups } from '@/lib/demo/seed-demo-groups';
import { summariseRun } from '@/lib/sync/describe-run';
import { resolveUpstreams } from '@/lib/sync/resolve-upstreams';
import { triggerSyncs } from '@/lib/sync/trigger-syncs';
import { bootstrapUsers } from '@/lib/users/bootstrap-users';

const url = databaseUrl();
const { applied } = await applyMigrations(url);
console.log(`Database: ${providerOf(url)} ${redactUrl(url)} (${applied.length} migration(s) applied now)`);

const db = getDb();
const accounts = await bootstrapUsers(db, process.env);

if ((await db.customer.count()) === 0) {
  const upstreams = await resolveUpstreams();
  if (upstreams.demoSources.length) console.log(`Demo mode: syncing from the bundled fakes (${upstreams.demoSources.join(', ')}).`);
  const { started } = await triggerSyncs(db, { target: 'all', mode: 'full', trigger: 'setup', config: upstreams.config });
  const runs = await Promise.all(started.map(({ sync }) => sync.finished));
  await upstreams.close();
  console.table(runs.map(summariseRun));
  const groups = await seedDemoGroups(db);
  if (groups) console.log(`Created ${groups} demo customer groups.`);
}
await db.$disconnect();

if (process.env.SETUP_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (accounts.length) {
  const lines = accounts.map(
    ({ email, role, generatedPassword }) =>
      `  ${role.padEnd(5)}  ${email}  ${generatedPassword ? `password: ${generatedPassword}` : '(password from ADMIN_PASSWORD)'}`,
  );
  const notes = accounts.some((account) => account.generatedPassword)
    ? ['These passwords are shown only this once, and only let you in to choose your own: the portal asks for a new one at first sign-in.']
    : [];
  console.log(['', 'Sign in at http://localhost:3000/login with:', ...lines, ...notes, ''].join('\n'));
} else {
  console.log('\nUsers already exist; sign in with your account (or add one: npm run user:create -- --email … --role ADMIN).');
}
